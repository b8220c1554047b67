// Cu.Sandbox(otherSandbox): a new sandbox with the other sandbox's principal.
function run_test() {
  var first = Cu.Sandbox("https://example.net");
  var second = Cu.Sandbox(first);
  Assert.ok(Cu.getObjectPrincipal(second).equals(Cu.getObjectPrincipal(first)));
  Assert.equal(Cu.getObjectPrincipal(second).origin, "https://example.net");
  Assert.ok(second !== first, "a new global, not the same one");
  first.x = 1;
  Assert.equal(Cu.evalInSandbox("typeof x", second), "undefined", "globals are distinct");

  // A null-principal sandbox passed along keeps the very same null principal.
  var nul = Cu.Sandbox(null);
  var nul2 = Cu.Sandbox(nul);
  Assert.ok(Cu.getObjectPrincipal(nul2).equals(Cu.getObjectPrincipal(nul)));

  // An object of the sandbox also carries the principal (it is not a sandbox, but Gecko's
  // Sandbox() accepts only principals, sandboxes and windows).
  Assert.throws(() => Cu.Sandbox(Cu.evalInSandbox("({})", first)), Error, "a plain object is not a principal source");
}
