// Enumerating an opaque wrapper (for-in, for-of over keys) throws "Permission denied to access object".
function run_test() {
  var a = Cu.Sandbox("https://a.example");
  var b = Cu.Sandbox("https://b.example");
  a.foreign = Cu.evalInSandbox("({ x: 1 })", b);
  a.chromeArr = [1, 2];
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'allowed' } catch (e) { e.name + ': ' + e.message }", a);
  }
  Assert.equal(attempt("for (var k in foreign) {}"), "Error: Permission denied to access object", "for-in, cross-origin");
  Assert.equal(attempt("for (var k in chromeArr) {}"), "Error: Permission denied to access object", "for-in, system");
  Assert.equal(attempt("Object.keys(foreign)"), "Error: Permission denied to access object", "Object.keys");
  Assert.equal(attempt("Reflect.ownKeys(chromeArr)"), "Error: Permission denied to access object", "Reflect.ownKeys");
}
