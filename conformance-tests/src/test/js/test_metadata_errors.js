// Metadata must be structured-cloneable; the target must be a sandbox.
function run_test() {
  var sb = Cu.Sandbox("https://www.blah.com");
  Assert.throws(() => Cu.setSandboxMetadata(sb, { f: function () {} }), Error, "a function is not cloneable");
  Assert.throws(() => Cu.Sandbox("https://www.blah.com", { metadata: { f: function () {} } }), Error,
                "nor at creation");
  Assert.throws(() => Cu.getSandboxMetadata({}), Error, "a plain object is not a sandbox");
  Assert.throws(() => Cu.setSandboxMetadata(5, {}), Error, "nor is a number");
  Assert.throws(() => Cu.getSandboxMetadata(Cu.evalInSandbox("({})", sb)), Error, "nor an object inside a sandbox");
  // The allowed neighbour still works.
  Cu.setSandboxMetadata(sb, { ok: true });
  Assert.strictEqual(Cu.getSandboxMetadata(sb).ok, true);
}
