// Cu.isProxy is true for scripted proxies, seen through any wrapper; false for wrappers themselves.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.strictEqual(Cu.isProxy(new Proxy({}, {})), true);
  Assert.strictEqual(Cu.isProxy(new Proxy(function () {}, {})), true);
  Assert.strictEqual(Cu.isProxy({}), false);
  Assert.strictEqual(Cu.isProxy(5), false);
  Assert.strictEqual(Cu.isProxy(null), false);
  Assert.strictEqual(Cu.isProxy(Cu.evalInSandbox("new Proxy({}, {})", sb)), true, "a content proxy behind an Xray");
  Assert.strictEqual(Cu.isProxy(Cu.evalInSandbox("({})", sb)), false, "an Xray is not a scripted proxy");
  Assert.strictEqual(Cu.isProxy(sb), false, "nor is the sandbox wrapper");
  Assert.strictEqual(Cu.isProxy(Cu.waiveXrays(Cu.evalInSandbox("({})", sb))), false, "nor a waiver");
  var revocable = Proxy.revocable({}, {});
  revocable.revoke();
  Assert.strictEqual(Cu.isProxy(revocable.proxy), true, "a revoked proxy is still a proxy");
}
