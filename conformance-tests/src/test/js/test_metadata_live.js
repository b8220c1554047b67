// getSandboxMetadata returns the stored metadata object itself (wrapped), so changes made through it
// persist, as in Gecko's test_sandbox_metadata.js.
function run_test() {
  var sb = Cu.Sandbox("https://www.blah.com", { metadata: { foopy: { bar: 2 }, baz: "hi" } });
  var md = Cu.getSandboxMetadata(sb);
  md.baz = "foo";
  Assert.equal(Cu.getSandboxMetadata(sb).baz, "foo");
  Assert.strictEqual(Cu.getSandboxMetadata(sb), md, "the same wrapper each time");
}
