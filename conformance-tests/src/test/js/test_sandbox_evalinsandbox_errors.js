// Exceptions thrown in a sandbox reach the caller wrapped, like any other value.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");

  var caught = null;
  try {
    Cu.evalInSandbox("throw new TypeError('bad thing')", sb);
  } catch (e) {
    caught = e;
  }
  Assert.ok(caught !== null, "the exception crosses");
  Assert.ok(Cu.isXrayWrapper(caught), "a thrown object is an Xray for the system caller");
  Assert.equal(caught.message, "bad thing");
  Assert.equal(caught.name, "TypeError");
  Assert.ok(Cu.getObjectPrincipal(caught).isContentPrincipal, "the error belongs to the sandbox");

  // Primitives cross as themselves.
  try {
    Cu.evalInSandbox("throw 'just a string'", sb);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.strictEqual(e, "just a string");
  }
  try {
    Cu.evalInSandbox("throw 17", sb);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.strictEqual(e, 17);
  }

  // A thrown plain object is filtered like any Xray.
  try {
    Cu.evalInSandbox("throw { code: 5, f: function () {} }", sb);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.code, 5);
    Assert.strictEqual(e.f, undefined);
  }

  // ReferenceErrors from inside.
  Assert.throws(() => Cu.evalInSandbox("noSuchVariable", sb), /^ReferenceError/);

  // The sandbox survives a throw.
  Assert.equal(Cu.evalInSandbox("40 + 2", sb), 42);
}
