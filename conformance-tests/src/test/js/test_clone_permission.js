// Cloning into a scope the caller may not reach: "Permission denied to clone object into scope".
function run_test() {
  var sb = Cu.Sandbox("https://a.example", { wantExportHelpers: true });
  var same = Cu.Sandbox("https://a.example");
  var stranger = Cu.Sandbox("https://c.example");
  sb.same = same;
  sb.stranger = stranger;
  sb.chromeScope = {};
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'cloned' } catch (e) { e.name + ': ' + e.message }", sb);
  }
  Assert.equal(attempt("same.copy = cloneInto({ v: 1 }, same)"), "cloned", "a same-origin scope");
  Assert.equal(Cu.evalInSandbox("copy.v", same), 1);
  Assert.equal(attempt("cloneInto({ v: 1 }, stranger)"), "Error: Permission denied to clone object into scope");
  Assert.equal(attempt("cloneInto({ v: 1 }, chromeScope)"), "Error: Permission denied to clone object into scope");
  // The system principal can clone anywhere.
  Assert.equal(Cu.cloneInto({ v: 2 }, stranger).v, 2);
}
