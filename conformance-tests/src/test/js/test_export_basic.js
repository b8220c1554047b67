// exportFunction creates in the target's global a forwarder to the original function.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var calls = 0;
  function add(a, b) { calls++; return a + b; }
  var exported = Cu.exportFunction(add, sb, { defineAs: "add" });
  Assert.equal(Cu.evalInSandbox("add(2, 3)", sb), 5, "content calls the forwarder");
  Assert.equal(calls, 1, "the original ran");
  Assert.equal(Cu.evalInSandbox("add.length", sb), 2, "the original's length");
  Assert.equal(Cu.evalInSandbox("add.name", sb), "add", "the defineAs name");
  Assert.equal(Cu.evalInSandbox("typeof add.call", sb), "function", "a real function of the target: properties are readable");
  Assert.equal(Cu.evalInSandbox("add.call(null, 1, 1)", sb), 2);
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(add) === Function.prototype", sb), true,
               "the forwarder belongs to the target's global");
  Assert.equal(typeof exported, "function");
  Assert.ok(Cu.getObjectPrincipal(exported).isContentPrincipal, "the returned forwarder is the target's");
  Assert.strictEqual(exported, sb.add, "the return value is the defined forwarder");

  // Without defineAs: nothing is defined; the name is the original's explicit name.
  var loose = Cu.exportFunction(function explicitName(x) { return x * 2; }, sb);
  Assert.equal(Cu.evalInSandbox("typeof explicitName", sb), "undefined");
  Assert.equal(loose.name, "explicitName");
  Assert.equal(loose.length, 1);
  sb.loose = loose;
  Assert.equal(Cu.evalInSandbox("loose(21)", sb), 42);

  // defineAs on an object of the target instead of its global.
  var holder = Cu.evalInSandbox("var holder = {}; holder", sb);
  Cu.exportFunction(function () { return "method"; }, holder, { defineAs: "m" });
  Assert.equal(Cu.evalInSandbox("holder.m()", sb), "method");

  // Return values are wrapped for the caller: a system object arrives as a COW.
  Cu.exportFunction(function () { return { secret: 1 }; }, sb, { defineAs: "giveObject" });
  Assert.equal(Cu.evalInSandbox("typeof giveObject()", sb), "object");
  Assert.equal(Cu.evalInSandbox("typeof giveObject().secret", sb), "undefined");
}
