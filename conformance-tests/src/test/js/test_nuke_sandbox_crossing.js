// Nuking kills wrappers held by other sandboxes too (into the compartment), and the sandbox's own
// wrappers to others (out of it); the holders keep working otherwise.
function run_test() {
  var victim = Cu.Sandbox("https://example.com", { wantXrays: false });
  var holder = Cu.Sandbox("https://example.com", { wantXrays: false });
  var keeper = Cu.Sandbox("https://example.com", { wantXrays: false });
  holder.victimObj = Cu.evalInSandbox("({ v: 1 })", victim);
  holder.victimFn = Cu.evalInSandbox("var keeperObj; (function () { return keeperObj.k; })", victim);
  victim.keeperObj = Cu.evalInSandbox("({ k: 'kept' })", keeper);
  Assert.equal(Cu.evalInSandbox("victimObj.v + ':' + victimFn()", holder), "1:kept");

  Cu.nukeSandbox(victim);
  Assert.equal(Cu.evalInSandbox("try { victimObj.v } catch (e) { e.name + ': ' + e.message }", holder),
               "TypeError: can't access dead object", "a wrapper in another sandbox");
  Assert.equal(Cu.evalInSandbox("try { victimFn() } catch (e) { e.name + ': ' + e.message }", holder),
               "TypeError: can't access dead object");
  Assert.equal(Cu.evalInSandbox("1 + 1", holder), 2, "the holder still works");
  Assert.equal(Cu.evalInSandbox("keeperObj = { k: 2 }; keeperObj.k", keeper), 2, "the keeper still works");

  // A system object handed to the victim before nuking is still fine on the system side.
  var mine = { m: 1 };
  var victim2 = Cu.Sandbox("https://example.org");
  victim2.mine = mine;
  Cu.nukeSandbox(victim2);
  Assert.equal(mine.m, 1);
  Assert.ok(!Cu.isDeadWrapper(mine));
}
