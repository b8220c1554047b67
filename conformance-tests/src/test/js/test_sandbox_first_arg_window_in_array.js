// In the array form of Cu.Sandbox, a window stands for its principal, as in Gecko's GetExpandedPrincipal
// (which accepts principals and script-object-principals such as windows).
function run_test() {
  var w = Host.createWindow("https://win.example/");
  var ep = Cu.Sandbox([w, "https://other.example"]);
  Assert.equal(Cu.getObjectPrincipal(ep).origin, "[Expanded Principal [https://win.example, https://other.example]]");
  var sb = Cu.Sandbox("https://a.example");
  var withSandbox = Cu.Sandbox([sb]);
  Assert.equal(Cu.getObjectPrincipal(withSandbox).origin, "[Expanded Principal [https://a.example]]", "a sandbox too");
}
