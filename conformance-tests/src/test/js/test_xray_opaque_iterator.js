// Iterators, generators and boxed primitives of a less privileged compartment are opaque Xrays.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var cases = {
    "array iterator": "[1, 2][Symbol.iterator]()",
    "map iterator": "new Map([[1, 2]]).entries()",
    "generator": "(function* () { yield 1; })()",
    "boxed number": "new Number(5)",
    "boxed string": "new String('str')",
    "boxed boolean": "new Boolean(true)",
  };
  Object.keys(cases).forEach(function (name) {
    var x = Cu.evalInSandbox("var x = " + cases[name] + "; x.own = 'o'; x", sb);
    Assert.ok(Cu.isOpaqueWrapper(x), name + " is opaque");
    Assert.strictEqual(x.own, undefined, name + ": own properties hidden");
    Assert.strictEqual(x.next, undefined, name + ": methods hidden");
    Assert.strictEqual(Object.getPrototypeOf(x), sb.Object.prototype, name + ": the prototype is the target's Object.prototype");
    Assert.deepEqual(Object.getOwnPropertyNames(x), [], name + ": no names");
    x.mine = 1;
    Assert.equal(x.mine, 1, name + ": expandos work");
    Assert.equal(Cu.evalInSandbox("typeof x.mine", sb), "undefined", name + ": the target does not see expandos");
    Assert.equal(x.wrappedJSObject.own, "o", name + ": the waiver sees the real object");
  });
  // The waiver can drive the generator.
  var gen = Cu.evalInSandbox("(function* () { yield 7; })()", sb);
  Assert.equal(gen.wrappedJSObject.next().value, 7);
  // Plain objects, for contrast, are not opaque.
  Assert.ok(!Cu.isOpaqueWrapper(Cu.evalInSandbox("({})", sb)));
}
