// A syntax error in the evaluated source reaches the caller as a SyntaxError, as eval's would.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.throws(() => eval("var = ;"), /^SyntaxError: /, "the local eval, for comparison");
  Assert.throws(() => Cu.evalInSandbox("var = ;", sb), /^SyntaxError: /, "content sandbox");
  Assert.throws(() => Cu.evalInSandbox("function (", Cu.Sandbox(null)), /^SyntaxError: /, "null sandbox");
  Assert.throws(() => Cu.evalInSandbox("}", Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal())),
                /^SyntaxError: /, "system sandbox");
  // The sandbox is still usable.
  Assert.equal(Cu.evalInSandbox("1", sb), 1);
}
