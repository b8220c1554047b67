// cloneInto reads the source through the caller's view: an Xray's hidden properties are not copied.
function run_test() {
  var from = Cu.Sandbox("https://a.example");
  var to = Cu.Sandbox("https://b.example");
  var source = Cu.evalInSandbox("({ data: 1, get acc() { return 2; }, fn: function () {}, nested: { x: 3, f: function () {} } })", from);
  var clone = Cu.cloneInto(source, to);
  to.clone = clone;
  Assert.equal(Cu.evalInSandbox("Object.keys(clone).sort().join()", to), "data,nested", "accessor and function dropped");
  Assert.equal(Cu.evalInSandbox("Object.keys(clone.nested).join()", to), "x");
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(clone) === Object.prototype", to), true, "built in the target");

  // Through a waiver the function is visible, and so refused.
  Assert.throws(() => Cu.cloneInto(source.wrappedJSObject, to), /Permission denied to pass a Function via structured clone/);
}
