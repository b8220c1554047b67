// Host.createWindow makes a window compartment whose global is a Window with a Location.
function run_test() {
  var w = Host.createWindow("https://a.example/page.html");
  Assert.equal(Cu.getObjectPrincipal(w).origin, "https://a.example");
  Assert.ok(Cu.isXrayWrapper(w), "the system caller sees the Window through an Xray");
  Assert.equal(Host.evalInWindow("location.href", w), "https://a.example/page.html");
  Assert.strictEqual(Host.evalInWindow("window === this && self === this && frames === this", w), true);
  Assert.strictEqual(Host.evalInWindow("top === window && parent === window", w), true, "a top-level window");
  Assert.strictEqual(Host.evalInWindow("opener", w), null);
  Assert.strictEqual(Host.evalInWindow("closed", w), false);
  Assert.strictEqual(Host.evalInWindow("length", w), 0, "no child frames");
  Assert.equal(Host.evalInWindow("typeof postMessage + typeof addEventListener", w), "functionfunction");
  Assert.equal(Host.evalInWindow("[typeof Packages, typeof java, typeof getClass, typeof Components].join()", w),
               "undefined,undefined,undefined,undefined", "no LiveConnect and no Components in a window");

  // Two windows are two globals.
  var w2 = Host.createWindow("https://a.example/other.html");
  Host.evalInWindow("var mark = 1", w);
  Assert.equal(Host.evalInWindow("typeof mark", w2), "undefined");

  // Cu.Sandbox accepts a window as the source of its principal.
  var sb = Cu.Sandbox(w);
  Assert.equal(Cu.getObjectPrincipal(sb).origin, "https://a.example");

  // evalInWindow results are wrapped for the caller.
  var obj = Host.evalInWindow("({ v: 1, f: function () {} })", w);
  Assert.ok(Cu.isXrayWrapper(obj));
  Assert.equal(obj.v, 1);
  Assert.strictEqual(obj.f, undefined);
  Assert.throws(() => Host.evalInWindow("throw new Error('from window')", w), /from window/);
  Assert.throws(() => Host.evalInWindow("1", {}), Error, "a plain object is not a window");
}
