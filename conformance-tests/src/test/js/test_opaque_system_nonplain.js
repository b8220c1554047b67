// System objects that are neither plain Objects nor functions are opaque to non-system code.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var values = {
    arr: [1, 2],
    date: new Date(0),
    re: /x/,
    map: new Map([[1, 2]]),
    err: new Error("e"),
    typed: new Uint8Array(2),
    proxy: new Proxy({}, {}),
    boxed: new Number(1),
  };
  Object.keys(values).forEach(function (k) {
    sb[k] = values[k];
    Assert.equal(Cu.evalInSandbox("try { " + k + ".x; 'read' } catch (e) { e.message }", sb),
                 'Permission denied to access property "x"', k);
    Assert.equal(Cu.evalInSandbox("try { " + k + ".x = 1; 'written' } catch (e) { e.message }", sb),
                 'Permission denied to access property "x"', k + " write");
  });
  // Contrast: a plain Object is a COW (silent reads), a function is callable.
  sb.plain = { x: 1 };
  sb.fn = function () { return "called"; };
  Assert.equal(Cu.evalInSandbox("typeof plain.x", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("fn()", sb), "called");
}
