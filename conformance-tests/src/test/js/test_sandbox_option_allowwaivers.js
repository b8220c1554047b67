// allowWaivers: false removes the viewer's ability to waive Xrays.
function check(from, allowed) {
  var target = Cu.Sandbox("https://example.com");
  from.test = Cu.evalInSandbox("var o = { prop: 2, f: function () { return 42; } }; o", target);
  Assert.equal(Cu.evalInSandbox("test.prop", from), 2);
  Assert.equal(Cu.evalInSandbox("typeof test.f", from), "undefined", "Xray hides f");
  Assert.equal(Cu.evalInSandbox("!!test.wrappedJSObject", from), allowed, "wrappedJSObject available: " + allowed);

  // A waiver made by a same-origin friend arrives as a waiver only where waivers are allowed.
  var friend = Cu.Sandbox(Cu.getObjectPrincipal(from));
  friend.test = from.test;
  Cu.evalInSandbox("var waived = test.wrappedJSObject;", friend);
  Assert.equal(Cu.evalInSandbox("waived.f()", friend), 42);
  friend.from = from;
  Cu.evalInSandbox("from.waived = waived", friend);
  Assert.equal(Cu.evalInSandbox("!!waived.f", from), allowed, "the waiver survives only if allowed");
}

function run_test() {
  check(Cu.Sandbox("https://example.com"), true);
  check(Cu.Sandbox("https://example.com", { allowWaivers: false }), false);
  check(Cu.Sandbox(["https://example.com"]), true);
  check(Cu.Sandbox(["https://example.com"], { allowWaivers: false }), false);
}
