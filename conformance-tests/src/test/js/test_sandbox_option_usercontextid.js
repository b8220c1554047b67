// userContextId and originAttributes give content principals with origin attributes.
function run_test() {
  var a = Cu.Sandbox("https://a.example", { userContextId: 2 });
  Assert.equal(Cu.getObjectPrincipal(a).origin, "https://a.example^userContextId=2");

  var pb = Cu.Sandbox("https://a.example", { originAttributes: { privateBrowsingId: 1 } });
  Assert.equal(Cu.getObjectPrincipal(pb).origin, "https://a.example^privateBrowsingId=1");

  var fpd = Cu.Sandbox("https://a.example", { originAttributes: { firstPartyDomain: "a.example", userContextId: 3 } });
  Assert.equal(Cu.getObjectPrincipal(fpd).origin, "https://a.example^userContextId=3&firstPartyDomain=a.example",
               "attributes are serialized in the fixed order");

  var plain = Cu.Sandbox("https://a.example");
  Assert.equal(Cu.getObjectPrincipal(plain).origin, "https://a.example", "default attributes have no suffix");
  Assert.equal(Cu.getObjectPrincipal(Cu.Sandbox("https://a.example", { userContextId: 0 })).origin, "https://a.example");

  // Different attributes are different origins: neither subsumes the other.
  var pa = Cu.getObjectPrincipal(a), pp = Cu.getObjectPrincipal(plain);
  Assert.ok(!pa.subsumes(pp) && !pp.subsumes(pa));
  Assert.ok(!pa.equals(pp));
  plain.foreign = Cu.evalInSandbox("({ x: 1 })", a);
  Assert.equal(Cu.evalInSandbox("try { foreign.x; 'read' } catch (e) { e.message }", plain),
               'Permission denied to access property "x"');

  // The same attributes are the same origin.
  var a2 = Cu.Sandbox("https://a.example", { userContextId: 2 });
  Assert.ok(Cu.getObjectPrincipal(a2).equals(pa));
  a2.friend = Cu.evalInSandbox("({ x: 1 })", a);
  Assert.equal(Cu.evalInSandbox("friend.x", a2), 1);
}
