// Host objects are not structured-cloneable unless wrapReflectors is set; then they pass by reference.
function run_test() {
  var sb = Cu.Sandbox("https://a.example");
  var w = Host.createWindow("https://a.example/");
  Assert.throws(() => Cu.cloneInto({ win: w }, sb), function (e) { return e !== undefined && String(e.message).length > 0; },
                "a Window without wrapReflectors");
  sb.c = Cu.cloneInto({ win: w, n: 1 }, sb, { wrapReflectors: true });
  Assert.equal(Cu.evalInSandbox("c.n", sb), 1);
  Assert.equal(Cu.evalInSandbox("c.win.location.href", sb), "https://a.example/", "the window itself, by reference");
  sb.w = w;
  Assert.strictEqual(Cu.evalInSandbox("c.win === w", sb), true, "the same wrapper as passing it directly");
  Assert.throws(() => Cu.cloneInto({}, sb, { wrapReflectors: 1 }), /^Error: Expected a boolean value for property wrapReflectors$/);
}
