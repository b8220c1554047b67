// Property descriptors crossing the membrane have their values, getters and setters wrapped.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var obj = Cu.evalInSandbox("var log = []; var obj = { data: { d: 1 }, get acc() { return { fromGetter: 1 }; }, set acc(v) { log.push(typeof v); } }; obj", sb);

  var d = Object.getOwnPropertyDescriptor(obj, "data");
  Assert.ok(Cu.isXrayWrapper(d.value), "a descriptor's object value is an Xray");
  Assert.equal(d.value.d, 1);

  var w = obj.wrappedJSObject;
  var a = Object.getOwnPropertyDescriptor(w, "acc");
  Assert.equal(typeof a.get, "function");
  Assert.ok(!Cu.isXrayWrapper(a.get), "through a waiver the getter is waived, not raw");
  Assert.equal(Cu.getObjectPrincipal(a.get).origin, "https://example.com", "it is still the content function");
  Assert.equal(a.get.call(w).fromGetter, 1, "and callable");
  a.set.call(w, {});
  Assert.equal(Cu.evalInSandbox("log.join()", sb), "object");

  // On the content side, descriptors of system objects reveal nothing.
  sb.chromeObj = { p: {} };
  Assert.equal(Cu.evalInSandbox("typeof Object.getOwnPropertyDescriptor(chromeObj, 'p')", sb), "undefined");

  // Between two same-origin no-Xray sandboxes, accessors cross as wrapped functions.
  var x = Cu.Sandbox("https://example.com", { wantXrays: false });
  var y = Cu.Sandbox("https://example.com", { wantXrays: false });
  y.fromX = Cu.evalInSandbox("({ get g() { return 7; } })", x);
  Assert.equal(Cu.evalInSandbox("var gd = Object.getOwnPropertyDescriptor(fromX, 'g'); gd.get.call(fromX)", y), 7);
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(gd.get) === Function.prototype", y), false,
               "the getter is x's function, not y's");
}
