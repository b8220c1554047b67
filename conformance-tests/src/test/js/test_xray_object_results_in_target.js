// Results of native methods called through Xrays to Date/Map/ArrayBuffer/Promise are created in the
// target's global (and so come back as Xrays).
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var buf = Cu.evalInSandbox("new ArrayBuffer(12)", sb);
  var sliced = buf.slice(4);
  Assert.equal(sliced.byteLength, 8);
  Assert.strictEqual(Cu.getGlobalForObject(sliced), sb, "the slice lives in the target's global");
  Assert.ok(Cu.isXrayWrapper(sliced));
  Assert.strictEqual(Object.getPrototypeOf(sliced), sb.ArrayBuffer.prototype);

  var p = Cu.evalInSandbox("new Promise(function () {})", sb);
  var derived = p.then(function () {});
  Assert.strictEqual(Cu.getGlobalForObject(derived), sb, "then's promise lives in the target's global");
  Assert.ok(Cu.isXrayWrapper(derived));
}
