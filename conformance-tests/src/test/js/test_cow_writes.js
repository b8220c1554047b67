// Chrome Object Wrapper: writes, defines and deletes throw "Permission denied to access property".
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var chromeObj = { existing: 1 };
  sb.chromeObj = chromeObj;
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'allowed' } catch (e) { e.name + ': ' + e.message }", sb);
  }
  Assert.equal(attempt("chromeObj.added = 1"), 'Error: Permission denied to access property "added"');
  Assert.equal(attempt("chromeObj.existing = 2"), 'Error: Permission denied to access property "existing"');
  Assert.equal(attempt("Object.defineProperty(chromeObj, 'def', { value: 1 })"),
               'Error: Permission denied to access property "def"');
  Assert.equal(attempt("delete chromeObj.existing"), 'Error: Permission denied to access property "existing"');
  Assert.equal(attempt("chromeObj[0] = 1"), 'Error: Permission denied to access property "0"');
  Assert.deepEqual(Object.keys(chromeObj), ["existing"], "nothing changed");
  Assert.equal(chromeObj.existing, 1);

  // The allowed neighbour: reading is silent, not an error.
  Assert.equal(attempt("chromeObj.existing"), "allowed");
}
