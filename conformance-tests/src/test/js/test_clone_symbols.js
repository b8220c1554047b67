// Symbol-keyed properties are not copied by cloneInto.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var sym = Symbol("s");
  var source = { plain: 1 };
  source[sym] = "hidden";
  source[Symbol.for("registered")] = "hidden too";
  sb.c = Cu.cloneInto(source, sb);
  Assert.equal(Cu.evalInSandbox("Object.getOwnPropertySymbols(c).length", sb), 0);
  Assert.equal(Cu.evalInSandbox("Object.keys(c).join()", sb), "plain");
  Assert.equal(Cu.evalInSandbox("c[Symbol.for('registered')]", sb), undefined);
  // A symbol value is not cloneable at all.
  Assert.throws(() => Cu.cloneInto({ v: sym }, sb), /^DataCloneError: /);
}
