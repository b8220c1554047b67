// The sandbox's principal must subsume its sandboxPrototype.
function run_test() {
  var msg = /^Error: Sandbox must subsume sandboxPrototype$/;
  // A content sandbox may not inherit from a system object.
  Assert.throws(() => Cu.Sandbox("https://a.example", { sandboxPrototype: {} }), msg, "system object");
  // Nor from another origin's object.
  var other = Cu.Sandbox("https://b.example");
  var foreign = Cu.evalInSandbox("({})", other);
  Assert.throws(() => Cu.Sandbox("https://a.example", { sandboxPrototype: foreign }), msg, "other origin");
  // A null-principal sandbox may not inherit from another null principal's object.
  var n1 = Cu.Sandbox(null);
  Assert.throws(() => Cu.Sandbox(null, { sandboxPrototype: Cu.evalInSandbox("({})", n1) }), msg, "other null principal");
  // An expanded principal may not inherit from a stranger.
  Assert.throws(() => Cu.Sandbox(["https://a.example"], { sandboxPrototype: foreign }), msg, "expanded, non-member");

  // Allowed neighbours.
  var same = Cu.Sandbox("https://b.example", { sandboxPrototype: foreign });
  Assert.equal(Cu.evalInSandbox("typeof hasOwnProperty", same), "function");
  var sys = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal(), { sandboxPrototype: foreign });
  Assert.ok(sys, "system subsumes everything");
}
