// wantXrays: same-origin compartments see each other through Xrays unless neither wants them.
function load(sb) {
  return Cu.evalInSandbox("var obj = { f: function () { return 1; }, v: 2 }; obj", sb);
}

function run_test() {
  var url = "https://example.com";

  // Default (both want Xrays): the same-origin view hides functions.
  var a = Cu.Sandbox(url);
  var b = Cu.Sandbox(url);
  b.other = load(a);
  Assert.equal(Cu.evalInSandbox("typeof other.f", b), "undefined", "Xray hides the function");
  Assert.equal(Cu.evalInSandbox("other.v", b), 2, "Xray shows the data property");
  Assert.equal(Cu.evalInSandbox("typeof other.wrappedJSObject.f", b), "function", "and can be waived");

  // Neither side wants Xrays: transparent.
  var c = Cu.Sandbox(url, { wantXrays: false });
  var d = Cu.Sandbox(url, { wantXrays: false });
  d.other = load(c);
  Assert.equal(Cu.evalInSandbox("typeof other.f", d), "function", "transparent wrapper shows the function");
  Assert.equal(Cu.evalInSandbox("other.f()", d), 1);
  Assert.equal(Cu.evalInSandbox("other.v = 5; other.v", d), 5);
  Assert.equal(c.obj.v, 5, "the write reached the real object");

  // Only one side wants Xrays: Xray again, in both directions.
  var e = Cu.Sandbox(url, { wantXrays: false });
  var f = Cu.Sandbox(url);
  f.other = load(e);
  Assert.equal(Cu.evalInSandbox("typeof other.f", f), "undefined", "the viewer wants Xrays");
  e.other = load(f);
  Assert.equal(Cu.evalInSandbox("typeof other.f", e), "undefined", "the target wants Xrays");

  // The system principal is not affected: it always Xrays a less privileged object.
  var g = Cu.Sandbox(url, { wantXrays: false });
  var viaSystem = load(g);
  Assert.ok(Cu.isXrayWrapper(viaSystem));
  Assert.strictEqual(viaSystem.f, undefined);
}
