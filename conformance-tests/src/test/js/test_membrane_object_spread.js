// Object spread {...w} copies what the wrapper lets its viewer enumerate, reads every value through
// the membrane, and fails as Object.keys does where the wrapper refuses.
function run_test() {
  // Transparent: system code spreads a system object of a fresh compartment.
  var other = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal(), { freshCompartment: true });
  Cu.evalInSandbox(
    "var sym = Symbol('s'); var o = {x: 1, nested: {y: 2}}; o[sym] = 'sv';" +
      "Object.defineProperty(o, 'hidden', {value: 'h', enumerable: false});",
    other);
  var copy = { ...other.o };
  Assert.equal(Object.keys(copy).join(), "x,nested", "enumerable string keys copied");
  Assert.equal(copy[other.sym], "sv", "symbol keys copied");
  Assert.ok(!("hidden" in copy), "non-enumerable keys skipped");
  Assert.ok(copy.nested === other.o.nested, "copied objects keep their wrapper identity");
  Assert.ok(Cu.isXrayWrapper(copy.nested) === false, "and stay transparent");

  // Xray: only the visible own data properties, never content's getters.
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox(
    "var ran = false; var c = {n: 1, s: 'str', inner: {k: 2}};" +
      "Object.defineProperty(c, 'trap', {get: function () { ran = true; return 'x'; }, enumerable: true});",
    sb);
  var seen = { ...sb.c };
  Assert.equal(JSON.stringify(seen), '{"n":1,"s":"str","inner":{"k":2}}');
  Assert.equal(Cu.evalInSandbox("ran", sb), false, "content's getter did not run");
  Assert.ok(Cu.isXrayWrapper(seen.inner), "copied objects are still Xrays");
  // Through the waiver the getter is content's to run.
  Assert.equal(Object.keys({ ...Cu.waiveXrays(sb.c) }).join(), "n,s,inner,trap");
  Assert.equal(Cu.evalInSandbox("ran", sb), true);

  // Chrome Object Wrapper: content's copy of a chrome object is empty, silently.
  sb.chromeObj = { secret: "s" };
  Assert.equal(Cu.evalInSandbox("JSON.stringify({...chromeObj})", sb), "{}");

  // Opaque: refused, like Object.keys.
  var a = Cu.Sandbox("https://a.example");
  var b = Cu.Sandbox("https://b.example");
  b.fromA = Cu.evalInSandbox("({secret: 1})", a);
  Assert.equal(Cu.evalInSandbox("try { ({...fromA}); 'copied' } catch (e) { String(e) }", b),
               "Error: Permission denied to access object");

  // Dead: refused with the dead-object error.
  var doomed = Cu.Sandbox(Services.scriptSecurityManager.getSystemPrincipal(), { freshCompartment: true });
  var kept = Cu.evalInSandbox("({k: 1})", doomed);
  Cu.nukeSandbox(doomed);
  Assert.throws(function () { return { ...kept }; }, /can't access dead object/);

  // A descriptor map behind a wrapper defines what it lists.
  var descs = Cu.evalInSandbox("({a: {value: 1, enumerable: true}, b: {value: 2}})", other);
  var target = Object.defineProperties({}, descs);
  Assert.equal(Object.getOwnPropertyNames(target).join(), "a,b");
}
