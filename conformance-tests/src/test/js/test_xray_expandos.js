// Properties a viewer sets on a non-Object/Array Xray are expandos: seen by that viewer only,
// invisible to the target and to waivers.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var fn = Cu.evalInSandbox("var fn = function () { return typeof fn.tag; }; fn", sb);
  fn.tag = "mine";
  Assert.equal(fn.tag, "mine", "the viewer reads its expando");
  Assert.equal(fn(), "undefined", "the function itself does not see it");
  Assert.strictEqual(fn.wrappedJSObject.tag, undefined, "the waiver does not see it");
  Assert.ok(Object.getOwnPropertyNames(fn).indexOf("tag") >= 0, "it is an own property of the Xray");
  delete fn.tag;
  Assert.strictEqual(fn.tag, undefined, "expandos can be deleted");

  var err = Cu.evalInSandbox("var err = new Error('x'); err", sb);
  err.note = { n: 1 };
  Assert.equal(err.note.n, 1, "an expando can hold a system object");
  Assert.equal(Cu.evalInSandbox("typeof err.note", sb), "undefined");

  // The target's own value of the same name is not affected, and the viewer's wins for the viewer.
  Cu.evalInSandbox("err.shared = 'content'", sb);
  err.shared = "viewer";
  Assert.equal(Cu.evalInSandbox("err.shared", sb), "content");
  Assert.equal(err.wrappedJSObject.shared, "content");

  // Expandos on a standard prototype Xray are inherited by instances seen through Xrays.
  var proto = sb.Date.prototype;
  proto.protoExpando = 42;
  Assert.equal(Cu.evalInSandbox("new Date()", sb).protoExpando, 42, "instances see prototype expandos");
  Assert.equal(Cu.evalInSandbox("typeof Date.prototype.protoExpando", sb), "undefined");

  // Another system viewer in another compartment (same origin) shares the expandos.
  var fresh = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal(), { freshCompartment: true });
  fresh.fnFromContent = fn;
  fn.again = "shared";
  Assert.equal(Cu.evalInSandbox("fnFromContent.again", fresh), "shared", "same viewer origin, same expandos");

  // Expandos do not exist on plain Objects: there, writes go to the real object.
  var o = Cu.evalInSandbox("var o = {}; o", sb);
  o.real = 1;
  Assert.equal(Cu.evalInSandbox("o.real", sb), 1);
}
