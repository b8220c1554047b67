// createObjectIn makes a plain object of the target's global, optionally defined on it.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var o = Cu.createObjectIn(sb);
  Assert.strictEqual(Cu.getGlobalForObject(o), sb, "an object of the target's global");
  Assert.equal(Cu.getObjectPrincipal(o).origin, "https://example.com");
  Assert.equal(Cu.evalInSandbox("typeof madeObj", sb), "undefined", "nothing defined without defineAs");
  sb.madeObj = o;
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(madeObj) === Object.prototype", sb), true, "a plain Object");
  Assert.equal(Cu.evalInSandbox("Object.keys(madeObj).length", sb), 0, "empty");

  var named = Cu.createObjectIn(sb, { defineAs: "named" });
  Assert.equal(Cu.evalInSandbox("typeof named", sb), "object", "defineAs defines it on the target");
  named.v = 5;
  Assert.equal(Cu.evalInSandbox("named.v", sb), 5, "the caller can fill it in");
  Cu.exportFunction(function () { return "m"; }, named, { defineAs: "m" });
  Assert.equal(Cu.evalInSandbox("named.m()", sb), "m", "and export functions onto it");

  // Into an object of the target rather than its global.
  var holder = Cu.evalInSandbox("var holder = {}; holder", sb);
  Cu.createObjectIn(holder, { defineAs: "child" });
  Assert.equal(Cu.evalInSandbox("typeof holder.child", sb), "object");
}
