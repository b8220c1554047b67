// Methods found through an Xray are functions of the viewer's global, even when several viewer
// globals share one (system) compartment.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var d = Cu.evalInSandbox("new Date(0)", sb);
  var sys = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal());
  sys.d = d;
  var fromHere = d.getTime;
  var fromThere = Cu.evalInSandbox("d.getTime", sys);
  Assert.strictEqual(Cu.getGlobalForObject(fromHere), this, "the test global's method");
  Assert.strictEqual(Cu.getGlobalForObject(fromThere), sys, "the system sandbox's method");
  Assert.ok(Cu.evalInSandbox("d.getTime instanceof Function", sys));
  Assert.ok(d.getTime instanceof Function);
}
