// Cu.nukeSandbox turns every wrapper into that compartment dead: any use throws.
function run_test() {
  var sb = Cu.Sandbox("https://www.blah.com");
  sb.prop = "prop";
  var refToObj = Cu.evalInSandbox("var a = { prop2: 'prop2' }; a", sb);
  var refToFn = Cu.evalInSandbox("(function () { return 1; })", sb);
  Assert.equal(refToObj.prop2, "prop2");
  Cu.nukeSandbox(sb);
  var dead = /^TypeError: can't access dead object$/;
  Assert.throws(() => sb.prop, dead, "the global");
  Assert.throws(() => { sb.prop = 1; }, dead, "a write to the global");
  Assert.throws(() => refToObj.prop2, dead, "an object of the sandbox");
  Assert.throws(() => { refToObj.x = 1; }, dead, "a write");
  Assert.throws(() => Object.keys(refToObj), dead, "enumeration");
  Assert.throws(() => refToFn(), dead, "a call");
  Assert.throws(() => Object.getPrototypeOf(refToObj), dead, "the prototype");
  Assert.throws(() => refToObj.wrappedJSObject, dead, "waiving");

  // Other sandboxes are untouched.
  var other = Cu.Sandbox("https://www.blah.com");
  Assert.equal(Cu.evalInSandbox("1 + 1", other), 2);
}
