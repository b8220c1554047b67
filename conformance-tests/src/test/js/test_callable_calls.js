// A system function seen by content is callable-only: calls and new work; property access is denied.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.add = function (a, b) { return a + b; };
  sb.Maker = function (v) { this.v = v; };
  sb.makeObj = function () { return { fromChrome: 1 }; };
  sb.makeFn = function () { return function () { return "inner"; }; };
  Assert.equal(Cu.evalInSandbox("typeof add", sb), "function");
  Assert.equal(Cu.evalInSandbox("add(2, 3)", sb), 5, "a call with primitives");
  Assert.equal(Cu.evalInSandbox("add('a', 'b')", sb), "ab");
  Assert.equal(Cu.evalInSandbox("typeof new Maker(1)", sb), "object", "new is allowed");
  Assert.equal(Cu.evalInSandbox("typeof makeObj()", sb), "object");
  Assert.equal(Cu.evalInSandbox("typeof makeObj().fromChrome", sb), "undefined", "a returned plain object is a COW");
  Assert.equal(Cu.evalInSandbox("makeFn()()", sb), "inner", "a returned function is callable-only too");

  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + "; 'allowed' } catch (e) { e.name + ': ' + e.message }", sb);
  }
  Assert.equal(attempt("add.length"), 'Error: Permission denied to access property "length"');
  Assert.equal(attempt("add.name"), 'Error: Permission denied to access property "name"');
  Assert.equal(attempt("add.call"), 'Error: Permission denied to access property "call"');
  Assert.equal(attempt("add.prototype"), 'Error: Permission denied to access property "prototype"');
  Assert.equal(attempt("add.x = 1"), 'Error: Permission denied to access property "x"');
  Assert.equal(attempt("Object.keys(add)"), "Error: Permission denied to access object");

  // Content natives can call it back.
  sb.double = function (x) { return x * 2; };
  Assert.equal(Cu.evalInSandbox("[1, 2, 3].map(double).join()", sb), "2,4,6", "as an Array.prototype.map callback");

  // The native call/apply of content can still invoke it.
  Assert.equal(Cu.evalInSandbox("Function.prototype.call.call(add, null, 1, 1)", sb), 2);

  // Exceptions from the system function reach content, wrapped like any system value.
  sb.thrower = function () { throw new TypeError("chrome says no"); };
  sb.throwsString = function () { throw "plain string"; };
  Assert.equal(Cu.evalInSandbox("try { thrower(); 'no' } catch (e) { typeof e }", sb), "object");
  Assert.equal(Cu.evalInSandbox("try { thrower(); 'no' } catch (e) { try { e.message } catch (d) { d.message } }", sb),
               'Permission denied to access property "message"', "a system Error is opaque to content");
  Assert.equal(Cu.evalInSandbox("try { throwsString(); 'no' } catch (e) { e }", sb), "plain string");
}
