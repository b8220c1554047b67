// evalInSandbox returns the completion value wrapped for the caller.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.strictEqual(Cu.evalInSandbox("1 + 2", sb), 3, "numbers are primitives");
  Assert.strictEqual(Cu.evalInSandbox("'a' + 'b'", sb), "ab");
  Assert.strictEqual(Cu.evalInSandbox("null", sb), null);
  Assert.strictEqual(Cu.evalInSandbox("undefined", sb), undefined);
  Assert.strictEqual(Cu.evalInSandbox("var x = 1;", sb), undefined, "a declaration completes with undefined");
  Assert.strictEqual(Cu.evalInSandbox("true", sb), true);

  var obj = Cu.evalInSandbox("({ v: 1, f: function () {} })", sb);
  Assert.ok(Cu.isXrayWrapper(obj), "objects come back as Xrays to the system caller");
  Assert.equal(obj.v, 1);
  Assert.strictEqual(obj.f, undefined, "the Xray hides the function");
  Assert.ok(Cu.getObjectPrincipal(obj).isContentPrincipal);

  var fn = Cu.evalInSandbox("(function (a, b) { return a * b; })", sb);
  Assert.equal(typeof fn, "function");
  Assert.ok(Cu.isXrayWrapper(fn));
  Assert.equal(fn(6, 7), 42, "functions can be called through the Xray");

  var arr = Cu.evalInSandbox("[1, 2, 3]", sb);
  Assert.ok(Array.isArray(arr));
  Assert.equal(arr.length, 3);

  // State persists between evaluations.
  Cu.evalInSandbox("var counter = 10;", sb);
  Assert.equal(Cu.evalInSandbox("++counter", sb), 11);
  Assert.equal(sb.counter, 11);

  // A system sandbox in the shared compartment returns raw objects.
  var sys = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal());
  var raw = Cu.evalInSandbox("({ f: function () { return 'f'; } })", sys);
  Assert.ok(!Cu.isXrayWrapper(raw));
  Assert.equal(raw.f(), "f");

  // Denied neighbour: evalInSandbox needs a sandbox.
  Assert.throws(() => Cu.evalInSandbox("1", {}), Error, "a plain object is not a sandbox");
  Assert.throws(() => Cu.evalInSandbox("1", obj), Error, "an object of a sandbox is not a sandbox");
}
