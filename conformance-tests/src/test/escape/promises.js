// Promise jobs carrying objects across: reactions the attacker registers on system promises,
// system reactions that call the attacker, thenables, and promises resolved with wrappers. A
// stage after `//# then` runs after the jobs of the previous one.

//# system_promise_then_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "then"
sysPromise.then(function (v) { loot = v; })

//# resolving_with_a_system_promise_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "then"
Promise.resolve(sysPromise).then(function (v) { loot = v; })

//# returned_system_promise_never_settles_the_attackers_promise
//# expect: pending
var outcome = "pending";
new Promise(function (resolve) { resolve(promiseOfSecrets()); })
  .then(function (v) { loot = v; outcome = "fulfilled"; }, function (e) { outcome = e.name + ": " + e.message; });
//# then
outcome

//# promise_all_of_a_system_promise_rejects
//# expect: Error: Error: Permission denied to access property "then" (attack.js#3)
var outcome = "pending";
Promise.all([sysPromise]).then(function (v) { loot = v; outcome = "fulfilled"; }, function (e) { outcome = e.name + ": " + e.message; });
//# then
outcome

//# own_then_applied_to_a_system_promise
//# expect: throws TypeError: Method called on incompatible object.
Promise.prototype.then.call(sysPromise, function (v) { loot = v; })

//# system_reaction_calls_the_attacker_with_a_cow
//# attackers: content null expanded window
//# expect: undefined,true
thenWith(function (v) { loot = v; });
//# then
typeof loot.password + "," + (Object.getPrototypeOf(loot) === Object.prototype)

//# system_reaction_result_is_opaque
//# expect: throws Error: Permission denied to access property "then"
loot = thenWith(function (v) { return v; });
loot.then

//# resolving_with_a_cow_fulfils_with_the_wrapper
//# expect: true
var got;
Promise.resolve(cow).then(function (v) { got = v; });
//# then
loot = got;
got === cow

//# resolving_with_a_callable_opaque_denied
//# expect: throws Error: Permission denied to access property "then"
Promise.resolve(fn).then(function (v) { loot = v; })

//# reaction_this_is_not_the_system_global
//# attackers: content null expanded window
//# expect: true
var seen = "unset";
Promise.resolve(1).then(function () { seen = this === undefined || this === globalThis; });
//# then
seen

//# executor_resolving_with_a_foreign_object_never_settles
//# expect: pending
var outcome = "pending";
new Promise(function (resolve) { resolve(foreign); }).then(function (v) { loot = v; outcome = "fulfilled"; }, function (e) { outcome = e.name + ": " + e.message; });
//# then
outcome

//# thenable_given_to_system_code_is_not_called
//# expect: object,undefined
var thenable = { then: function (res) { loot = "then ran"; res(cow); } };
var r = receive(thenable);
//# then
r + "," + typeof loot

//# rejection_with_a_system_error_stays_opaque
//# expect: Permission denied to access property "message"
var outcome = "pending";
new Promise(function () { throwError(); }).catch(function (e) { loot = e; try { outcome = e.message; } catch (d) { outcome = d.message; } });
//# then
outcome

//# cross_origin_location_in_a_promise_stays_wrapped
//# attackers: window
//# expect: fulfilled,true
var outcome = "pending";
Promise.resolve(frames[0].location).then(function (v) { loot = v; outcome = "fulfilled," + (v === frames[0].location); }, function (e) { outcome = e.name + ": " + e.message; });
//# then
outcome
