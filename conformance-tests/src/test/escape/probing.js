// typeof and instanceof probing: what an attacker can learn about system objects without reading a
// property. typeof tells only object or function; instanceof against the attacker's constructors
// is false for opaque wrappers; instanceof against a system function is denied.

//# typeof_every_endowment
//# attackers: content null expanded window
//# expect: object,object,function,object,function,function,object,object
[cow, arr, fn, sysGlobal, sysEval, sysFunction, sysProxy, sysSymbolBox].map(function (o) { return typeof o; }).join()

//# instanceof_the_attackers_constructors
//# attackers: content null expanded window
//# expect: true,false,false,false,false,false
[cow instanceof Object, arr instanceof Array, arr instanceof Object, fn instanceof Function,
 makeError() instanceof Error, sysDate instanceof Date].join()

//# instanceof_a_system_function_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "prototype"
cow instanceof fn

//# instanceof_the_system_Object_denied
//# expect: throws Error: Permission denied to access property "prototype"
({}) instanceof sysObject

//# has_instance_hook_of_a_system_function_denied
//# expect: throws Error: Permission denied to access property "Symbol.hasInstance"
loot = sysObject[Symbol.hasInstance]

//# own_has_instance_applied_to_a_system_function_denied
//# expect: throws Error: Permission denied to access property "prototype"
Function.prototype[Symbol.hasInstance].call(fn, {})

//# class_tags_of_wrappers
//# expect: [object Object],[object Object],[object Object],[object Object],[object Object]
[arr, sysDate, sysRegExp, sysMap, makeError()].map(function (o) { return Object.prototype.toString.call(o); }).join()

//# is_array_of_wrappers
//# expect: false,false,false
[Array.isArray(arr), Array.isArray(makeArray()), Array.isArray(sysProxy)].join()

//# in_operator_on_a_cow_is_false
//# expect: false,false
("secret" in cow) + "," + ("password" in cow)

//# in_operator_on_opaque_denied
//# expect: throws Error: Permission denied to access property "length"
"length" in arr

//# in_operator_on_a_system_function_denied
//# expect: throws Error: Permission denied to access property "call"
"call" in fn

//# length_and_name_of_a_system_function_denied
//# expect: denied,denied
["length", "name"].map(function (k) { try { loot = fn[k]; return "read"; } catch (e) { return /^Permission denied/.test(e.message) ? "denied" : e.message; } }).join()

//# identity_of_wrappers
//# expect: true,false,true
[cow === cow, cow === makeObject(), fn === fn].join()

//# system_globals_are_absent_here
//# attackers: content null expanded window
//# expect: undefined,undefined,undefined,undefined,undefined,undefined
[typeof Components, typeof Cu, typeof Services, typeof Host, typeof SYSTEM_MARKER, typeof secrets].join()

//# delete_on_a_cow_denied
//# check: secrets.password === "hunter2"
//# expect: throws Error: Permission denied to access property "secret"
delete cow.secret

//# typed_array_views_of_system_data_denied
//# setup: give.sysBytes = new Uint8Array([1, 2, 3]);
//# expect: throws Error: Permission denied to access property "0"
loot = sysBytes[0]

//# own_typed_array_methods_on_system_bytes_refused
//# setup: give.sysBytes = new Uint8Array([1, 2, 3]);
//# expect: throws TypeError: Method called on incompatible object.
loot = Uint8Array.prototype.join.call(sysBytes)

//# regexp_exec_on_a_system_regexp_refused
//# expect: throws TypeError: Method "exec" called on incompatible object.
loot = RegExp.prototype.exec.call(sysRegExp, "secret")

//# date_getTime_on_a_system_date_refused
//# expect: throws TypeError: Method "getTime" called on incompatible object.
loot = Date.prototype.getTime.call(sysDate)

//# map_get_on_a_system_map_refused
//# expect: throws TypeError: Method called on incompatible object.
loot = Map.prototype.get.call(sysMap, "k")

//# cross_origin_typeof_and_instanceof
//# attackers: window
//# expect: object,function,false,false
[typeof frames[0], typeof frames[0].postMessage, frames[0] instanceof Object, frames[0].location instanceof Location].join()

//# typed_array_over_a_system_buffer_refused
//# expect: throws Error: invalid argument
loot = new Uint8Array(sysBuffer)

//# data_view_over_a_system_buffer_refused
//# expect: throws TypeError: Missing parameters
loot = new DataView(sysBuffer)

//# array_buffer_slice_of_a_system_buffer_refused
//# expect: throws TypeError: Method called on incompatible object.
loot = ArrayBuffer.prototype.slice.call(sysBuffer, 0)
