// Calls into a callable-only system function: this and every argument must be a primitive, an object
// of the caller's own compartment, or an object the caller subsumes.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var other = Cu.Sandbox("https://other.example");
  var received = [];
  sb.take = function (x) { received.push(x); return typeof x; };
  sb.chromeObj = {};
  sb.chromeArr = [];
  sb.foreign = Cu.evalInSandbox("({})", other);
  function attempt(code) {
    return Cu.evalInSandbox("try { " + code + " } catch (e) { e.name + ': ' + e.message }", sb);
  }
  var denied = "Error: Permission denied to pass object to privileged code";

  Assert.equal(attempt("take(1)"), "number");
  Assert.equal(attempt("take(null)"), "object");
  Assert.equal(attempt("take({ own: 1 })"), "object", "an object of the caller's own compartment");
  Assert.ok(Cu.isXrayWrapper(received[received.length - 1]), "it arrives as an Xray");
  Assert.equal(received[received.length - 1].own, 1);
  Assert.equal(attempt("take(function () {})"), "function", "a function of the caller");

  Assert.equal(attempt("take(chromeObj)"), denied, "a system object (COW)");
  Assert.equal(attempt("take(chromeArr)"), denied, "a system object (opaque)");
  Assert.equal(attempt("take(take)"), denied, "a system function");
  Assert.equal(attempt("take(foreign)"), denied, "a third-origin object");
  Assert.equal(attempt("take(1, foreign)"), denied, "any argument counts");
  Assert.equal(attempt("Function.prototype.call.call(take, foreign, 1)"), denied, "this counts too");
  Assert.equal(attempt("Function.prototype.call.call(take, { mine: 1 }, 1)"), "number", "an own this is fine");
  Assert.equal(attempt("new take(foreign)"), denied, "new checks arguments as well");

  // An expanded principal may pass its member's objects.
  var ep = Cu.Sandbox(["https://other.example", "https://third.example"]);
  ep.take = sb.take;
  ep.memberObj = Cu.evalInSandbox("({})", other);
  Assert.equal(Cu.evalInSandbox("try { take(memberObj) } catch (e) { e.message }", ep), "object",
               "an object the caller subsumes");
}
