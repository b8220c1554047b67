// Xray to a typed array: length, byteLength and the %TypedArray% methods are the native ones.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var t = Cu.evalInSandbox("var t = new Int16Array([1, 2, 3]); Object.defineProperty(t, 'length', { value: 42 }); t", sb);
  Assert.equal(t.wrappedJSObject.length, 42, "content shadowed length");
  Assert.equal(t.length, 3, "the native length getter");
  Assert.equal(t.byteLength, 6, "the native byteLength getter");
  Assert.equal(t.byteOffset, 0);
  Assert.equal(t.buffer.byteLength, 6);
  Assert.equal(t.BYTES_PER_ELEMENT, 2);
  Assert.equal(typeof t.subarray, "function", "inherited %TypedArray% methods resolve");
}
