// Cross-origin Window: Object.keys gives only the frame indices; functions handed out belong to the
// caller's realm and are cached per caller.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a });
  Host.createWindow("https://c.example/", { parent: b, name: "grandchild" });
  Host.createWindow("https://c.example/2", { parent: b });
  Host.evalInWindow("window.foo = 1", b);
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; try { return " + code +
                             "; } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  Assert.equal(inA("Object.keys(B).join()"), "0,1");
  Assert.strictEqual(inA("B.length"), 2);
  Assert.strictEqual(inA("B.postMessage === B.postMessage"), true, "cached");
  Assert.strictEqual(inA("B.close === B.close && B.focus === B.focus"), true);
  Assert.strictEqual(inA("Object.getPrototypeOf(B.postMessage) === Function.prototype"), true, "the caller's realm");
  Assert.strictEqual(inA("B.location.replace === B.location.replace"), true);
  Assert.strictEqual(inA("Object.getPrototypeOf(B.location.replace) === Function.prototype"), true);
  Assert.strictEqual(inA("typeof Object.getOwnPropertyDescriptor(B, 'postMessage').value"), "function");
  Assert.strictEqual(inA("'value' in Object.getOwnPropertyDescriptor(B, 'then') && Object.getOwnPropertyDescriptor(B, 'then').value === undefined"), true);
  Assert.equal(inA("Object.getOwnPropertyDescriptor(B, 'foo')"),
               'SecurityError: Permission denied to access property "foo" on cross-origin object');
  // The same function through a different window object of the caller.
  Assert.strictEqual(inA("B[0].postMessage === B[0].postMessage"), true);
  Assert.strictEqual(inA("B[0].postMessage !== B.postMessage"), true, "one per wrapped window");
}
