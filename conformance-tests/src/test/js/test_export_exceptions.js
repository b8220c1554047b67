// Exceptions the calling side may not see become a generic "Error: An exception was thrown".
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.exportFunction(function () { throw new Error("chrome secret"); }, sb, { defineAs: "throwsError" });
  Cu.exportFunction(function () { throw { privileged: true }; }, sb, { defineAs: "throwsObject" });
  Cu.exportFunction(function () { throw "a string"; }, sb, { defineAs: "throwsString" });
  Cu.exportFunction(function (x) { throw x; }, sb, { defineAs: "rethrows" });
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'no exception' } catch (e) { " +
                            "  typeof e === 'object' ? e.name + ': ' + e.message : 'primitive: ' + e }", sb);
  }
  Assert.equal(attempt("throwsError()"), "Error: An exception was thrown", "a system Error is sanitized");
  Assert.equal(attempt("throwsObject()"), "Error: An exception was thrown", "a system object is sanitized");
  Assert.equal(attempt("throwsString()"), "primitive: a string", "a primitive is visible");
  Assert.equal(attempt("rethrows(new TypeError('own'))"), "TypeError: own", "the caller's own object is visible");
  Assert.equal(Cu.evalInSandbox("var mine = { tag: 1 }; try { rethrows(mine) } catch (e) { e === mine }", sb), true,
               "and it is the very object");
  Assert.ok(!/chrome secret/.test(Cu.evalInSandbox("try { throwsError() } catch (e) { String(e.stack) + e }", sb)),
            "nothing of the original leaks");
}
