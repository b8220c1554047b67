// An expanded principal sees its members' objects through waivable Xrays; members see the expanded
// principal's objects as opaque.
function run_test() {
  var member = Cu.Sandbox("https://a.example");
  var ep = Cu.Sandbox(["https://a.example", "https://b.example"]);
  ep.memberObj = Cu.evalInSandbox("({ data: 1, fn: function () { return 'called'; }, get acc() { return 2; } })", member);
  Assert.equal(Cu.evalInSandbox("memberObj.data", ep), 1);
  Assert.equal(Cu.evalInSandbox("typeof memberObj.fn", ep), "undefined", "the Xray hides the function");
  Assert.equal(Cu.evalInSandbox("typeof memberObj.acc", ep), "undefined", "and the accessor");
  Assert.equal(Cu.evalInSandbox("memberObj.wrappedJSObject.fn()", ep), "called", "the waiver shows it");
  Assert.equal(Cu.evalInSandbox("memberObj.wrappedJSObject.acc", ep), 2);
  Cu.evalInSandbox("memberObj.written = 'by ep'", ep);
  Assert.equal(Cu.evalInSandbox("this.memberObjRef = memberObj; memberObjRef.written", ep), "by ep");

  // The member sees the expanded principal's objects as opaque.
  member.epObj = Cu.evalInSandbox("({ secret: 1 })", ep);
  Assert.equal(Cu.evalInSandbox("try { epObj.secret; 'read' } catch (e) { e.message }", member),
               'Permission denied to access property "secret"');
  // A non-member content sandbox sees both as opaque.
  var stranger = Cu.Sandbox("https://c.example");
  stranger.epObj = Cu.evalInSandbox("({ secret: 1 })", ep);
  Assert.equal(Cu.evalInSandbox("try { epObj.secret; 'read' } catch (e) { e.message }", stranger),
               'Permission denied to access property "secret"');
}
