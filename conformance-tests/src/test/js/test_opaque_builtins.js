// Builtins applied to an opaque wrapper see an opaque Object.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.chromeArr = [1, 2, 3];
  sb.chromeRe = /x/g;
  sb.chromeDate = new Date(0);
  var other = Cu.Sandbox("https://other.example");
  sb.foreignArr = Cu.evalInSandbox("[1, 2]", other);
  function run(code) {
    return Cu.evalInSandbox("try { var r = " + code + "; String(r) } catch (e) { e.name + ': ' + e.message }", sb);
  }
  ["chromeArr", "foreignArr"].forEach(function (name) {
    Assert.equal(run("Object.getPrototypeOf(" + name + ")"), "null", name + ": prototype is null");
    Assert.equal(run("Array.isArray(" + name + ")"), "false", name + ": not an array");
    Assert.equal(run("Object.prototype.toString.call(" + name + ")"), "[object Object]", name + ": class hidden");
    Assert.equal(run(name + "[0]"), 'Error: Permission denied to access property "0"');
    Assert.equal(run(name + ".length"), 'Error: Permission denied to access property "length"');
  });
  Assert.ok(/^(Error|TypeError): /.test(run("RegExp.prototype.exec.call(chromeRe, 'x')")), "exec on an opaque RegExp throws");
  Assert.ok(/^(Error|TypeError): /.test(run("Date.prototype.getTime.call(chromeDate)")), "getTime on an opaque Date throws");
  Assert.ok(/^(Error|TypeError): /.test(run("Array.prototype.join.call(chromeArr)")), "join on an opaque array throws");
  Assert.equal(run("chromeArr instanceof Array"), "false");
}
