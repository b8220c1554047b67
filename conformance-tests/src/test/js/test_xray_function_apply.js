// Function.prototype.apply found through an Xray is the native one: it spreads the caller's own
// array in the caller and passes each element across, wrapped.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var named = Cu.evalInSandbox("(function explicitName(a, b, c) { return [a, b, c].join('|'); })", sb);
  Assert.equal(named.apply(null, [4, 5, 6]), "4|5|6", "a system array of primitives");
  Assert.equal(named.apply(null, Cu.evalInSandbox("[7, 8, 9]", sb)), "7|8|9", "an array of the target");
  Assert.equal(Function.prototype.apply.call(named, null, [1, 2, 3]), "1|2|3", "the local apply, for comparison");
  var takesObj = Cu.evalInSandbox("(function (o) { return typeof o; })", sb);
  Assert.equal(takesObj.apply(null, [{}]), "object", "a system object element arrives wrapped");
  Assert.equal(Reflect.apply(named, null, [1, 2, 3]), "1|2|3");
}
