// Cu.getGlobalForObject gives the object's global, wrapped for the caller.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.strictEqual(Cu.getGlobalForObject(Cu.evalInSandbox("({})", sb)), sb, "an Xray's global is the sandbox");
  Assert.strictEqual(Cu.getGlobalForObject(Cu.evalInSandbox("(function () {})", sb)), sb, "a function's");
  Assert.strictEqual(Cu.getGlobalForObject(Cu.waiveXrays(Cu.evalInSandbox("({})", sb))), sb, "a waiver's");
  Assert.strictEqual(Cu.getGlobalForObject(sb), sb, "the sandbox's own");
  Assert.strictEqual(Cu.getGlobalForObject({}), this, "a local object's global is this global");
  Assert.strictEqual(Cu.getGlobalForObject(Cu.getGlobalForObject), this);
  Assert.ok(!Cu.isXrayWrapper(Cu.getGlobalForObject(Cu.evalInSandbox("({})", sb))), "the global is never Xrayed");

  var sys = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal());
  var sysObj = Cu.evalInSandbox("({})", sys);
  Assert.strictEqual(Cu.getGlobalForObject(sysObj), sys, "another system global in the same compartment");
  Assert.notStrictEqual(Cu.getGlobalForObject(sysObj), this);

  Assert.throws(() => Cu.getGlobalForObject(5), Error, "a primitive has no global");
  Assert.throws(() => Cu.getGlobalForObject(), Error);
}
