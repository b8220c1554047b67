// A window's global is a host native object: an Xray shows exactly its Java-declared members.
function run_test() {
  var w = Host.createWindow("https://a.example/");
  Host.evalInWindow("var scriptVar = 5; window.custom = function () { return 'c'; };" +
                    "window.postMessage = function () { return 'replaced'; };", w);
  Assert.strictEqual(w.scriptVar, undefined, "script variables are not members");
  Assert.strictEqual(w.custom, undefined);
  Assert.equal(typeof w.postMessage, "function", "a declared member");
  Assert.notStrictEqual(w.postMessage, Cu.unwaiveXrays(w.wrappedJSObject.postMessage), "not the script's replacement");
  Assert.equal(typeof w.location, "object");
  Assert.equal(w.location.href, "https://a.example/");
  Assert.strictEqual(w.closed, false);

  // The waiver sees the script's view.
  Assert.equal(w.wrappedJSObject.scriptVar, 5);
  Assert.equal(w.wrappedJSObject.custom(), "c");

  // Properties the viewer sets are expandos.
  w.fromSystem = "s";
  Assert.equal(w.fromSystem, "s");
  Assert.equal(Host.evalInWindow("typeof fromSystem", w), "undefined", "invisible to the window");
  Assert.strictEqual(w.wrappedJSObject.fromSystem, undefined, "and to waivers");

  // A same-origin content sandbox also Xrays the window (it wants Xrays).
  var sb = Cu.Sandbox("https://a.example");
  sb.win = w;
  Assert.equal(Cu.evalInSandbox("typeof win.scriptVar", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("win.wrappedJSObject.scriptVar", sb), 5);
  Assert.equal(Cu.evalInSandbox("win.location.href", sb), "https://a.example/");
}
