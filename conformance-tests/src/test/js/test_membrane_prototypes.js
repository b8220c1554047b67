// Prototypes read across the membrane are wrapped for the reader.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var obj = Cu.evalInSandbox("var proto = { inherited: function () { return 'i'; } }; var obj = Object.create(proto); obj", sb);
  var xproto = Object.getPrototypeOf(obj);
  Assert.ok(Cu.isXrayWrapper(xproto), "through an Xray: the standard prototype, as an Xray");
  var wproto = Object.getPrototypeOf(obj.wrappedJSObject);
  Assert.ok(!Cu.isXrayWrapper(wproto), "through a waiver: the real prototype, waived");
  Assert.equal(wproto.inherited(), "i");
  Assert.equal(Cu.getObjectPrincipal(wproto).origin, "https://example.com");

  // Setting a prototype through a waiver installs a wrapped object.
  var chromeProto = { fromChrome: function () { return "c"; } };
  Object.setPrototypeOf(obj.wrappedJSObject, chromeProto);
  Assert.equal(Cu.evalInSandbox("typeof obj.fromChrome", sb), "undefined", "content sees the system prototype as a COW");
  Assert.strictEqual(Object.getPrototypeOf(obj.wrappedJSObject), chromeProto, "and it comes home raw");

  // Between same-origin no-Xray sandboxes.
  var x = Cu.Sandbox("https://example.com", { wantXrays: false });
  var y = Cu.Sandbox("https://example.com", { wantXrays: false });
  y.fromX = Cu.evalInSandbox("({})", x);
  y.xObjectProto = Cu.evalInSandbox("Object.prototype", x);
  Assert.ok(Cu.evalInSandbox("Object.getPrototypeOf(fromX) === xObjectProto", y), "x's Object.prototype, wrapped");
  Assert.ok(Cu.evalInSandbox("Object.getPrototypeOf(fromX) !== Object.prototype", y));
}
