// cloneInto refuses functions unless cloneFunctions is set; then they become forwarders.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var msg = /^Error: Permission denied to pass a Function via structured clone$/;
  Assert.throws(() => Cu.cloneInto(function () {}, sb), msg, "a function");
  Assert.throws(() => Cu.cloneInto({ f: function () {} }, sb), msg, "a nested function");
  Assert.throws(() => Cu.cloneInto([1, () => 2], sb), msg, "an arrow function in an array");

  var calls = 0;
  var source = { f: function (a, b) { calls++; return a + b; }, nested: { g: function () { return "g"; } } };
  sb.c = Cu.cloneInto(source, sb, { cloneFunctions: true });
  Assert.equal(Cu.evalInSandbox("typeof c.f", sb), "function");
  Assert.equal(Cu.evalInSandbox("c.f(2, 3)", sb), 5, "the forwarder calls the original");
  Assert.equal(calls, 1);
  Assert.equal(Cu.evalInSandbox("c.nested.g()", sb), "g");
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(c.f) === Function.prototype", sb), true,
               "the forwarder is a function of the target");
  Assert.equal(Cu.evalInSandbox("c.f.length", sb), 2);

  // Forwarders check their arguments like exported functions.
  var other = Cu.Sandbox("https://other.example");
  sb.foreign = Cu.evalInSandbox("({})", other);
  Assert.equal(Cu.evalInSandbox("try { c.f(foreign, 1) } catch (e) { e.message }", sb),
               "Permission denied to pass object to exported function");

  Assert.throws(() => Cu.cloneInto({}, sb, { cloneFunctions: 1 }), /^Error: Expected a boolean value for property cloneFunctions$/);
}
