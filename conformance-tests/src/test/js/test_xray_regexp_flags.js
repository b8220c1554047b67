// Xray to a RegExp: source and the flag getters are the native ones and report the real regexp.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var re = Cu.evalInSandbox("var re = /fo+/gim; re", sb);
  Assert.equal(re.source, "fo+");
  Assert.equal(re.flags, "gim");
  Assert.strictEqual(re.global, true);
  Assert.strictEqual(re.ignoreCase, true);
  Assert.strictEqual(re.multiline, true);
  Assert.strictEqual(re.sticky, false);
  Assert.deepEqual(Object.getOwnPropertyNames(re), ["lastIndex"], "still only lastIndex is own");

  // Content tampering with the prototype's accessors does not reach the Xray.
  Cu.evalInSandbox("['global', 'source', 'flags'].forEach(function (p) {" +
                   "  Object.defineProperty(RegExp.prototype, p, { get: function () { throw new Error('modified'); }, configurable: true });" +
                   "});", sb);
  Assert.strictEqual(re.global, true, "native flag getter");
  Assert.equal(re.source, "fo+", "native source getter");
  Assert.equal(re.toString(), "/fo+/gim", "native toString");
}
