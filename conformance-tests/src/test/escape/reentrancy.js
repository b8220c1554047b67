// Re-entrancy: a callback that calls back across while a system call is in progress. Every nested
// crossing is wrapped again, identity holds across the nesting, the system's bookkeeping unwinds,
// and what the callback got from the outer call cannot be handed back in.

//# nested_callbacks_see_only_cows
//# attackers: content null expanded window
//# check: journal.maxDepth === 2 && journal.depth === 0
//# expect: undefined,true
var outer;
var r = reenter(function (s) {
  outer = s;
  return reenter(function (t) { loot = t; return typeof t.password + "," + (t === outer); });
});
r

//# cow_from_an_outer_call_cannot_be_passed_back_in
//# attackers: content null expanded window
//# check: journal.calls === 0
//# expect: throws Error: Permission denied to pass object to privileged code
reenter(function (s) { loot = s; return fn(s); })

//# system_function_argument_cannot_be_passed_back_in
//# expect: throws Error: Permission denied to pass object to privileged code
callback(function (s, a, f) { loot = f; return receive(f); })

//# system_array_argument_cannot_be_passed_back_in
//# expect: throws Error: Permission denied to pass object to privileged code
callback(function (s, a) { loot = a; return receive(a); })

//# argument_function_called_back_returns_a_cow
//# expect: undefined,true
callback(function (s, a, f) { var r = f(); loot = r; return typeof r.password + "," + (r === s); })

//# identity_across_two_different_entry_points
//# expect: true
exportedCall(function (s) { return callback(function (t) { loot = t; return s === t; }); })

//# throwing_out_of_a_nested_call_unwinds_system_state
//# check: journal.depth === 0 && journal.maxDepth === 3
//# expect: deep
var r;
try {
  reenter(function () { return reenter(function () { return reenter(function () { throw "deep"; }); }); });
} catch (e) { r = e; }
r

//# deep_recursion_through_the_membrane_stays_wrapped
//# check: journal.maxDepth === 40 && journal.depth === 0
//# expect: 40,true
var seen = [];
var step = function (s) { seen.push(s); return seen.length < 40 ? reenter(step) : seen.length; };
var n = reenter(step);
loot = seen;
n + "," + seen.every(function (x) { return x === seen[0] && x.password === undefined; })

//# callback_redefines_its_own_builtins_mid_call
//# check: Array.prototype.map === Array.prototype.map && typeof Object.keys === "function" && journal.calls === 1
//# expect: 1
callback(function () {
  Array.prototype.map = function () { loot = "replaced"; return []; };
  Object.keys = function () { return ["pwned"]; };
  return 1;
})

//# callback_stashes_arguments_for_later
//# expect: undefined,false
var kept;
callback(function () { kept = arguments; return 0; });
loot = kept;
typeof kept[0].password + "," + Array.isArray(kept[1])

//# reentrant_exported_call_with_foreign_argument_denied
//# expect: throws Error: An exception was thrown
exportedCall(function () { return exportedEcho(foreign); })

//# callback_calls_the_system_echo_with_its_own_objects
//# check: journal.calls === 2
//# expect: true
var mine = {};
callback(function () { return fn(mine) === mine; })
