// Null principals: a fresh unique id each time; each subsumes only itself.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  var n1 = ssm.createNullPrincipal({});
  var n2 = ssm.createNullPrincipal({});
  Assert.ok(n1.isNullPrincipal);
  Assert.ok(!n1.isContentPrincipal && !n1.isSystemPrincipal && !n1.isExpandedPrincipal);
  Assert.ok(/^moz-nullprincipal:\{[0-9a-f-]{36}\}$/.test(n1.origin), n1.origin);
  Assert.notEqual(n1.origin, n2.origin);
  Assert.ok(n1.subsumes(n1));
  Assert.ok(n1.equals(n1));
  Assert.ok(!n1.subsumes(n2));
  Assert.ok(!n1.equals(n2));
  Assert.ok(!n1.subsumes(ssm.createContentPrincipalFromOrigin("https://a.example")));
  Assert.ok(!ssm.createContentPrincipalFromOrigin("https://a.example").subsumes(n1));
  Assert.ok(ssm.getSystemPrincipal().subsumes(n1));

  // A sandbox made from it keeps the very same principal.
  var again = Cu.getObjectPrincipal(Cu.Sandbox(n1));
  Assert.ok(again.equals(n1));

  // With origin attributes.
  var n3 = ssm.createNullPrincipal({ userContextId: 4 });
  Assert.ok(/\^userContextId=4$/.test(n3.origin), n3.origin);

  // Sandbox(null) gives a new one.
  Assert.ok(!Cu.getObjectPrincipal(Cu.Sandbox(null)).equals(n1));
}
