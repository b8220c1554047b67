// System-principal sandboxes share the one system compartment: they see each other's objects raw.
function run_test() {
  var sys = Services.scriptSecurityManager.getSystemPrincipal();
  var one = Cu.Sandbox(sys);
  var two = Cu.Sandbox(sys);
  var obj = Cu.evalInSandbox("var obj = { f: function () { return 'f'; }, get g() { return 'g'; } }; obj", one);
  Assert.ok(!Cu.isXrayWrapper(obj));
  Assert.equal(obj.f(), "f");
  Assert.equal(obj.g, "g");
  Assert.strictEqual(Object.getPrototypeOf(obj), Cu.evalInSandbox("Object.prototype", one),
                     "the real prototype, the other global's Object.prototype");
  Assert.notStrictEqual(Object.getPrototypeOf(obj), Object.prototype, "a different global");
  two.fromOne = obj;
  Assert.equal(Cu.evalInSandbox("fromOne.f() + fromOne.g", two), "fg");
  Assert.ok(Cu.evalInSandbox("Object.getPrototypeOf(fromOne) !== Object.prototype", two));
  Assert.strictEqual(Cu.evalInSandbox("fromOne", two), obj, "the same raw object everywhere");
  // Their globals too are raw to each other and to this test global.
  Assert.ok(!Cu.isXrayWrapper(one));
  Assert.ok(!Cu.isDeadWrapper(one));
}
