// Xray to an Error shows the native stack, never a value content wrote over it.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var e = Cu.evalInSandbox("var e = new Error('m'); e", sb);
  var stack = e.stack;
  Assert.equal(typeof stack, "string");
  Cu.evalInSandbox("e.stack = 'not a stack'", sb);
  Assert.equal(e.wrappedJSObject.stack, "not a stack", "the waiver sees content's value");
  Assert.equal(e.stack, stack, "the Xray never sees an overwritten stack");
  Cu.evalInSandbox("Object.defineProperty(e, 'stack', { get: function () { return 'getter'; } })", sb);
  Assert.equal(e.stack, stack, "nor an accessor");
}
