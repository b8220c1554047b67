// Xray to an Error: message and fileName only if strings, lineNumber/columnNumber only if int32, native stack.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var e = Cu.evalInSandbox("var e = new RangeError('some message'); e", sb);
  Assert.ok(Cu.isXrayWrapper(e));
  Assert.equal(e.message, "some message");
  Assert.equal(e.name, "RangeError", "name comes from the standard prototype");
  Assert.equal(Object.getPrototypeOf(e).name, "RangeError");
  Assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(e)), sb.Error.prototype);
  Assert.equal(typeof e.stack, "string");
  Assert.equal(String(e), "RangeError: some message", "the native toString");

  Cu.evalInSandbox("e.message = 'another message'; e.fileName = 'other.js'; e.lineNumber = 50; e.columnNumber = 7", sb);
  Assert.equal(e.message, "another message");
  Assert.equal(e.fileName, "other.js");
  Assert.strictEqual(e.lineNumber, 50);
  Assert.strictEqual(e.columnNumber, 7);

  Cu.evalInSandbox("e.message = 42; e.fileName = {}; e.lineNumber = 'foo'; e.columnNumber = 99.5", sb);
  ["message", "fileName", "lineNumber", "columnNumber"].forEach(function (name) {
    Assert.strictEqual(Object.getOwnPropertyDescriptor(e, name), undefined, name + " of the wrong type is skipped");
    Assert.strictEqual(e[name], Object.getPrototypeOf(e)[name], name + " falls back to the standard prototype");
  });
  Assert.strictEqual(e.message, "", "the prototype's empty message shows");

  Cu.evalInSandbox("Object.defineProperty(e, 'message', { get: function () { return 'from getter'; } })", sb);
  Assert.strictEqual(Object.getOwnPropertyDescriptor(e, "message"), undefined, "an accessor message is skipped");
  Assert.strictEqual(e.message, "");


  Cu.evalInSandbox("e.extra = 'x'; e.fn = function () {}", sb);
  Assert.strictEqual(e.extra, undefined, "other own properties are hidden");
  Assert.strictEqual(e.fn, undefined);

  // The waiver sees the real values.
  Assert.equal(e.wrappedJSObject.message, "from getter");
  Assert.equal(e.wrappedJSObject.extra, "x");

  // The whole family.
  ["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"].forEach(function (c) {
    var x = Cu.evalInSandbox("new " + c + "('m')", sb);
    Assert.equal(x.name, c);
    Assert.equal(x.message, "m");
  });
}
