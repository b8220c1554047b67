// A waiver only crosses between same-origin compartments; anywhere else it arrives as the receiver's
// normal wrapper.
function run_test() {
  var target = Cu.Sandbox("https://example.com");
  var f1 = Cu.Sandbox("https://example.com");
  var f2 = Cu.Sandbox("https://example.com");
  var elsewhere = Cu.Sandbox("https://elsewhere.example");
  f1.test = Cu.evalInSandbox("var o = { f: function () { return 42; } }; o", target);
  Cu.evalInSandbox("var waived = test.wrappedJSObject;", f1);
  Assert.equal(Cu.evalInSandbox("waived.f()", f1), 42);

  // Same origin to same origin: still a waiver.
  f1.f2 = f2;
  Cu.evalInSandbox("f2.waived = waived", f1);
  Assert.equal(Cu.evalInSandbox("typeof waived.f", f2), "function", "a waiver crossing between same-origin sandboxes");

  // Content to system: the system caller gets its normal wrapper, an Xray.
  var seenBySystem = f2.waived;
  Assert.ok(Cu.isXrayWrapper(seenBySystem), "a waiver arriving in the system compartment is an Xray");
  Assert.strictEqual(seenBySystem.f, undefined);

  // To another origin: opaque, as anything of that target would be.
  elsewhere.passed = seenBySystem;
  Assert.equal(Cu.evalInSandbox("try { passed.f; 'read' } catch (e) { e.message }", elsewhere),
               'Permission denied to access property "f"');
}
