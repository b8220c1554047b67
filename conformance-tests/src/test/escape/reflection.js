// Reflection on wrappers: Object.getOwnPropertyDescriptor (and the getters and setters of the
// descriptors it gives), Reflect.*, key listing, Object.assign and JSON.stringify with getters.
// Nothing hands out a value, getter or setter the wrapper would not.

//# cow_descriptor_is_undefined
//# attackers: content null expanded window
//# expect: undefined
typeof Object.getOwnPropertyDescriptor(cow, "secret")

//# cow_descriptors_are_empty
//# expect: 0
Object.keys(Object.getOwnPropertyDescriptors(cow)).length

//# opaque_descriptor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "0"
loot = Object.getOwnPropertyDescriptor(arr, "0")

//# callable_opaque_prototype_descriptor_denied
//# expect: throws Error: Permission denied to access property "prototype"
loot = Object.getOwnPropertyDescriptor(fn, "prototype")

//# system_global_descriptor_denied
//# expect: throws Error: Permission denied to access property "Components"
loot = Object.getOwnPropertyDescriptor(sysGlobal, "Components")

//# system_global_descriptors_denied
//# expect: throws Error: Permission denied to access object
loot = Object.getOwnPropertyDescriptors(sysGlobal)

//# system_object_prototype_accessor_descriptor_is_undefined
//# expect: undefined
typeof Object.getOwnPropertyDescriptor(sysObjectProto, "__proto__")

//# own_accessor_getter_applied_to_a_system_function_gives_null
//# expect: null
var get = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get;
String(get.call(fn))

//# key_listing_of_opaque_wrappers_denied
//# attackers: content null expanded window
//# expect: denied,denied,denied,denied,denied
[Object.getOwnPropertyNames, Object.getOwnPropertySymbols, Reflect.ownKeys, Object.keys, Object.entries].map(function (f) {
  try { loot = f(arr); return "listed"; } catch (e) { return e.message === "Permission denied to access object" ? "denied" : e.message; }
}).join()

//# key_listing_of_a_cow_is_empty
//# expect: 0,0,0,0,0
[Object.getOwnPropertyNames(cow), Object.getOwnPropertySymbols(cow), Reflect.ownKeys(cow), Object.keys(cow), Object.values(cow)]
  .map(function (a) { return a.length; }).join()

//# reflect_get_of_opaque_denied
//# expect: throws Error: Permission denied to access property "0"
loot = Reflect.get(arr, 0)

//# reflect_get_with_a_cow_receiver_runs_the_attackers_getter
//# expect: true
var holder = { get me() { return this; } };
loot = Reflect.get(holder, "me", cow);
loot === cow || loot === holder

//# reflect_set_on_a_cow_denied
//# check: secrets.planted === undefined
//# expect: throws Error: Permission denied to access property "planted"
Reflect.set(cow, "planted", 1)

//# reflect_defineProperty_on_a_cow_refused
//# expect: false
Reflect.defineProperty(cow, "planted", { value: 1 })

//# reflect_deleteProperty_on_a_cow_deletes_nothing
//# expect: true,undefined
Reflect.deleteProperty(cow, "secret") + "," + cow.secret

//# reflect_has_on_opaque_denied
//# expect: throws Error: Permission denied to access property "length"
Reflect.has(arr, "length")

//# reflect_has_on_a_cow_is_false
//# expect: false
Reflect.has(cow, "secret")

//# reflect_preventExtensions_on_a_cow_denied
//# expect: throws Error: Permission denied to access object
Reflect.preventExtensions(cow)

//# hasOwnProperty_on_opaque_denied
//# expect: throws Error: Permission denied to access property "length"
Object.prototype.hasOwnProperty.call(arr, "length")

//# propertyIsEnumerable_on_opaque_denied
//# expect: throws Error: Permission denied to access property "0"
Object.prototype.propertyIsEnumerable.call(arr, "0")

//# lookupGetter_on_the_system_global_denied
//# expect: throws Error: Permission denied to access property "Components"
loot = Object.prototype.__lookupGetter__.call(sysGlobal, "Components")

//# defineGetter_on_a_cow_denied
//# expect: throws Error: Permission denied to access property "planted"
Object.prototype.__defineGetter__.call(cow, "planted", function () { return 1; })

//# object_assign_from_a_cow_copies_nothing
//# expect: 0
Object.keys(Object.assign({}, cow)).length

//# object_assign_from_opaque_denied
//# expect: throws Error: Permission denied to access object
loot = Object.assign({}, arr)

//# object_assign_with_a_getter_returning_a_wrapper
//# expect: true
var o = Object.assign({}, { get x() { return cow; } });
loot = o;
o.x === cow

//# json_stringify_getter_returning_a_wrapper
//# expect: {"x":{}}
JSON.stringify({ get x() { return cow; } })

//# define_properties_from_a_cow_defines_nothing
//# expect: 0,0
var a = Object.defineProperties({}, cow);
var b = Object.create(null, cow);
Object.keys(a).length + "," + Object.keys(b).length

//# freeze_of_opaque_denied
//# expect: throws Error: Permission denied to access object
Object.freeze(arr)

//# cross_origin_own_property_descriptors_hold_only_allowlisted_values
//# attackers: window
//# expect: ok
var d = Object.getOwnPropertyDescriptors(frames[0]);
loot = d;
var bad = Object.keys(d).filter(function (k) { return ["0", "blur", "close", "closed", "focus", "frames", "length", "location",
  "opener", "parent", "postMessage", "self", "then", "top", "window"].indexOf(k) < 0; });
bad.length ? bad.join() : "ok"

//# cross_origin_reflect_get_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
loot = Reflect.get(frames[0], "secret")

//# uneval_of_a_cow_is_empty
//# expect: ({})
uneval(cow)

//# uneval_of_a_system_function_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "toSource"
loot = uneval(fn)

//# toSource_of_a_system_function_denied
//# expect: throws Error: Permission denied to access property "valueOf"
loot = Function.prototype.toSource.call(fn)

//# object_spread_of_a_cow_is_empty
//# attackers: content null expanded window
//# expect: {}
JSON.stringify({ ...cow })

//# object_spread_of_opaque_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access object
loot = { ...arr }

//# object_spread_of_the_system_global_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access object
loot = { ...sysGlobal }

//# object_destructuring_of_a_cow_finds_nothing
//# expect: undefined,undefined
var { secret, nested } = cow;
typeof secret + "," + typeof nested

//# object_destructuring_of_opaque_denied
//# expect: throws Error: Permission denied to access property "length"
var { length } = arr;
loot = length
