// sandboxPrototype: the sandbox global inherits from the given object.
function run_test() {
  // A system sandbox may use any object as prototype; it sees it raw.
  var sys = Services.scriptSecurityManager.getSystemPrincipal();
  var proto = { greet: function (n) { return "hi " + n; }, value: 3 };
  var sb = Cu.Sandbox(sys, { sandboxPrototype: proto });
  Assert.equal(Cu.evalInSandbox("greet('x')", sb), "hi x", "free names resolve on the prototype");
  Assert.equal(Cu.evalInSandbox("value", sb), 3);
  Assert.equal(Cu.evalInSandbox("typeof Object", sb), "function", "standard classes are still the sandbox's own");

  // An expanded principal may use an object of one of its members.
  var member = Cu.Sandbox("https://a.example");
  var memberProto = Cu.evalInSandbox("({ shared: 'from a' })", member);
  var ep = Cu.Sandbox(["https://a.example", "https://b.example"], { sandboxPrototype: memberProto });
  Assert.equal(Cu.evalInSandbox("shared", ep), "from a");

  // A content sandbox may use an object of its own origin.
  var same = Cu.Sandbox("https://a.example", { sandboxPrototype: memberProto });
  Assert.equal(Cu.evalInSandbox("shared", same), "from a");

  // Own variables shadow the prototype's.
  Assert.equal(Cu.evalInSandbox("var value = 9; value", sb), 9);
  Assert.equal(proto.value, 3, "the prototype object is untouched");
}
