// Xray to a plain Object hides accessors, functions, other-origin values, non-Xrayable values
// and properties that shadow the standard prototype.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var other = Cu.Sandbox("https://other.example");
  sb.foreign = Cu.evalInSandbox("({ from: 'other' })", other);
  sb.sys = {};
  var o = Cu.evalInSandbox(
    "var o = { visible: 1, get getter() { return 2; }, set setter(v) {}, method: function () { return 3; }," +
    "  arrow: () => 4, foreignValue: foreign, systemValue: sys, proxy: new Proxy({}, {})," +
    "  iter: [1][Symbol.iterator](), boxed: new Number(5), hasOwnProperty: 10, toString: 'shadow', valueOf: 6 };" +
    "Object.defineProperty(o, 'defined', { get: function () { return 7; }, enumerable: true });" +
    "o", sb);

  Assert.strictEqual(o.visible, 1);
  ["getter", "setter", "method", "arrow", "foreignValue", "systemValue", "proxy", "iter", "boxed", "defined",
   "hasOwnProperty", "toString", "valueOf"].forEach(function (name) {
    Assert.strictEqual(Object.getOwnPropertyDescriptor(o, name), undefined, name + " has no own descriptor");
  });
  Assert.strictEqual(o.getter, undefined, "accessor hidden");
  Assert.strictEqual(o.method, undefined, "function hidden");
  Assert.strictEqual(o.arrow, undefined, "arrow function hidden");
  Assert.strictEqual(o.foreignValue, undefined, "value not same-origin with target hidden");
  Assert.strictEqual(o.systemValue, undefined, "a system object is not same-origin with the target either");
  Assert.strictEqual(o.proxy, undefined, "a proxy is not Xrayable");
  Assert.strictEqual(o.iter, undefined, "an iterator is not Xrayable");
  Assert.strictEqual(o.boxed, undefined, "a boxed primitive is not Xrayable");
  Assert.strictEqual(o.defined, undefined, "defined accessor hidden");
  Assert.equal(typeof o.hasOwnProperty, "function", "shadowing data hidden: the prototype's method shows");
  Assert.ok(o.hasOwnProperty("visible"));
  Assert.equal(typeof o.toString, "function");
  Assert.equal(String(o), "[object Object]", "the native toString runs");
  Assert.deepEqual(Object.keys(o), ["visible"]);
  Assert.deepEqual(Object.getOwnPropertyNames(o), ["visible"]);
  Assert.ok(!("method" in o));

  // The waiver sees everything.
  var w = o.wrappedJSObject;
  Assert.equal(w.getter, 2);
  Assert.equal(w.method(), 3);
  Assert.equal(w.hasOwnProperty, 10);
  Assert.equal(w.defined, 7);
}
