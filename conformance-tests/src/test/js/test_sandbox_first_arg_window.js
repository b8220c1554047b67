// Cu.Sandbox(window): a sandbox with the window's principal.
function run_test() {
  var w = Host.createWindow("https://win.example/page?x=1");
  var sb = Cu.Sandbox(w);
  Assert.equal(Cu.getObjectPrincipal(sb).origin, "https://win.example");
  Assert.ok(Cu.getObjectPrincipal(sb).equals(Cu.getObjectPrincipal(w)));
  // Same origin: the sandbox (wanting Xrays) sees the window's objects through Xrays.
  sb.fromWin = Host.evalInWindow("({ v: 1, f: function () {} })", w);
  Assert.equal(Cu.evalInSandbox("fromWin.v + ':' + typeof fromWin.f", sb), "1:undefined");
}
