// The prototype of an Xray is the target global's standard prototype, seen through an Xray, whatever
// the object's real prototype; methods found on it are native and belong to the viewer.
// A method found through an Xray is a plain function of the (system) viewer, not a wrapper.
function isViewerFunction(f) {
  return typeof f === "function" && !Cu.isXrayWrapper(f) && Cu.getObjectPrincipal(f).isSystemPrincipal;
}

function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("Object.prototype.toString = function () { return 'hacked'; };" +
                   "Object.prototype.injected = 'from content';" +
                   "var custom = Object.create({ inherited: 1 }); custom.own = 2;" +
                   "var plain = {};", sb);
  var plain = sb.plain;
  var proto = Object.getPrototypeOf(plain);
  Assert.ok(Cu.isXrayWrapper(proto), "the prototype is an Xray");
  Assert.strictEqual(proto, sb.Object.prototype, "the target's Object.prototype");
  Assert.strictEqual(Object.getPrototypeOf(proto), null);
  Assert.strictEqual(plain.__proto__, proto, "__proto__ agrees");

  Assert.equal(plain.toString(), "[object Object]", "the content override is ignored");
  Assert.strictEqual(plain.injected, undefined, "expandos content added to its prototype are invisible");
  Assert.equal(plain.wrappedJSObject.toString(), "hacked", "the waiver sees the override");

  var custom = sb.custom;
  Assert.equal(custom.own, 2);
  Assert.strictEqual(custom.inherited, undefined, "the real prototype chain is not followed");
  Assert.strictEqual(Object.getPrototypeOf(custom), sb.Object.prototype, "the standard prototype, not the real one");

  // Methods from Xrays are functions of the viewer's global, stable in identity.
  var m = plain.hasOwnProperty;
  Assert.equal(typeof m, "function");
  Assert.ok(isViewerFunction(m), "a function of the viewer");
  Assert.strictEqual(plain.hasOwnProperty, m, "the same function each time");
  Assert.strictEqual(proto.hasOwnProperty, m, "and the same from the prototype itself");
  Assert.strictEqual(proto.constructor, sb.Object, "constructor is the target's Object");

  // Arrays: Array.prototype of the target, whose prototype is the target's Object.prototype.
  var arr = Cu.evalInSandbox("[1, 2, 3]", sb);
  Assert.strictEqual(Object.getPrototypeOf(arr), sb.Array.prototype);
  Assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(arr)), sb.Object.prototype);
  Cu.evalInSandbox("Array.prototype.join = function () { return 'evil'; }", sb);
  Assert.equal(arr.join("-"), "1-2-3", "native join");
  Assert.ok(arr instanceof sb.Array, "instanceof works across the Xray");
}
