// The caller must subsume the target scope and the function: "Permission denied to export function into scope".
function run_test() {
  var ep = Cu.Sandbox(["https://a.example", "https://b.example"], { wantExportHelpers: true });
  var member = Cu.Sandbox("https://a.example");
  var stranger = Cu.Sandbox("https://c.example");
  ep.member = member;
  ep.stranger = stranger;
  ep.chromeScope = {};
  ep.chromeFn = function () { return "chrome"; };
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'exported' } catch (e) { e.name + ': ' + e.message }", ep);
  }
  var denied = "Error: Permission denied to export function into scope";
  Assert.equal(attempt("exportFunction(function () { return 'ep'; }, member, { defineAs: 'fromEp' })"), "exported",
               "into a member's scope");
  Assert.equal(Cu.evalInSandbox("fromEp()", member), "ep");
  Assert.equal(attempt("exportFunction(function () {}, stranger, { defineAs: 'x' })"), denied, "into a stranger's scope");
  Assert.equal(attempt("exportFunction(function () {}, chromeScope, { defineAs: 'x' })"), denied, "into a system object");
  Assert.equal(attempt("exportFunction(chromeFn, member, { defineAs: 'x' })"), denied, "a function the caller does not subsume");
  Assert.equal(Cu.evalInSandbox("typeof x", member), "undefined");
  Assert.equal(Cu.evalInSandbox("typeof x", stranger), "undefined");
  Assert.ok(!("x" in ep.chromeScope));
}
