// Everything outside the allowlist on a cross-origin Window throws a SecurityError naming the operation.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a });
  Host.evalInWindow("var secret = 's'; window.foo = 1;", b);
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; try { var r = " + code +
                             "; return 'allowed: ' + String(r); } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  function denied(verb, name) {
    return "SecurityError: Permission denied to " + verb + " property \"" + name + "\" on cross-origin object";
  }
  Assert.equal(inA("B.secret"), denied("access", "secret"), "a script variable");
  Assert.equal(inA("B.foo"), denied("access", "foo"));
  Assert.equal(inA("B.name"), denied("access", "name"));
  Assert.equal(inA("B.addEventListener"), denied("access", "addEventListener"));
  Assert.equal(inA("B.toString"), denied("access", "toString"));
  Assert.equal(inA("B.foo = 2"), denied("set", "foo"));
  Assert.equal(inA("B.window = 2"), denied("set", "window"), "a getter-only allowlisted property");
  Assert.equal(inA("B.postMessage = 2"), denied("set", "postMessage"));
  Assert.equal(inA("delete B.self"), denied("delete", "self"));
  Assert.equal(inA("delete B.foo"), denied("delete", "foo"));
  Assert.equal(inA("Object.defineProperty(B, 'x', { value: 1 })"), denied("define", "x"));
  Assert.equal(inA("Object.defineProperty(B, 'location', { value: 1 })"), denied("define", "location"));
  Assert.equal(Host.evalInWindow("foo", b), 1, "nothing changed in the target");

  // The allowed neighbour: location is the only setter.
  Assert.ok(/^allowed/.test(inA("B.location = 'https://b.example/next'")), inA("B.location = 'https://b.example/next'"));
}
