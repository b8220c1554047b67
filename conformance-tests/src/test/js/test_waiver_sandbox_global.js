// Cu.waiveXrays on a sandbox global gives a view whose results are waived.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("var inner = { h: function () { return 'h'; } }", sb);
  Assert.strictEqual(sb.inner.h, undefined, "through the plain global the value is an Xray");
  var wsb = Cu.waiveXrays(sb);
  Assert.equal(typeof wsb.inner.h, "function", "through the waived global the value is a waiver");
  Assert.equal(wsb.inner.h(), "h");
  Assert.strictEqual(Cu.unwaiveXrays(wsb), sb, "unwaiving gives the plain global wrapper back");
}
