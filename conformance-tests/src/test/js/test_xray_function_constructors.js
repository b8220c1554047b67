// Xrays to standard constructors: prototype and statics are the native ones.
// A method found through an Xray is a plain function of the (system) viewer, not a wrapper.
function isViewerFunction(f) {
  return typeof f === "function" && !Cu.isXrayWrapper(f) && Cu.getObjectPrincipal(f).isSystemPrincipal;
}

function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("Object.keys = function () { return ['evil']; };" +
                   "Array.isArray = function () { return 'evil'; };" +
                   "Object.customStatic = 1;", sb);
  var XObject = sb.Object;
  var XArray = sb.Array;
  Assert.ok(Cu.isXrayWrapper(XObject));
  Assert.equal(XObject.name, "Object");
  Assert.ok(Cu.isXrayWrapper(XObject.prototype), "prototype is visible for a standard constructor");
  Assert.deepEqual(XObject.keys({ a: 1, b: 2 }), ["a", "b"], "the native static ignores content's override");
  Assert.strictEqual(XArray.isArray([]), true);
  Assert.strictEqual(XObject.customStatic, undefined, "statics content added are hidden");
  Assert.ok(isViewerFunction(XObject.keys), "statics are functions of the viewer");
  Assert.strictEqual(XObject.keys, XObject.keys, "stable identity");
  Assert.ok(Object.getOwnPropertyNames(XArray).indexOf("prototype") >= 0);
  Assert.ok(Object.getOwnPropertyNames(XArray).indexOf("isArray") >= 0);

  // Constructing through the Xray creates objects in the target's global.
  var made = new XObject();
  Assert.strictEqual(Cu.getGlobalForObject(made), sb);
  Assert.ok(Cu.isXrayWrapper(made));
  var arr = new XArray(1, 2, 3);
  Assert.equal(arr.length, 3);
  Assert.strictEqual(Object.getPrototypeOf(arr), XArray.prototype);
  var fn = new sb.Function("a", "return a * 2");
  Assert.equal(fn(21), 42);
  Assert.strictEqual(Cu.getGlobalForObject(fn), sb, "new Function makes a function of the target");
  var date = new sb.Date(0);
  Assert.equal(date.getTime(), 0);
  Assert.strictEqual(Cu.getGlobalForObject(date), sb);

  // The Proxy constructor exposes nothing else.
  Assert.strictEqual(sb.Proxy.prototype, undefined);
  Assert.strictEqual(sb.Proxy.revocable, undefined);
}
