// Getters, valueOf and toString that would run while privileged code inspects what the attacker
// gave it: option objects with getters, property keys with toString, operands with valueOf. The
// system side sees the attacker's objects through Xrays, which hide accessors and functions, so
// none of the hostile code runs inside the system's security-relevant work (each case records in
// `loot` whether it ran). Conversions the attacker's own code performs happen before any check,
// on the attacker's side, and cannot change the key or value that is checked.

//# option_getter_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: off,undefined
var r = readFlag({ get flag() { loot = "ran"; return true; } });
r + "," + typeof loot

//# option_data_property_is_read
//# expect: on
readFlag({ flag: true })

//# property_key_toString_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: missing,undefined
var r = lookup({ toString: function () { loot = "ran"; return "password"; } });
r + "," + typeof loot

//# property_key_valueOf_never_runs_in_system_code
//# expect: missing,undefined
var r = lookup({ valueOf: function () { loot = "ran"; return "password"; }, toString: null });
r + "," + typeof loot

//# operand_valueOf_never_runs_in_system_code
//# expect: string,undefined
var r = add({ valueOf: function () { loot = arguments.callee.caller; return 1; } }, 1);
r + "," + typeof loot

//# operand_toString_never_runs_in_system_code
//# expect: string,undefined
var r = add({ toString: function () { loot = "ran"; return "x"; } }, "y");
r + "," + typeof loot

//# inherited_toString_replaced_in_the_attackers_realm_never_runs
//# expect: missing,undefined
Object.prototype.toString = function () { loot = "ran"; return "password"; };
var r = lookup({});
delete Object.prototype.toString;
r + "," + typeof loot

//# key_converted_once_before_the_cow_check
//# expect: throws Error: Permission denied to access property "secret"
var calls = 0;
var key = { toString: function () { calls++; return calls === 1 ? "secret" : "innocent"; } };
cow[key] = 1

//# key_converted_once_before_the_opaque_check
//# expect: throws Error: Permission denied to access property "length"
var calls = 0;
loot = arr[{ toString: function () { calls++; return calls === 1 ? "length" : "constructor"; } }]

//# key_converted_once_before_the_cross_origin_check
//# attackers: window
//# expect: undefined,1
var calls = 0;
var key = { toString: function () { calls++; return calls === 1 ? "then" : "secret"; } };
String(frames[0][key]) + "," + calls

//# defineProperty_descriptor_getters_run_on_the_attackers_side_only
//# check: secrets.planted === undefined
//# expect: throws Error: Permission denied to access property "planted"
var desc = { get value() { loot = "ran"; return 1; }, get writable() { return true; } };
Object.defineProperty(cow, "planted", desc)

//# getter_on_object_passed_to_a_system_function_never_runs
//# expect: object,undefined
var r = receive({ get x() { loot = "ran"; return secrets; } });
r + "," + typeof loot

//# system_json_stringify_skips_getters_and_toJSON
//# attackers: content null expanded window
//# expect: {"plain":1},undefined
var r = stringify({ plain: 1, get g() { loot = "getter ran"; return 2; }, toJSON: function () { loot = "toJSON ran"; return "x"; } });
r + "," + typeof loot

//# system_keys_skip_accessors
//# expect: plain,undefined
var r = keysOf({ plain: 1, get hidden() { loot = "ran"; return 1; } });
r + "," + typeof loot

//# exportFunction_option_getter_runs_but_scope_check_holds
//# expect: throws Error: Permission denied to export function into scope
exportFunction(function () {}, sysGlobal, { get defineAs() { loot = "ran"; return "x"; } })

//# cloneInto_getter_returning_a_system_object_clones_nothing_raw
//# expect: true
var c = cloneInto({ get x() { return cow; } }, this);
loot = c;
Object.getPrototypeOf(c) === Object.prototype && (c.x === undefined || Object.getPrototypeOf(c.x) === Object.prototype)

//# navigation_url_toString_runs_on_the_attackers_side
//# attackers: window
//# check: Host.evalInWindow("location.href", winB) === "https://b.example/moved"
//# expect: 1
var calls = 0;
frames[0].location = { toString: function () { calls++; return "https://b.example/moved"; } };
calls

//# postMessage_target_origin_toString_runs_on_the_attackers_side
//# attackers: window
//# expect: 1
var calls = 0;
frames[0].postMessage("hi", { toString: function () { calls++; return "*"; } });
calls

//# no_such_method_hook_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: throws TypeError: Cannot find function missing.
var o = { __noSuchMethod__: function (name) { loot = this; return "hooked " + name; } };
callMissing(o)

//# inherited_no_such_method_hook_never_runs_in_system_code
//# expect: throws TypeError: Cannot find function missing.
Object.prototype.__noSuchMethod__ = function (name) { loot = this; return "hooked " + name; };
try { callMissing({}); } finally { delete Object.prototype.__noSuchMethod__; }

//# no_such_method_on_a_cow_runs_with_the_wrapper
//# expect: hooked missing,true
var self;
Object.prototype.__noSuchMethod__ = function (name) { self = this; return "hooked " + name; };
var r = cow.missing();
delete Object.prototype.__noSuchMethod__;
loot = self;
r + "," + (self === cow)
