// A compartment created with allowWaivers: false cannot waive; others still can waive its objects.
function run_test() {
  var strict = Cu.Sandbox("https://example.com", { allowWaivers: false });
  var target = Cu.Sandbox("https://example.com");
  strict.obj = Cu.evalInSandbox("({ f: function () { return 1; }, v: 2 })", target);
  Assert.equal(Cu.evalInSandbox("obj.v", strict), 2, "it still has an Xray");
  Assert.equal(Cu.evalInSandbox("typeof obj.wrappedJSObject", strict), "undefined", "no wrappedJSObject");
  Assert.equal(Cu.evalInSandbox("typeof obj.f", strict), "undefined");

  // The system principal (which allows waivers) can waive the strict sandbox's objects.
  var fromStrict = Cu.evalInSandbox("({ g: function () { return 'g'; } })", strict);
  Assert.equal(fromStrict.wrappedJSObject.g(), "g");
  Assert.equal(Cu.waiveXrays(fromStrict).g(), "g");

  // An expanded principal with allowWaivers: false cannot waive its member's objects.
  var ep = Cu.Sandbox(["https://example.com"], { allowWaivers: false });
  ep.obj = Cu.evalInSandbox("({ f: function () { return 1; } })", target);
  Assert.equal(Cu.evalInSandbox("typeof obj.wrappedJSObject", ep), "undefined");
  var ep2 = Cu.Sandbox(["https://example.com"]);
  ep2.obj = Cu.evalInSandbox("({ f: function () { return 1; } })", target);
  Assert.equal(Cu.evalInSandbox("obj.wrappedJSObject.f()", ep2), 1, "the allowed neighbour");
}
