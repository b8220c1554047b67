// Two default sandboxes of the same origin see each other through waivable Xrays, both ways.
function run_test() {
  var a = Cu.Sandbox("https://example.com");
  var b = Cu.Sandbox("https://example.com");
  a.fromB = Cu.evalInSandbox("var obj = { v: 1, f: function () { return 'f'; } }; obj", b);
  b.fromA = Cu.evalInSandbox("var obj = { v: 2, f: function () { return 'g'; } }; obj", a);
  Assert.equal(Cu.evalInSandbox("fromB.v + ':' + typeof fromB.f", a), "1:undefined");
  Assert.equal(Cu.evalInSandbox("fromA.v + ':' + typeof fromA.f", b), "2:undefined");
  Assert.equal(Cu.evalInSandbox("fromB.wrappedJSObject.f()", a), "f");

  // Writes of own-compartment values go through; a third origin's object is refused.
  Cu.evalInSandbox("fromB.w = 5; fromB.o = { k: 1 }", a);
  Assert.equal(Cu.evalInSandbox("obj.w + obj.o.k", b), 6);
  var c = Cu.Sandbox("https://other.example");
  a.third = Cu.evalInSandbox("({})", c);
  Assert.equal(Cu.evalInSandbox("try { fromB.t = third; 'written' } catch (e) { e.message }", a),
               "Not allowed to define cross-origin object as property on [Object] or [Array] XrayWrapper");

  // The same object seen twice is the same wrapper.
  Assert.ok(Cu.evalInSandbox("fromB === fromB", a));
  b.again = b.obj;
  Assert.ok(Cu.evalInSandbox("again === obj", b), "back home it is the raw object");
}
