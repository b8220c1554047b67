// A cross-origin Location allows the href setter (no getter) and replace; everything else is a SecurityError.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/start", { parent: a });
  function inA(code) {
    return Host.evalInWindow("(function () { var L = frames[0].location; try { var r = " + code +
                             "; return 'allowed: ' + String(r); } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  function denied(verb, name) {
    return "SecurityError: Permission denied to " + verb + " property \"" + name + "\" on cross-origin object";
  }
  Assert.equal(inA("L.href"), denied("get", "href"), "no href getter");
  Assert.equal(inA("L.host"), denied("access", "host"));
  Assert.equal(inA("L.pathname"), denied("access", "pathname"));
  Assert.equal(inA("L.assign"), denied("access", "assign"));
  Assert.equal(inA("L.toString"), denied("access", "toString"));
  Assert.equal(inA("L.foo = 1"), denied("set", "foo"));
  Assert.equal(inA("L.host = 'x'"), denied("set", "host"));
  Assert.equal(inA("delete L.href"), denied("delete", "href"));
  Assert.equal(inA("Object.defineProperty(L, 'q', { value: 1 })"), denied("define", "q"));
  Assert.equal(inA("typeof L.replace"), "allowed: function");
  Assert.equal(inA("L.then"), "allowed: undefined");
  Assert.equal(inA("L[Symbol.toStringTag]"), "allowed: undefined");
  Assert.ok(/^allowed/.test(inA("L.href = 'https://b.example/moved'")), "the href setter");
  Assert.ok(/^allowed/.test(inA("L.replace('https://b.example/replaced')")), "replace");
  Assert.equal(inA("Object.getPrototypeOf(L)"), "allowed: null");
  Assert.equal(inA("frames[0].location === L"), "allowed: true", "the same wrapper each time");
}
