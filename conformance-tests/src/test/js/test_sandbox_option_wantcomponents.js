// wantComponents (default true) is effective only for system-principal sandboxes.
function run_test() {
  var system = Services.scriptSecurityManager.getSystemPrincipal();

  Assert.strictEqual(Cu, Components.utils, "Cu is Components.utils");
  var sys = Cu.Sandbox(system);
  Assert.strictEqual(Cu.evalInSandbox("Cu === Components.utils", sys), true);
  Assert.equal(Cu.evalInSandbox("typeof Components", sys), "object");
  Assert.equal(Cu.evalInSandbox("typeof Components.utils.Sandbox", sys), "function");
  Assert.equal(Cu.evalInSandbox("typeof Components.utils.evalInSandbox", sys), "function");
  // Components in a system sandbox is usable: it can make a sandbox of its own.
  Assert.equal(Cu.evalInSandbox(
    "var inner = Components.utils.Sandbox('https://inner.example');" +
    "Components.utils.evalInSandbox('6 * 7', inner)", sys), 42);

  var sysNone = Cu.Sandbox(system, { wantComponents: false });
  Assert.equal(Cu.evalInSandbox("typeof Components", sysNone), "undefined", "system sandbox that declined Components");

  // Never for less privileged sandboxes, even if asked.
  [Cu.Sandbox("https://a.example", { wantComponents: true }),
   Cu.Sandbox(["https://a.example"], { wantComponents: true }),
   Cu.Sandbox(null, { wantComponents: true }),
   Cu.Sandbox("https://a.example")].forEach(function (sb, i) {
    Assert.equal(Cu.evalInSandbox("typeof Components", sb), "undefined", "sandbox " + i);
    Assert.equal(Cu.evalInSandbox("typeof Services", sb), "undefined", "sandbox " + i);
  });

  Assert.throws(() => Cu.Sandbox(system, { wantComponents: "yes" }),
                /^Error: Expected a boolean value for property wantComponents$/);
}
