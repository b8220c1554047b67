// Sandboxes see windows by the same rules: cross-origin wrapper if neither subsumes, Xray otherwise.
function run_test() {
  var w = Host.createWindow("https://b.example/page");
  Host.evalInWindow("var secret = 1", w);

  var stranger = Cu.Sandbox("https://c.example");
  stranger.win = w;
  function inStranger(code) {
    return Cu.evalInSandbox("try { var r = " + code + "; 'allowed: ' + String(r) } catch (e) { e.name + ': ' + e.message }", stranger);
  }
  Assert.equal(inStranger("win.secret"), 'SecurityError: Permission denied to access property "secret" on cross-origin object');
  Assert.equal(inStranger("win.location.href"), 'SecurityError: Permission denied to get property "href" on cross-origin object');
  Assert.equal(inStranger("typeof win.postMessage"), "allowed: function");
  Assert.equal(inStranger("win.closed"), "allowed: false");
  Assert.equal(inStranger("Object.keys(win).length"), "allowed: 0");

  var nul = Cu.Sandbox(null);
  nul.win = w;
  Assert.equal(Cu.evalInSandbox("try { win.secret } catch (e) { e.name }", nul), "SecurityError", "a null principal");

  // Subsuming viewers get Xrays instead.
  var same = Cu.Sandbox("https://b.example");
  same.win = w;
  Assert.equal(Cu.evalInSandbox("win.location.href", same), "https://b.example/page");
  Assert.equal(Cu.evalInSandbox("typeof win.secret", same), "undefined", "an Xray hides the script variable");
  var ep = Cu.Sandbox(["https://b.example", "https://c.example"]);
  ep.win = w;
  Assert.equal(Cu.evalInSandbox("win.location.href", ep), "https://b.example/page");
  Assert.equal(Cu.evalInSandbox("win.wrappedJSObject.secret", ep), 1);

  // A non-window object of the same window is merely opaque to the stranger.
  stranger.winObj = Host.evalInWindow("({ x: 1 })", w);
  Assert.equal(inStranger("winObj.x"), 'Error: Permission denied to access property "x"');
}
