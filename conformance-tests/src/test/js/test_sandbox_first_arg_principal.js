// Cu.Sandbox(principalObject): a sandbox with exactly that principal.
function run_test() {
  var ssm = Services.scriptSecurityManager;

  var content = ssm.createContentPrincipalFromOrigin("https://example.org");
  var sb = Cu.Sandbox(content);
  Assert.ok(Cu.getObjectPrincipal(sb).equals(content));
  Assert.equal(Cu.getObjectPrincipal(sb).origin, "https://example.org");

  var system = ssm.getSystemPrincipal();
  var sys = Cu.Sandbox(system);
  Assert.ok(Cu.getObjectPrincipal(sys).isSystemPrincipal, "the system principal gives a system sandbox");
  Assert.equal(Cu.evalInSandbox("typeof Components", sys), "object", "system sandboxes get Components");

  var nul = ssm.createNullPrincipal({});
  var nsb = Cu.Sandbox(nul);
  Assert.ok(Cu.getObjectPrincipal(nsb).isNullPrincipal);
  Assert.ok(Cu.getObjectPrincipal(nsb).equals(nul), "the very null principal given is used");
  Assert.equal(Cu.getObjectPrincipal(nsb).origin, nul.origin);

  // Two sandboxes from the same null principal subsume each other's objects (same origin).
  var nsb2 = Cu.Sandbox(nul, { wantXrays: false });
  var nsb3 = Cu.Sandbox(nul, { wantXrays: false });
  nsb3.fromTwo = Cu.evalInSandbox("({ f: function () { return 7; } })", nsb2);
  Assert.equal(Cu.evalInSandbox("fromTwo.f()", nsb3), 7);

  // Denied neighbour: content sandboxes get no Components.
  Assert.equal(Cu.evalInSandbox("typeof Components", sb), "undefined");
  // Denied neighbour: a plain object is not a principal.
  Assert.throws(() => Cu.Sandbox({ origin: "https://example.org" }), Error);
}
