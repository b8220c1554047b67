// Xray to a typed array: indexed reads and writes throw (use cloneInto); keys are the indices.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
   "Float32Array", "Float64Array"].forEach(function (c) {
    var t = Cu.evalInSandbox("var t = new " + c + "(4); t[2] = 3; t.expando = 'hi'; t", sb);
    Assert.ok(Cu.isXrayWrapper(t), c);
    Assert.throws(() => t[2], /cloneInto/, c + ": indexed read");
    Assert.throws(() => { t[2] = 5; }, /cloneInto/, c + ": indexed write");
    Assert.equal(Cu.evalInSandbox("t[2]", sb), 3, c + ": the write did not happen");
    Assert.deepEqual(Object.getOwnPropertyNames(t), ["0", "1", "2", "3"], c + ": only the indices");
    Assert.strictEqual(t.expando, undefined, c + ": content expandos hidden");
    Assert.equal(t.wrappedJSObject[2], 3, c + ": the waiver reads elements");
  }, this);
}
