// A less privileged, non-system compartment sees a more privileged one's objects as opaque.
function run_test() {
  var ep = Cu.Sandbox(["https://a.example", "https://b.example"]);
  var member = Cu.Sandbox("https://a.example");
  member.epObj = Cu.evalInSandbox("({ x: 1 })", ep);
  member.epFn = Cu.evalInSandbox("(function () { return 1; })", ep);
  member.epArr = Cu.evalInSandbox("[1]", ep);
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'allowed' } catch (e) { e.message }", member);
  }
  Assert.equal(attempt("epObj.x"), 'Permission denied to access property "x"', "a plain object is not a COW here");
  Assert.equal(attempt("epFn()"), "Permission denied to access object", "a function is not callable here");
  Assert.equal(attempt("epArr[0]"), 'Permission denied to access property "0"');
  Assert.equal(attempt("Object.keys(epObj)"), "Permission denied to access object");

  // A null principal is less privileged than everything too.
  var nul = Cu.Sandbox(null);
  nul.epObj = member.epObj;
  Assert.equal(Cu.evalInSandbox("try { epObj.x } catch (e) { e.message }", nul), 'Permission denied to access property "x"');
}
