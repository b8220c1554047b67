// A method found through an Xray is a plain function of the (system) viewer, not a wrapper.
function isViewerFunction(f) {
  return typeof f === "function" && !Cu.isXrayWrapper(f) && Cu.getObjectPrincipal(f).isSystemPrincipal;
}

// Xray to a Promise: no own properties; then/catch are native functions of the viewer.
add_task(function shape() {
  var sb = Cu.Sandbox("https://example.com");
  var p = Cu.evalInSandbox("var p = Promise.resolve(5); p.custom = 1; Promise.prototype.then = function () { return 'evil'; }; p", sb);
  Assert.ok(Cu.isXrayWrapper(p));
  Assert.deepEqual(Object.getOwnPropertyNames(p), []);
  Assert.strictEqual(p.custom, undefined);
  Assert.equal(typeof p.then, "function");
  Assert.ok(isViewerFunction(p.then));
  Assert.notStrictEqual(p.then, Cu.unwaiveXrays(p.wrappedJSObject.then), "not content's then");
  Assert.strictEqual(Object.getPrototypeOf(p), sb.Promise.prototype);
});
