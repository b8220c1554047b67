// A sandbox created by code running in a sandbox inherits that sandbox's metadata when none is given.
function run_test() {
  var system = Services.scriptSecurityManager.getSystemPrincipal();
  var outer = Cu.Sandbox(system, { metadata: { foopy: { bar: 2 }, baz: "hi" } });
  var inner = Cu.evalInSandbox("Components.utils.Sandbox('https://www.blah.com')", outer);
  var md = Cu.getSandboxMetadata(inner);
  Assert.equal(md.baz, "hi");
  Assert.equal(md.foopy.bar, 2);
  var explicit = Cu.evalInSandbox("Components.utils.Sandbox('https://www.blah.com', { metadata: 'own' })", outer);
  Assert.equal(Cu.getSandboxMetadata(explicit), "own", "explicit metadata wins");
}
