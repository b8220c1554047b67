// A cross-origin Window allows the HTML allowlist: frames, location, window, frames, self, top, parent,
// opener, closed, length, postMessage, close, blur, focus; then and three symbols as undefined.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a, name: "bee" });
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; try { return " + code +
                             "; } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  Assert.strictEqual(inA("B.window === B"), true);
  Assert.strictEqual(inA("B.self === B"), true);
  Assert.strictEqual(inA("B.frames === B"), true);
  Assert.strictEqual(inA("B.top === window"), true, "top is the caller's own window");
  Assert.strictEqual(inA("B.parent === window"), true);
  Assert.strictEqual(inA("B.opener"), null);
  Assert.strictEqual(inA("B.closed"), false);
  Assert.strictEqual(inA("B.length"), 0);
  Assert.equal(inA("typeof B.location"), "object");
  ["postMessage", "close", "blur", "focus"].forEach(function (m) {
    Assert.equal(inA("typeof B." + m), "function", m);
  });
  Assert.strictEqual(inA("B.focus()"), undefined, "focus can be called");
  Assert.strictEqual(inA("B.blur()"), undefined, "blur can be called");
  Assert.strictEqual(inA("B.postMessage('x', '*')"), undefined, "postMessage can be called");
  Assert.strictEqual(inA("B.then"), undefined);
  Assert.strictEqual(inA("B[Symbol.toStringTag]"), undefined);
  Assert.strictEqual(inA("B[Symbol.hasInstance]"), undefined);
  Assert.strictEqual(inA("B[Symbol.isConcatSpreadable]"), undefined);
  Assert.strictEqual(inA("'then' in B"), true, "then is an (undefined) own property");
  Assert.strictEqual(inA("bee === B"), true, "the caller's named child frame");

  // The denied neighbour: anything else.
  Assert.equal(inA("B.document"), 'SecurityError: Permission denied to access property "document" on cross-origin object');
}
