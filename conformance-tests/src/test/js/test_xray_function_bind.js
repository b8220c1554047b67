// bind found through a function Xray is the viewer's native bind: the bound function lives in the
// viewer's scope (as in Gecko's test_xrayToJS), not in the target's.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var echoThis = Cu.evalInSandbox("(function () { return this; })", sb);
  Cu.evalInSandbox("Function.prototype.bind = function () { return 'evil'; }", sb);
  var target = { mine: 1 };
  var bound = echoThis.bind(target);
  Assert.equal(typeof bound, "function", "the native bind, not content's replacement");
  Assert.ok(!Cu.isXrayWrapper(bound), "a local function, not an Xray");
  Assert.ok(Cu.getObjectPrincipal(bound).isSystemPrincipal, "it lives in the viewer's scope");
  Assert.strictEqual(bound(), target, "this is bound to the caller's object and comes home unwrapped");
}
