// Xray to a RegExp: only lastIndex is own; methods and flag getters are the native ones.
// A method found through an Xray is a plain function of the (system) viewer, not a wrapper.
function isViewerFunction(f) {
  return typeof f === "function" && !Cu.isXrayWrapper(f) && Cu.getObjectPrincipal(f).isSystemPrincipal;
}

function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var re = Cu.evalInSandbox("var re = /fo+/gi; re.custom = 1; re", sb);
  Assert.ok(Cu.isXrayWrapper(re));
  Assert.deepEqual(Object.getOwnPropertyNames(re), ["lastIndex"]);
  Assert.strictEqual(re.lastIndex, 0);
  Assert.strictEqual(re.custom, undefined);
  Assert.equal(re.toString(), "/fo+/gi");

  Assert.strictEqual(re.test("xFOOx"), true);
  Assert.equal(re.lastIndex, 4, "lastIndex of the real object advances");
  Assert.equal(Cu.evalInSandbox("re.lastIndex", sb), 4);
  // A write through a RegExp Xray is an expando of the viewer, not a write to the target.
  re.lastIndex = 0;
  Assert.equal(Cu.evalInSandbox("re.lastIndex", sb), 4, "the target's lastIndex is untouched");
  Cu.evalInSandbox("re.lastIndex = 0", sb);
  var m = re.exec("a foo b");
  Assert.equal(m[0], "foo");
  Assert.equal(m.index, 2);

  // Content tampering with RegExp.prototype does not reach the Xray.
  Cu.evalInSandbox("RegExp.prototype.test = function () { return 'evil'; };", sb);
  Cu.evalInSandbox("re.lastIndex = 0", sb);
  Assert.strictEqual(re.test("foo"), true, "native test");
  Assert.equal(re.wrappedJSObject.test("foo"), "evil", "the waiver sees content's method");
  Assert.ok(isViewerFunction(re.exec), "methods belong to the viewer");
}
