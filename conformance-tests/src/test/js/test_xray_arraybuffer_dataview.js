// Xrays to ArrayBuffer and DataView: no own properties; native methods; results made in the target.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var buf = Cu.evalInSandbox("var buf = new ArrayBuffer(12); new Uint8Array(buf)[4] = 9; buf.custom = 1; buf", sb);
  Assert.ok(Cu.isXrayWrapper(buf));
  Assert.deepEqual(Object.getOwnPropertyNames(buf), []);
  Assert.strictEqual(buf.custom, undefined);
  Assert.equal(buf.byteLength, 12);
  var sliced = buf.slice(4);
  Assert.equal(sliced.byteLength, 8);

  var dv = Cu.evalInSandbox("var dv = new DataView(buf, 2); dv", sb);
  Assert.deepEqual(Object.getOwnPropertyNames(dv), []);
  Assert.equal(dv.byteLength, 10);
  Assert.equal(dv.byteOffset, 2);
  Assert.equal(dv.buffer.byteLength, 12);
  Assert.equal(dv.getUint8(2), 9);
  dv.setInt16(0, 513);
  Assert.equal(Cu.evalInSandbox("new DataView(buf).getInt16(2)", sb), 513, "setters write the real buffer");

  Cu.evalInSandbox("DataView.prototype.getUint8 = function () { return 'evil'; }", sb);
  Assert.equal(dv.getUint8(2), 9, "native getUint8");
}
