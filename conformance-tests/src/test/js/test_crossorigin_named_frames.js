// Indexed and named child frames of a cross-origin Window are reachable (named ones: get only); a
// grandchild of the caller's own origin is fully accessible.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a });
  var c = Host.createWindow("https://a.example/inner", { parent: b, name: "inner" });
  Host.evalInWindow("var innerVar = 'i'", c);
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; try { var r = " + code +
                             "; return r; } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  Assert.strictEqual(inA("B.inner === B[0]"), true, "named child frame");
  Assert.equal(inA("B[0].innerVar"), "i", "the same-origin grandchild is transparent");
  Assert.equal(inA("B.inner.location.href"), "https://a.example/inner");
  Assert.equal(inA("B.inner = 1"), 'SecurityError: Permission denied to set property "inner" on cross-origin object',
               "named frames are get-only");
  Assert.equal(inA("B[0] = 1"), 'SecurityError: Permission denied to set property "0" on cross-origin object');
  Assert.equal(inA("B[5]"), 'SecurityError: Permission denied to access property "5" on cross-origin object',
               "an index past the end is not a frame: denied (HTML WindowProxy [[GetOwnProperty]])");
  Assert.strictEqual(inA("B[0].parent === B"), true);
  Assert.strictEqual(inA("B[0].top === window"), true);
}
