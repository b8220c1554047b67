// Cu.getObjectPrincipal gives the principal of the object's compartment, seen through wrappers.
function run_test() {
  var content = Cu.Sandbox("https://a.example");
  var expanded = Cu.Sandbox(["https://a.example", "https://b.example"]);
  var nul = Cu.Sandbox(null);

  Assert.equal(Cu.getObjectPrincipal(content).origin, "https://a.example", "a sandbox global");
  Assert.equal(Cu.getObjectPrincipal(Cu.evalInSandbox("({})", content)).origin, "https://a.example", "an Xray");
  Assert.equal(Cu.getObjectPrincipal(Cu.evalInSandbox("(function () {})", content)).origin, "https://a.example", "a function");
  Assert.equal(Cu.getObjectPrincipal(Cu.waiveXrays(Cu.evalInSandbox("({})", content))).origin, "https://a.example",
               "a waiver");
  Assert.ok(Cu.getObjectPrincipal(Cu.evalInSandbox("({})", expanded)).isExpandedPrincipal);
  Assert.ok(Cu.getObjectPrincipal(Cu.evalInSandbox("[]", nul)).isNullPrincipal);
  Assert.ok(Cu.getObjectPrincipal(this).isSystemPrincipal, "the test global");
  Assert.ok(Cu.getObjectPrincipal(Cu.getObjectPrincipal).isSystemPrincipal, "a system function");

  // The principal object is made for the caller.
  var p = Cu.getObjectPrincipal(content);
  Assert.ok(!Cu.isXrayWrapper(p));
  Assert.ok(p.equals(Cu.getObjectPrincipal(Cu.Sandbox("https://a.example"))));

  // Denied neighbour: a primitive has no principal.
  Assert.throws(() => Cu.getObjectPrincipal(5), Error);
  Assert.throws(() => Cu.getObjectPrincipal("str"), Error);
  Assert.throws(() => Cu.getObjectPrincipal(), Error);
}
