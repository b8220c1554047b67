// Assigning through an Xray to a name whose configurable accessor the Xray hides redefines it as data.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var o = Cu.evalInSandbox("var o = {}; Object.defineProperty(o, 'gs', { get: function () { return 3; }, set: function (v) {}, configurable: true });" +
                           "Object.defineProperty(o, 'fixed', { get: function () { return 5; }, set: function (v) {} }); o", sb);
  Assert.strictEqual(o.gs, undefined, "hidden");
  o.gs = "redefined";
  Assert.equal(o.gs, "redefined", "redefined as a data property");
  Assert.equal(Cu.evalInSandbox("o.gs", sb), "redefined", "the target sees it");
  Assert.equal(Cu.evalInSandbox("typeof Object.getOwnPropertyDescriptor(o, 'gs').get", sb), "undefined");

  // A non-configurable accessor cannot be redefined.
  Assert.throws(function () { "use strict"; o.fixed = "x"; }, TypeError, "strict assignment fails");
  Assert.equal(Cu.evalInSandbox("o.fixed", sb), 5, "the accessor is untouched");
  Assert.strictEqual(o.fixed, undefined);
}
