// freshCompartment: a system sandbox in its own compartment, seen through transparent wrappers.
function run_test() {
  var system = Services.scriptSecurityManager.getSystemPrincipal();
  var fresh = Cu.Sandbox(system, { freshCompartment: true });
  Assert.ok(Cu.getObjectPrincipal(fresh).isSystemPrincipal);

  var obj = Cu.evalInSandbox("var obj = { f: function () { return 'f'; }, get g() { return 'g'; } }; obj", fresh);
  Assert.ok(!Cu.isXrayWrapper(obj), "system never Xrays system");
  Assert.equal(obj.f(), "f", "functions are visible");
  Assert.equal(obj.g, "g", "accessors run");
  obj.h = 1;
  Assert.equal(Cu.evalInSandbox("obj.h", fresh), 1, "writes reach the object");

  // System objects passed in are seen transparently too.
  fresh.mine = { k: function () { return 5; } };
  Assert.equal(Cu.evalInSandbox("mine.k()", fresh), 5);

  // It is a compartment of its own: nuking it kills the wrappers into it, and only those.
  var shared = Cu.Sandbox(system);
  var sharedObj = Cu.evalInSandbox("({ v: 1 })", shared);
  var other = Cu.Sandbox(system, { freshCompartment: true });
  var otherObj = Cu.evalInSandbox("({ v: 2 })", other);
  Cu.nukeSandbox(fresh);
  Assert.ok(Cu.isDeadWrapper(obj));
  Assert.throws(() => obj.f, /^TypeError: can't access dead object$/);
  Assert.equal(sharedObj.v, 1, "the shared system compartment is untouched");
  Assert.equal(otherObj.v, 2, "another fresh compartment is untouched");
  Assert.ok(!Cu.isDeadWrapper(otherObj));
}
