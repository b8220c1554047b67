// xray.wrappedJSObject gives a waiver: a transparent view of the real object.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var o = Cu.evalInSandbox("var o = { f: function () { return this === o; }, get g() { return 'g'; }, v: 1 }; o", sb);
  Assert.strictEqual(o.f, undefined);
  var w = o.wrappedJSObject;
  Assert.ok(!Cu.isXrayWrapper(w), "a waiver is not an Xray");
  Assert.equal(typeof w.f, "function");
  Assert.strictEqual(w.f(), true, "this is the real object inside the call");
  Assert.equal(w.g, "g", "accessors run");
  Assert.deepEqual(Object.keys(w).sort(), ["f", "g", "v"]);

  // Writes through a waiver are ordinary writes, including functions and accessors.
  w.added = function () { return "added"; };
  Assert.equal(Cu.evalInSandbox("o.added()", sb), "added", "the target can call a system function it was given");
  Object.defineProperty(w, "acc", { get: function () { return "acc"; }, configurable: true });
  Assert.equal(Cu.evalInSandbox("o.acc", sb), "acc");

  // The waiver sees what content changed on prototypes.
  Cu.evalInSandbox("Object.prototype.toString = function () { return 'custom'; }", sb);
  Assert.equal(String(w), "custom");
  Assert.equal(String(o), "[object Object]", "the Xray does not");

  // Waivers of the same object are the same.
  Assert.strictEqual(o.wrappedJSObject, w);
  Assert.strictEqual(Cu.waiveXrays(o), w, "Cu.waiveXrays gives the same waiver");

  // Denied neighbours: wrappedJSObject is not a property of raw or non-Xray objects.
  Assert.strictEqual(({}).wrappedJSObject, undefined, "a local object has none");
  Assert.equal(Cu.evalInSandbox("typeof o.wrappedJSObject", sb), "undefined", "nor does the target see one on its own object");
}
