// Cu.isDeadWrapper is true exactly for wrappers into or out of a nuked compartment.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var obj = Cu.evalInSandbox("({})", sb);
  var waived = Cu.waiveXrays(Cu.evalInSandbox("({})", sb));
  Assert.ok(!Cu.isDeadWrapper(sb));
  Assert.ok(!Cu.isDeadWrapper(obj));
  Cu.nukeSandbox(sb);
  Assert.ok(Cu.isDeadWrapper(sb), "the global wrapper");
  Assert.ok(Cu.isDeadWrapper(obj), "an Xray");
  Assert.ok(Cu.isDeadWrapper(waived), "a waiver");
  Assert.ok(!Cu.isDeadWrapper({}), "a local object");
  Assert.ok(!Cu.isDeadWrapper(5), "a primitive");
  Assert.ok(!Cu.isDeadWrapper(null));
  Assert.ok(!Cu.isDeadWrapper(Cu.evalInSandbox("({})", Cu.Sandbox("https://example.com"))), "another sandbox's object");

  // Nuking twice is harmless; nuking something that is not a sandbox is an error.
  Cu.nukeSandbox(sb);
  Assert.throws(() => Cu.nukeSandbox({}), Error);
  Assert.throws(() => Cu.nukeSandbox(Cu.evalInSandbox("({})", Cu.Sandbox(null))), Error);
}
