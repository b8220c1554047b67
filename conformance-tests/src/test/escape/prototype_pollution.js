// Prototype pollution across compartments: the attacker writes to what it thinks is a system
// prototype. Every such write is refused or lands in the attacker's own realm; the harness checks
// after every case that the system's Object.prototype, Array.prototype and Function.prototype (and
// every other object two steps from the system global) are unchanged, and the cases below also ask
// the system directly.

//# system_Object_prototype_write_denied
//# attackers: content null expanded window
//# check: ({}).polluted === undefined
//# expect: throws Error: Permission denied to access property "polluted"
sysObjectProto.polluted = 1

//# system_Object_prototype_method_overwrite_denied
//# check: ({}).toString() === "[object Object]"
//# expect: throws Error: Permission denied to access property "toString"
sysObjectProto.toString = function () { return "pwned"; }

//# system_Array_prototype_write_denied
//# attackers: content null expanded window
//# check: [].polluted === undefined
//# expect: throws Error: Permission denied to access property "polluted"
sysArrayProto.polluted = 1

//# system_Array_prototype_push_overwrite_denied
//# check: [1].concat([2]).length === 2
//# expect: throws Error: Permission denied to access property "push"
sysArrayProto.push = function () { return "pwned"; }

//# system_Function_prototype_write_denied
//# check: (function () {}).polluted === undefined
//# expect: throws Error: Permission denied to access property "polluted"
sysFunctionProto.polluted = 1

//# system_Object_prototype_defineProperty_denied
//# expect: throws Error: Permission denied to access property "polluted"
Object.defineProperty(sysObjectProto, "polluted", { get: function () { return this; } })

//# system_Array_prototype_defineProperty_denied
//# expect: throws Error: Permission denied to access property "0"
Object.defineProperty(sysArrayProto, "0", { value: "pwned" })

//# system_Object_prototype_assign_writes_nothing
//# check: ({}).polluted === undefined && !Object.prototype.hasOwnProperty("polluted")
//# expect: true,undefined
var r = Object.assign(sysObjectProto, { polluted: 1 });
(r === sysObjectProto) + "," + sysObjectProto.polluted

//# system_Object_prototype_delete_denied
//# check: typeof Object.prototype.hasOwnProperty === "function"
//# expect: throws Error: Permission denied to access property "hasOwnProperty"
delete sysObjectProto.hasOwnProperty

//# system_Object_prototype_freeze_denied
//# check: Object.isExtensible(Object.prototype)
//# expect: throws Error: Permission denied to access object
Object.freeze(sysObjectProto)

//# system_Array_prototype_preventExtensions_denied
//# check: Object.isExtensible(Array.prototype)
//# expect: throws Error: Permission denied to access object
Object.preventExtensions(sysArrayProto)

//# system_Object_prototype_through_constructor_denied
//# expect: throws Error: Permission denied to access property "prototype"
sysObject.prototype.polluted = 1

//# own_Object_prototype_pollution_stays_home
//# attackers: content null expanded window
//# check: ({}).polluted === undefined && secrets.polluted === undefined
//# expect: 1,1
Object.prototype.polluted = 1;
({}).polluted + "," + cow.polluted

//# cow_dunder_proto_is_the_attackers_own_prototype
//# check: ({}).polluted === undefined
//# expect: true
cow.__proto__.polluted = 1;
delete Object.prototype.polluted;
cow.__proto__ === Object.prototype

//# callback_argument_prototype_is_the_attackers_own
//# check: ({}).viaCallback === undefined && journal.calls === 1
//# expect: true
callback(function (s) { s.__proto__.viaCallback = 1; return Object.prototype.viaCallback === 1; })

//# callback_this_write_denied
//# check: secrets.planted === undefined
//# expect: throws Error: Permission denied to access property "planted"
callbackThis(function () { this.planted = 1; })

//# returned_object_write_denied
//# expect: throws Error: Permission denied to access property "made"
var o = makeObject();
o.made = "pwned"

//# system_global_write_denied
//# attackers: content null expanded window
//# check: typeof planted === "undefined"
//# expect: throws Error: Permission denied to access property "planted"
sysGlobal.planted = 1

//# system_global_Object_replacement_denied
//# check: Object === ({}).constructor
//# expect: throws Error: Permission denied to access property "Object"
sysGlobal.Object = function () {}

//# components_write_denied
//# check: typeof Components.utils.evalInSandbox === "function"
//# expect: throws Error: Permission denied to access property "utils"
sysComponents.utils = {}

//# json_proto_key_pollutes_nothing
//# check: ({}).polluted === undefined
//# expect: undefined,true
var parsed = JSON.parse('{"__proto__": {"polluted": 1}}');
typeof ({}).polluted + "," + parsed.hasOwnProperty("__proto__")

//# generic_array_methods_on_system_array_denied
//# check: sysArray.length === 2
//# expect: throws Error: Permission denied to access property "length"
Array.prototype.push.call(arr, "pwned")

//# cross_origin_Object_prototype_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Object" on cross-origin object
frames[0].Object.prototype.polluted = 1

//# cross_origin_global_write_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to set property "planted" on cross-origin object
frames[0].planted = 1

//# pollution_through_the_top_call_scope_global
//# attackers: content null expanded window
//# check: ({}).polluted === undefined
//# expect: done
var g = (function () { return this; }).call(undefined);
g.Object.prototype.polluted = 1;
delete Object.prototype.polluted;
"done"
