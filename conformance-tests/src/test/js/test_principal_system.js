// The system principal: a singleton that subsumes everything.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  var sys = ssm.getSystemPrincipal();
  Assert.ok(sys.isSystemPrincipal);
  Assert.ok(!sys.isContentPrincipal && !sys.isExpandedPrincipal && !sys.isNullPrincipal);
  Assert.equal(sys.origin, "[System Principal]");
  Assert.ok(sys.equals(ssm.getSystemPrincipal()), "one system principal");
  Assert.ok(sys.subsumes(sys));

  // The test global itself has the system principal.
  Assert.ok(Cu.getObjectPrincipal(this).isSystemPrincipal);
  Assert.ok(Cu.getObjectPrincipal({}).isSystemPrincipal);

  // System subsumes every kind.
  Assert.ok(sys.subsumes(ssm.createContentPrincipalFromOrigin("https://a.example")));
  Assert.ok(sys.subsumes(ssm.createNullPrincipal({})));
  Assert.ok(sys.subsumes(Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example"]))));

  // Nothing else subsumes system.
  Assert.ok(!ssm.createContentPrincipalFromOrigin("https://a.example").subsumes(sys));
  Assert.ok(!ssm.createNullPrincipal({}).subsumes(sys));
  Assert.ok(!Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example"])).subsumes(sys));
  Assert.ok(!sys.equals(ssm.createNullPrincipal({})), "different kinds are never equal");

  // Principal objects are read-only.
  sys.origin = "changed";
  Assert.equal(sys.origin, "[System Principal]");
  Assert.throws(function () { "use strict"; sys.origin = "changed"; }, TypeError, "strict write to a read-only property");
}
