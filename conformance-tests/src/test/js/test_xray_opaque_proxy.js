// A scripted Proxy seen from a subsuming compartment is an opaque Xray: only expandos and
// wrappedJSObject are visible.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var p = Cu.evalInSandbox("var log = []; var p = new Proxy({ real: 1 }, {" +
                           "  get: function (t, k) { log.push(String(k)); return 'trap'; }," +
                           "  ownKeys: function () { log.push('ownKeys'); return ['real']; } }); p", sb);
  Assert.ok(Cu.isOpaqueWrapper(p), "Cu.isOpaqueWrapper");
  Assert.strictEqual(p.real, undefined, "no property of the target");
  Assert.strictEqual(p.anything, undefined, "and no trap runs");
  Assert.deepEqual(Object.keys(p), [], "no keys");
  Assert.equal(Cu.evalInSandbox("log.length", sb), 0, "the handler was never consulted");

  p.expando = "mine";
  Assert.equal(p.expando, "mine", "an expando is visible to the viewer");
  Assert.equal(Cu.evalInSandbox("log.length", sb), 0, "setting the expando did not reach the proxy");

  var w = p.wrappedJSObject;
  Assert.equal(w.real, "trap", "the waiver reaches the proxy");
  Assert.ok(Cu.evalInSandbox("log.length", sb) > 0);
  Assert.strictEqual(w.expando, "trap", "expandos are invisible to waivers");

  Assert.ok(Cu.isProxy(p), "Cu.isProxy sees the scripted proxy behind the wrapper");
}
