// Classic escape routes from content to the privileged side all end in wrappers, denials or content's
// own objects.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.chromeFn = function () { return 1; };
  sb.chromeObj = { marker: 1, inner: { marker: 2 } };
  function run(code) {
    return Cu.evalInSandbox("try { " + code + " } catch (e) { e.name + ': ' + e.message }", sb);
  }
  Assert.equal(run("chromeFn.constructor"), 'Error: Permission denied to access property "constructor"');
  Assert.equal(run("chromeFn.__proto__"), 'Error: Permission denied to access property "__proto__"');
  Assert.strictEqual(run("chromeObj.marker"), undefined);
  Assert.strictEqual(run("chromeObj.inner"), undefined);
  Assert.strictEqual(run("var c = chromeObj.constructor; c === undefined || c === Object"), true,
                     "the constructor, if any, is content's own Object");
  Assert.strictEqual(run("var p = Object.getPrototypeOf(chromeObj); p === null || p === Object.prototype"), true,
                     "the prototype, if any, is content's own");
  Assert.strictEqual(run("var p = chromeObj.__proto__; p === undefined || p === null || p === Object.prototype"), true);

  // A content function called from system code cannot reach its caller.
  var probe = Cu.evalInSandbox("(function probe() { try { var c = probe.caller; return c === null || c === undefined ? 'none' : 'reached'; } catch (e) { return 'threw'; } })", sb);
  var result = probe();
  Assert.ok(result === "none" || result === "threw", "caller is not exposed: " + result);

  // The global reached through Function("return this") is the sandbox's own.
  Assert.strictEqual(Cu.evalInSandbox("Function('return this')() === this", sb), true);
  Assert.equal(Cu.evalInSandbox("typeof Function('return this')().Components", sb), "undefined");
  Assert.strictEqual(run("chromeObj.constructor.constructor('return this')() === this"), true,
                     "even via a COW's constructor");

  // An engine error raised in system code is rebuilt in the catching global.
  sb.thrower = function () { null.x; };
  Assert.strictEqual(Cu.evalInSandbox("try { thrower() } catch (e) { e instanceof TypeError }", sb), true);
}
