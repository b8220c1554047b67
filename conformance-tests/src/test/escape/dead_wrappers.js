// Dead wrappers revived: after Cu.nukeSandbox, every wrapper into or out of the nuked compartment
// throws `TypeError: can't access dead object`, however it is used, passed on, re-wrapped or
// awaited. Each case nukes a sandbox of a third origin, https://doomed.example, whose objects the
// attacker holds; the dead check comes before every other.

//# dead_object_read
//# attackers: content null expanded window
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = doomedObj.d

//# dead_function_call
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedFn = Cu.evalInSandbox("(function () { return 1; })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = doomedFn()

//# dead_function_via_own_call
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedFn = Cu.evalInSandbox("(function () { return 1; })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = Function.prototype.call.call(doomedFn, null)

//# dead_object_prototype
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = Object.getPrototypeOf(doomedObj)

//# dead_object_keys
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = Object.keys(doomedObj)

//# dead_object_passed_to_a_system_function
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# check: journal.calls === 0
//# expect: throws Error: Permission denied to pass object to privileged code
fn(doomedObj)

//# dead_object_passed_to_an_exported_function
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws Error: Permission denied to pass object to exported function
exportedEcho(doomedObj)

//# dead_object_cloned
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = cloneInto(doomedObj, this)

//# dead_function_exported
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedFn = Cu.evalInSandbox("(function () { return 1; })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = exportFunction(doomedFn, this)

//# dead_object_stringified
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
JSON.stringify(doomedObj)

//# dead_object_instanceof
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
doomedObj instanceof Object

//# dead_object_as_a_proxy_target
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); Cu.nukeSandbox(doomed);
//# expect: throws TypeError: can't access dead object
loot = new Proxy(doomedObj, {}).d

//# held_wrapper_dies_between_runs
//# attackers: content null expanded window
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed);
//# expect: throws TypeError: can't access dead object
var held = doomedObj;
var heldBox = [held];
//# then: Cu.nukeSandbox(doomed)
loot = heldBox[0].d

//# held_wrapper_resolved_after_the_nuke
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1, then: undefined })", doomed);
//# expect: throws TypeError: can't access dead object
var held = doomedObj;
//# then: Cu.nukeSandbox(doomed)
Promise.resolve(held).then(function (v) { loot = v; })

//# held_wrapper_passed_back_after_the_nuke
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed);
//# check: journal.log.length === 0
//# expect: throws Error: Permission denied to pass object to privileged code
var held = doomedObj;
//# then: Cu.nukeSandbox(doomed)
receive(held)

//# dead_identity_compares_without_access
//# setup: var doomed = Cu.Sandbox("https://doomed.example"); give.doomedObj = Cu.evalInSandbox("({ d: 1 })", doomed); give.doomedAgain = give.doomedObj; Cu.nukeSandbox(doomed);
//# expect: true,object
(doomedObj === doomedAgain) + "," + typeof doomedObj
