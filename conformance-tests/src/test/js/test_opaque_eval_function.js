// Another global's builtin eval or Function constructor, seen by a non-subsuming compartment, is
// opaque: always, even where a function would otherwise be callable.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.chromeEval = eval;
  sb.chromeFunction = Function;
  sb.chromeOther = function () { return "ok"; };
  function attempt(code) {
    return Cu.evalInSandbox("try { var r = " + code + "; 'allowed: ' + r } catch (e) { e.name + ': ' + e.message }", sb);
  }
  Assert.equal(attempt("chromeOther()"), "allowed: ok", "an ordinary system function is callable");
  Assert.equal(attempt("chromeEval('1 + 1')"), "Error: Permission denied to access object", "system eval");
  Assert.equal(attempt("chromeFunction('return 1')()"), "Error: Permission denied to access object", "system Function");
  Assert.equal(attempt("new chromeFunction('return 1')"), "Error: Permission denied to access object");
  Assert.equal(attempt("chromeEval.length"), 'Error: Permission denied to access property "length"');

  // Another content origin's eval is opaque as well.
  var other = Cu.Sandbox("https://other.example");
  sb.otherEval = other.eval;
  Assert.equal(attempt("otherEval('1')"), "Error: Permission denied to access object");

  // An expanded principal may not use the system's eval either.
  var ep = Cu.Sandbox(["https://example.com"]);
  ep.chromeEval = eval;
  Assert.equal(Cu.evalInSandbox("try { chromeEval('1') } catch (e) { e.message }", ep), "Permission denied to access object");

  // The allowed neighbour: a subsuming viewer may use the target's eval and Function.
  Assert.equal(sb.eval("6 * 7"), 42, "system uses the sandbox's eval");
  Assert.equal(new sb.Function("return 'made'")(), "made");
  ep.memberEval = Cu.evalInSandbox("eval", sb);
  Assert.equal(Cu.evalInSandbox("memberEval('2 + 2')", ep), 4, "an expanded principal uses its member's eval");
}
