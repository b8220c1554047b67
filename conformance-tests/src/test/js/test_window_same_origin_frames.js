// Same-origin windows (which never want Xrays) see each other transparently.
function run_test() {
  var parent = Host.createWindow("https://a.example/parent.html");
  var child = Host.createWindow("https://a.example/child.html", { parent: parent, name: "kid" });
  Host.evalInWindow("var parentVar = 'p'; function parentFn() { return 'pf'; }", parent);
  Host.evalInWindow("var childVar = 'c';", child);
  Assert.strictEqual(Host.evalInWindow("length", parent), 1);
  Assert.strictEqual(Host.evalInWindow("frames[0] === window[0]", parent), true);
  Assert.strictEqual(Host.evalInWindow("kid === frames[0]", parent), true, "a named child frame");
  Assert.equal(Host.evalInWindow("frames[0].childVar", parent), "c", "script variables are visible");
  Assert.equal(Host.evalInWindow("parent.parentVar + parent.parentFn()", child), "ppf");
  Assert.strictEqual(Host.evalInWindow("parent !== window && top === parent", child), true);
  Assert.equal(Host.evalInWindow("frames[0].location.href", parent), "https://a.example/child.html");
  Host.evalInWindow("frames[0].written = 1", parent);
  Assert.equal(Host.evalInWindow("written", child), 1, "writes go through");
  Assert.strictEqual(Host.evalInWindow("frames[1]", parent), undefined, "no second frame");
}
