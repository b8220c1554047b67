// __proto__, Object.getPrototypeOf and Object.setPrototypeOf on wrappers: an opaque wrapper has a
// null prototype, a Chrome Object Wrapper the attacker's own Object.prototype; neither lets the
// attacker change the prototype of a system object or climb to a system prototype.

//# opaque_prototype_is_null
//# attackers: content null expanded window
//# expect: null,null,null,null
[arr, fn, sysGlobal, makeError()].map(function (o) { return String(Object.getPrototypeOf(o)); }).join()

//# opaque_dunder_proto_denied
//# expect: throws Error: Permission denied to access property "__proto__"
loot = fn.__proto__

//# cow_prototype_is_the_attackers_own
//# expect: true
loot = Object.getPrototypeOf(cow);
loot === Object.prototype && cow.__proto__ === Object.prototype

//# cow_setPrototypeOf_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "__proto__"
Object.setPrototypeOf(cow, { planted: 1 })

//# cow_dunder_proto_assignment_denied
//# expect: throws Error: Permission denied to access property "__proto__"
cow.__proto__ = { planted: 1 }

//# opaque_setPrototypeOf_denied
//# expect: throws Error: Permission denied to access property "__proto__"
Object.setPrototypeOf(arr, {})

//# callable_opaque_setPrototypeOf_denied
//# expect: throws Error: Permission denied to access property "__proto__"
Object.setPrototypeOf(fn, Function.prototype)

//# reflect_setPrototypeOf_on_system_global_denied
//# expect: throws Error: Permission denied to access property "__proto__"
Reflect.setPrototypeOf(sysGlobal, {})

//# inheriting_from_a_cow_reads_nothing
//# expect: undefined,true
var heir = Object.create(cow);
loot = heir;
typeof heir.secret + "," + (heir.constructor === Object)

//# inheriting_from_a_cow_writes_land_on_the_heir
//# expect: true,true
var heir = Object.create(cow);
heir.secret = "mine";
heir.planted = 1;
String(heir.hasOwnProperty("secret")) + "," + heir.hasOwnProperty("planted")

//# inheriting_from_an_opaque_wrapper_denies_reads
//# expect: throws Error: Permission denied to access property "length"
var heir = Object.create(arr);
loot = heir.length

//# inheriting_from_a_system_function_denies_call
//# expect: throws Error: Permission denied to access property "call"
var heir = Object.setPrototypeOf({}, fn);
loot = heir.call

//# object_literal_proto_of_callable_opaque_denies_apply
//# expect: throws Error: Permission denied to access property "apply"
loot = ({ __proto__: fn }).apply

//# super_through_a_cow_reads_nothing_writes_home
//# expect: undefined,true
var o = { __proto__: cow, probe() { return typeof super.secret; } };
var r = o.probe();
o.secret = 1;
r + "," + o.hasOwnProperty("secret")

//# instanceof_a_system_function_as_the_right_operand_denied
//# expect: throws Error: Permission denied to access property "prototype"
({}) instanceof fn

//# prototype_of_returned_values
//# expect: true,null,null
var a = Object.getPrototypeOf(makeObject()) === Object.prototype;
[a, Object.getPrototypeOf(makeArray()), Object.getPrototypeOf(makeFunction())].map(String).join()

//# dunder_proto_getter_applied_to_opaque
//# expect: null
var get = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get;
String(get.call(arr))

//# dunder_proto_setter_applied_to_cow_denied
//# expect: throws Error: Permission denied to access property "__proto__"
var set = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").set;
set.call(cow, Array.prototype)

//# cross_origin_prototype_is_null_and_fixed
//# attackers: window
//# expect: null,TypeError
var B = frames[0];
var r = String(Object.getPrototypeOf(B));
try { Object.setPrototypeOf(B, Object.prototype); r += ",set"; } catch (e) { r += "," + e.name; }
r

//# cross_origin_dunder_proto_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "__proto__" on cross-origin object
loot = frames[0].__proto__

//# foreign_prototype_is_null
//# attackers: content null expanded window
//# expect: null,null
String(Object.getPrototypeOf(foreign)) + "," + String(Object.getPrototypeOf(foreignGlobal))
