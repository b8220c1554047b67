// Symbol.toPrimitive and Symbol.species: hooks that builtins call on objects. Hooks the attacker
// plants on its own objects never run inside system code (Xrays hide them, and methods found
// through an Xray are the system's own natives); on system objects the hooks cannot be read.

//# toPrimitive_hook_never_runs_in_system_addition
//# attackers: content null expanded window
//# expect: string,undefined
var o = {};
o[Symbol.toPrimitive] = function () { loot = arguments.callee.caller; return 1; };
add(o, 1) + "," + typeof loot

//# toPrimitive_hook_never_runs_in_system_key_lookup
//# expect: missing,undefined
var o = {};
o[Symbol.toPrimitive] = function () { loot = "ran"; return "password"; };
lookup(o) + "," + typeof loot

//# toPrimitive_of_an_opaque_wrapper_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "Symbol.toPrimitive"
loot = arr + ""

//# toPrimitive_of_a_callable_opaque_denied
//# expect: throws Error: Permission denied to access property "Symbol.toPrimitive"
loot = `${fn}`

//# toPrimitive_of_a_cow_uses_the_attackers_prototype
//# expect: [object Object],true
var self;
Object.prototype[Symbol.toPrimitive] = function () { self = this; return "[object Object]"; };
var s = cow + "";
delete Object.prototype[Symbol.toPrimitive];
loot = self;
s + "," + (self === cow)

//# toPrimitive_read_directly_off_a_system_function_denied
//# expect: throws Error: Permission denied to access property "Symbol.toPrimitive"
loot = fn[Symbol.toPrimitive]

//# species_of_an_attacker_array_never_runs_in_system_slice
//# attackers: content null expanded window
//# expect: true,2,undefined
var a = [1, 2];
a.constructor = function () {};
a.constructor[Symbol.species] = function () { loot = "species ran"; return {}; };
sliceOf(a) + "," + typeof loot

//# species_on_the_attackers_Array_never_runs_in_system_slice
//# expect: true,1,undefined
Object.defineProperty(Array, Symbol.species, { configurable: true, get: function () { loot = "species ran"; return Object; } });
sliceOf([1]) + "," + typeof loot

//# concat_spreadable_hook_never_runs_in_system_concat
//# expect: 1,undefined
var o = { length: 2, 0: "a", 1: "b" };
Object.defineProperty(o, Symbol.isConcatSpreadable, { get: function () { loot = "ran"; return true; } });
concatOf(o) + "," + typeof loot

//# species_hook_read_off_a_system_array_denied
//# expect: throws Error: Permission denied to access property "length"
loot = Array.prototype.map.call(arr, function (x) { return x; })

//# species_of_a_system_function_denied
//# expect: throws Error: Permission denied to access property "Symbol.species"
loot = fn[Symbol.species]

//# extending_a_system_function_denied
//# expect: throws Error: Permission denied to access property "prototype"
var Sub = function () {};
Sub.prototype = Object.create(fn.prototype)

//# reflect_construct_with_system_new_target_denied
//# expect: throws Error: Permission denied to access property "prototype"
loot = Reflect.construct(Array, [], fn)

//# promise_species_runs_in_the_attackers_realm_only
//# attackers: content null expanded window
//# expect: object,function,true
var p = Promise.resolve(1);
var seen;
p.constructor = {};
p.constructor[Symbol.species] = function (executor) { seen = executor; return new Promise(executor); };
var r = thenOf(p);
loot = seen;
r + "," + typeof seen + "," + (seen === undefined || Object.getPrototypeOf(seen) === Function.prototype)

//# date_toPrimitive_of_a_system_date_denied
//# expect: throws Error: Permission denied to access property "Symbol.toPrimitive"
loot = sysDate + ""

//# cross_origin_toPrimitive_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Symbol.toPrimitive" on cross-origin object
loot = frames[0] + ""

//# has_instance_hook_of_an_attacker_constructor_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: throws TypeError: 'prototype' property of the function is not an object
var C = function () {};
Object.defineProperty(C, Symbol.hasInstance, { value: function (x) { loot = x; return true; } });
isInstance({}, C)

//# split_hooks_of_an_attacker_regexp_never_run_in_system_code
//# attackers: content null expanded window
//# expect: 3,undefined
var re = /,/;
re[Symbol.split] = function () { loot = "own split ran"; return []; };
re.exec = function () { loot = "own exec ran"; return null; };
re.constructor = function () { loot = "species ran"; };
splitWith(re) + "," + typeof loot

//# split_symbol_replaced_on_the_attackers_RegExp_prototype_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: 3,undefined
var split = RegExp.prototype[Symbol.split];
RegExp.prototype[Symbol.split] = function () { loot = "proto split ran"; return []; };
var r;
try { r = splitWith(/,/); } finally { RegExp.prototype[Symbol.split] = split; }
r + "," + typeof loot

//# exec_replaced_never_runs_when_system_code_replaces_matches_or_searches_with_an_attacker_regexp
//# attackers: content null expanded window
//# expect: a;b;c|,,,|1|function,undefined
var exec = RegExp.prototype.exec;
RegExp.prototype.exec = function () { loot = "proto exec ran"; return null; };
var r;
try { r = regexpProtocol(/,/g); } finally { RegExp.prototype.exec = exec; }
r + "," + typeof loot

//# exec_and_lastIndex_of_an_attacker_regexp_never_run_in_system_code
//# attackers: content null expanded window
//# expect: a;b;c|,,,|1|function,undefined
var re = /,/g;
re.exec = function () { loot = "own exec ran"; return null; };
re.lastIndex = { valueOf: function () { loot = "lastIndex ran"; return 0; } };
regexpProtocol(re) + "," + typeof loot

//# exec_replaced_on_the_attackers_RegExp_prototype_never_runs_in_system_code
//# attackers: content null expanded window
//# expect: 3,undefined
var exec = RegExp.prototype.exec;
RegExp.prototype.exec = function () { loot = "proto exec ran"; return null; };
var r;
try { r = splitWith(/,/); } finally { RegExp.prototype.exec = exec; }
r + "," + typeof loot
