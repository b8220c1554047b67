// cloneInto with deepFreeze freezes every object of the result.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.frozen = Cu.cloneInto({ a: { b: { c: [1, { d: 2 }] } }, m: new Map() }, sb, { deepFreeze: true });
  Assert.equal(Cu.evalInSandbox("Object.isFrozen(frozen)", sb), true);
  Assert.equal(Cu.evalInSandbox("Object.isFrozen(frozen.a) && Object.isFrozen(frozen.a.b)", sb), true);
  Assert.equal(Cu.evalInSandbox("Object.isFrozen(frozen.a.b.c) && Object.isFrozen(frozen.a.b.c[1])", sb), true);
  Assert.equal(Cu.evalInSandbox("(function () { 'use strict'; try { frozen.a.x = 1; return 'written'; } catch (e) { return e.name; } })()", sb),
               "TypeError", "a strict write to a frozen object throws");

  sb.thawed = Cu.cloneInto({ a: { b: 1 } }, sb);
  Assert.equal(Cu.evalInSandbox("Object.isFrozen(thawed) || Object.isFrozen(thawed.a)", sb), false, "not frozen by default");
  sb.thawed2 = Cu.cloneInto({ a: 1 }, sb, { deepFreeze: false });
  Assert.equal(Cu.evalInSandbox("Object.isFrozen(thawed2)", sb), false);

  Assert.throws(() => Cu.cloneInto({}, sb, { deepFreeze: "yes" }), /^Error: Expected a boolean value for property deepFreeze$/);
}
