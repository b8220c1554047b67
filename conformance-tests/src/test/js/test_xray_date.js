// Xray to a Date: no own properties; methods are the native ones.
// A method found through an Xray is a plain function of the (system) viewer, not a wrapper.
function isViewerFunction(f) {
  return typeof f === "function" && !Cu.isXrayWrapper(f) && Cu.getObjectPrincipal(f).isSystemPrincipal;
}

function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var d = Cu.evalInSandbox("var d = new Date(Date.UTC(2020, 1, 3, 4, 5, 6)); d.custom = 1; d", sb);
  Assert.ok(Cu.isXrayWrapper(d));
  Assert.deepEqual(Object.getOwnPropertyNames(d), []);
  Assert.strictEqual(d.custom, undefined);
  Assert.equal(d.getUTCFullYear(), 2020);
  Assert.equal(d.getUTCMonth(), 1);
  Assert.equal(d.toISOString(), "2020-02-03T04:05:06.000Z");
  Assert.equal(d.getTime(), Date.UTC(2020, 1, 3, 4, 5, 6));

  Cu.evalInSandbox("Date.prototype.getTime = function () { return 42; }", sb);
  Assert.equal(d.getTime(), Date.UTC(2020, 1, 3, 4, 5, 6), "content's override is ignored");
  Assert.equal(d.wrappedJSObject.getTime(), 42);
  Assert.ok(isViewerFunction(d.getTime), "the method belongs to the viewer");

  d.setUTCFullYear(2001);
  Assert.equal(Cu.evalInSandbox("d.getUTCFullYear()", sb), 2001, "setters act on the real date");
  Assert.strictEqual(Object.getPrototypeOf(d), sb.Date.prototype);

  // Expandos set by the viewer stay on the viewer's side.
  d.note = "mine";
  Assert.equal(d.note, "mine");
  Assert.equal(Cu.evalInSandbox("typeof d.note", sb), "undefined");
}
