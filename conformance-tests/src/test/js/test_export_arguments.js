// Arguments and this passed to an exported function must be primitives, objects of the function's own
// compartment, or objects the target subsumes; allowCrossOriginArguments lifts the check.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var other = Cu.Sandbox("https://other.example");
  var seen = [];
  function record(x) { seen.push(x); return typeof x; }
  Cu.exportFunction(record, sb, { defineAs: "record" });
  Cu.exportFunction(record, sb, { defineAs: "lenient", allowCrossOriginArguments: true });
  sb.foreign = Cu.evalInSandbox("({ f: 1 })", other);
  sb.chromeObj = { c: 1 };
  var denied = "Error: Permission denied to pass object to exported function";
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + " } catch (e) { e.name + ': ' + e.message }", sb);
  }

  Assert.equal(attempt("record(1)"), "number");
  Assert.equal(attempt("record({ own: 1 })"), "object", "an object of the target");
  Assert.ok(Cu.isXrayWrapper(seen[seen.length - 1]), "it reaches the system function as an Xray");
  Assert.equal(seen[seen.length - 1].own, 1);
  Assert.equal(attempt("record(chromeObj)"), "object", "an object of the function's own compartment");
  Assert.strictEqual(seen[seen.length - 1], sb.chromeObj, "it arrives back home unwrapped");
  Assert.equal(attempt("record(foreign)"), denied, "a third-origin object");
  Assert.equal(attempt("record(1, foreign)"), denied, "any argument");
  Assert.equal(attempt("record.call(foreign, 1)"), denied, "this");
  Assert.equal(attempt("record.call({ mine: 1 }, 1)"), "number", "an own this is fine");

  Assert.equal(attempt("lenient(foreign)"), "object", "allowCrossOriginArguments lets it through");
  Assert.ok(Cu.isXrayWrapper(seen[seen.length - 1]), "the system function sees it as an Xray");
  Assert.equal(seen[seen.length - 1].f, 1);
}
