// An expanded-principal sandbox with export helpers exports into a member sandbox, also onto an object
// it created there with createObjectIn.
function run_test() {
  var ep = Cu.Sandbox(["https://a.example", "https://b.example"], { wantExportHelpers: true });
  var member = Cu.Sandbox("https://a.example");
  ep.member = member;
  Cu.evalInSandbox("var called = 0; this.fun = function (a, obj) { called++; return a + ':' + obj.v; };" +
                   "exportFunction(fun, member, { defineAs: 'imported' });" +
                   "var made = createObjectIn(member, { defineAs: 'importedObject' });" +
                   "exportFunction(fun, made, { defineAs: 'privMethod' });", ep);
  Assert.equal(Cu.evalInSandbox("imported(42, { v: 'x' })", member), "42:x");
  Assert.equal(Cu.evalInSandbox("importedObject.privMethod(1, { v: 'y' })", member), "1:y");
  Assert.equal(Cu.evalInSandbox("called", ep), 2);
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(importedObject) === Object.prototype", member), true,
               "createObjectIn made a plain object of the member");
}
