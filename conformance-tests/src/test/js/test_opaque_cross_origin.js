// Objects of an origin the viewer does not subsume (and that are not windows) are opaque.
function run_test() {
  var a = Cu.Sandbox("https://a.example");
  var b = Cu.Sandbox("https://b.example");
  a.foreign = Cu.evalInSandbox("({ x: 1, fn: function () {} })", b);
  a.foreignFn = Cu.evalInSandbox("(function () { return 1; })", b);
  function attempt(code) {
    return Cu.evalInSandbox("try { var r = " + code + "; 'allowed: ' + r } catch (e) { e.name + ': ' + e.message }", a);
  }
  Assert.equal(attempt("foreign.x"), 'Error: Permission denied to access property "x"');
  Assert.equal(attempt("foreign.y = 1"), 'Error: Permission denied to access property "y"');
  Assert.equal(attempt("delete foreign.x"), 'Error: Permission denied to access property "x"');
  Assert.equal(attempt("Object.defineProperty(foreign, 'z', { value: 1 })"), 'Error: Permission denied to access property "z"');
  Assert.equal(attempt("Object.getOwnPropertyDescriptor(foreign, 'x')"), 'Error: Permission denied to access property "x"');
  Assert.equal(attempt("'x' in foreign"), 'Error: Permission denied to access property "x"');
  Assert.equal(attempt("Object.keys(foreign)"), "Error: Permission denied to access object");
  Assert.equal(attempt("foreignFn()"), "Error: Permission denied to access object", "calls are denied");
  Assert.equal(attempt("new foreignFn()"), "Error: Permission denied to access object");
  Assert.equal(attempt("typeof foreign"), "allowed: object", "typeof is not an access");
  Assert.equal(attempt("foreign === foreign"), "allowed: true");

  // The system principal sees b's object (Xray); b itself sees it raw.
  Assert.equal(b.Object.keys(Cu.evalInSandbox("({ x: 1 })", b)).length, 1);
}
