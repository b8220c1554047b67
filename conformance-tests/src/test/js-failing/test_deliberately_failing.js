// Deliberately failing; not part of the suite. JsSuitesTest runs it through `compartments test` to
// check the FAIL line, the failure line with its file and line number, and the exit code.
function run_test() {
  Assert.equal(1, 2, "one is not two");
}
