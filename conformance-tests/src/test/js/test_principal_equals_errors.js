// equals/subsumes take a principal; anything else is an error.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  var p = ssm.createContentPrincipalFromOrigin("https://a.example");
  Assert.throws(() => p.subsumes(null), Error, "subsumes(null)");
  Assert.throws(() => p.equals(null), Error, "equals(null)");
  Assert.throws(() => p.subsumes("https://a.example"), Error, "a string is not a principal");
  Assert.throws(() => p.equals({ origin: "https://a.example" }), Error, "a look-alike is not a principal");
  Assert.throws(() => p.subsumes(), Error, "no argument");

  // Content principals compare by origin and suffix.
  Assert.ok(p.equals(ssm.createContentPrincipalFromOrigin("https://a.example")));
  Assert.ok(!p.equals(ssm.createContentPrincipalFromOrigin("https://a.example^privateBrowsingId=1")));
  // Kinds never equal.
  Assert.ok(!p.equals(ssm.getSystemPrincipal()));
  Assert.ok(!p.equals(Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example"]))), "content vs expanded of itself");
  // Principal objects from different globals compare by value.
  var sys = Cu.Sandbox(ssm.getSystemPrincipal(), { freshCompartment: true });
  var other = Cu.evalInSandbox("Services.scriptSecurityManager.createContentPrincipalFromOrigin('https://a.example')", sys);
  Assert.ok(p.equals(other));
}
