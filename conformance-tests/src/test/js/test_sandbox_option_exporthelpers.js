// wantExportHelpers (default false) adds exportFunction, cloneInto, createObjectIn and isProxy.
function run_test() {
  var names = ["exportFunction", "cloneInto", "createObjectIn", "isProxy"];

  var plain = Cu.Sandbox("https://a.example");
  names.forEach(function (n) {
    Assert.equal(Cu.evalInSandbox("typeof " + n, plain), "undefined", n + " absent by default");
  });

  var off = Cu.Sandbox("https://a.example", { wantExportHelpers: false });
  names.forEach(function (n) {
    Assert.equal(Cu.evalInSandbox("typeof " + n, off), "undefined", n + " absent when false");
  });

  var helpers = Cu.Sandbox("https://a.example", { wantExportHelpers: true });
  names.forEach(function (n) {
    Assert.equal(Cu.evalInSandbox("typeof " + n, helpers), "function", n + " present when true");
  });

  // isProxy sees through to scripted proxies only.
  Assert.strictEqual(Cu.evalInSandbox("isProxy(new Proxy({}, {}))", helpers), true);
  Assert.strictEqual(Cu.evalInSandbox("isProxy({})", helpers), false);
  Assert.strictEqual(Cu.evalInSandbox("isProxy(42)", helpers), false);

  // They do not leak into other sandboxes of the same origin.
  Assert.equal(Cu.evalInSandbox("typeof exportFunction", Cu.Sandbox("https://a.example")), "undefined");

  Assert.throws(() => Cu.Sandbox("https://a.example", { wantExportHelpers: 1 }),
                /^Error: Expected a boolean value for property wantExportHelpers$/);
}
