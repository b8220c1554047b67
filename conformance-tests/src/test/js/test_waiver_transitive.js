// Results read or returned through a waiver are themselves waived.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var o = Cu.evalInSandbox(
    "({ inner: { deeper: { fn: function () { return 'deep'; } } }," +
    "   make: function () { return { made: function () { return 'made'; } }; }," +
    "   list: [{ el: function () { return 'el'; } }] })", sb);
  var w = o.wrappedJSObject;
  Assert.equal(w.inner.deeper.fn(), "deep", "property values are waived");
  Assert.ok(!Cu.isXrayWrapper(w.inner));
  Assert.equal(w.make().made(), "made", "return values are waived");
  Assert.equal(w.list[0].el(), "el", "array elements are waived");
  Assert.equal(Object.getPrototypeOf(w.inner).hasOwnProperty.call(w.inner, "deeper"), true,
               "prototypes read through a waiver are waived too");

  // Unwaiving a nested result gives the Xray of that object.
  var innerX = Cu.unwaiveXrays(w.inner);
  Assert.ok(Cu.isXrayWrapper(innerX));
  Assert.strictEqual(innerX, o.inner, "the same Xray as reading through the Xray");
  Assert.strictEqual(innerX.deeper.fn, undefined);

  // Exceptions thrown through a waiver are waived.
  var thrower = Cu.evalInSandbox("({ t: function () { throw { payload: function () { return 'p'; } }; } })", sb);
  try {
    thrower.wrappedJSObject.t();
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.payload(), "p", "the thrown object is waived");
  }
}
