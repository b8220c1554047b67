// Sandbox metadata: given at creation or set later, a structured clone of the value.
function run_test() {
  var sb = Cu.Sandbox("https://www.blah.com", { metadata: "test metadata" });
  Assert.equal(Cu.getSandboxMetadata(sb), "test metadata");

  var sb2 = Cu.Sandbox("https://www.blah.com", { metadata: { foopy: { bar: 2 }, baz: "hi" } });
  var md = Cu.getSandboxMetadata(sb2);
  Assert.equal(md.baz, "hi");
  Assert.equal(md.foopy.bar, 2);

  // setSandboxMetadata stores a copy: later changes to the source do not show.
  var replacement = { foo: "bar" };
  Cu.setSandboxMetadata(sb2, replacement);
  replacement.foo = "baz";
  Assert.equal(Cu.getSandboxMetadata(sb2).foo, "bar");
  Assert.strictEqual(Cu.getSandboxMetadata(sb2).baz, undefined, "the old metadata is replaced");

  // No metadata: undefined.
  Assert.strictEqual(Cu.getSandboxMetadata(Cu.Sandbox("https://www.blah.com")), undefined);

  // Metadata of other kinds of sandboxes.
  var nul = Cu.Sandbox(null, { metadata: [1, 2, 3] });
  Assert.equal(Cu.getSandboxMetadata(nul).length, 3);
  var sys = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal(), { metadata: { n: 1 } });
  Assert.equal(Cu.getSandboxMetadata(sys).n, 1);

  // Metadata is not visible to the sandbox's own code as a global.
  Assert.equal(Cu.evalInSandbox("typeof metadata", sb2), "undefined");
}
