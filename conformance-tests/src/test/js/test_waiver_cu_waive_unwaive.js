// Cu.waiveXrays and Cu.unwaiveXrays move between the Xray and the waiver.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var x = Cu.evalInSandbox("({ f: function () { return 1; } })", sb);
  var w = Cu.waiveXrays(x);
  Assert.equal(w.f(), 1);
  var back = Cu.unwaiveXrays(w);
  Assert.ok(Cu.isXrayWrapper(back));
  Assert.strictEqual(back, x, "unwaiving gives the very Xray back");
  Assert.strictEqual(back.f, undefined);

  // Idempotent on each side.
  Assert.strictEqual(Cu.waiveXrays(w), w, "waiving a waiver");
  Assert.strictEqual(Cu.unwaiveXrays(x), x, "unwaiving an Xray");

  // Primitives and local objects pass through.
  Assert.strictEqual(Cu.waiveXrays(5), 5);
  Assert.strictEqual(Cu.unwaiveXrays("s"), "s");
  var local = {};
  Assert.strictEqual(Cu.waiveXrays(local), local, "nothing to waive on a local object");
  Assert.strictEqual(Cu.unwaiveXrays(local), local);
  Assert.strictEqual(Cu.waiveXrays(null), null);
}
