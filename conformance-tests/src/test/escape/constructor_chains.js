// constructor.constructor on every kind of wrapper, and on values received from the other side
// (results of calls, thrown values, arguments of callbacks). The constructor chain of a system
// object must end in the attacker's own Function or in a denial: never in the system's Function,
// which would run code with system authority. A script that reaches a Function tries
// `F('return Components')()`: the attacker's own Function throws a ReferenceError.

//# cow_constructor_is_the_attackers_own_Object
//# attackers: content null expanded window
//# expect: true
loot = cow.constructor;
loot === Object

//# cow_constructor_constructor_runs_attacker_code_only
//# attackers: content null expanded window
//# expect: throws ReferenceError: "Components" is not defined.
loot = cow.constructor.constructor;
loot('return Components')()

//# cow_nested_value_is_hidden
//# expect: undefined
loot = cow.nested;
typeof loot

//# cow_method_is_hidden
//# expect: undefined
loot = cow.method;
typeof loot

//# opaque_array_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
loot = arr.constructor

//# callable_opaque_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
loot = fn.constructor

//# callable_opaque_constructor_via_bracket_key_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = fn["const" + "ructor"]

//# returned_object_constructor_is_the_attackers_own
//# expect: true
loot = makeObject();
loot.constructor === Object && loot.made === undefined

//# returned_array_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = makeArray();
loot.constructor

//# returned_function_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = makeFunction();
loot.constructor

//# returned_function_result_is_a_chrome_object_wrapper
//# expect: true,undefined
loot = makeFunction()();
String(loot.constructor === Object) + "," + typeof loot.password

//# returned_error_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = makeError();
loot.constructor

//# thrown_system_error_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
try { throwError(); } catch (e) { loot = e; }
loot.constructor

//# thrown_runtime_error_is_the_attackers_own_TypeError
//# expect: true
try { throwTypeError(); } catch (e) { loot = e; }
loot.constructor === TypeError && loot.constructor.constructor === Function

//# thrown_plain_object_constructor_is_the_attackers_own
//# expect: true,undefined
try { throwPlain(); } catch (e) { loot = e; }
String(loot.constructor === Object) + "," + typeof loot.thrown

//# thrown_function_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
try { throwFunction(); } catch (e) { loot = e; }
loot.constructor

//# callback_object_argument_constructor_is_the_attackers_own
//# expect: true
callback(function (s) { loot = s; return s.constructor === Object && s.password === undefined; })

//# callback_array_argument_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
callback(function (s, a) { loot = a; return a.constructor; })

//# callback_function_argument_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
callback(function (s, a, f) { loot = f; return f.constructor; })

//# callback_this_constructor_is_the_attackers_own
//# expect: true
callbackThis(function () { loot = this; return this.constructor === Object && this.password === undefined; })

//# constructed_callback_argument_constructor_is_the_attackers_own
//# expect: true
var made = callbackNew(function (s) { this.ok = s.constructor === Object && s.password === undefined; });
made.ok

//# exported_function_result_constructor_is_the_attackers_own
//# expect: true
loot = exportedSecrets();
loot.constructor === Object && loot.password === undefined

//# exported_function_constructor_is_the_attackers_own_Function
//# expect: throws ReferenceError: "Components" is not defined.
loot = exportedEcho.constructor;
loot('return Components')()

//# clone_constructor_is_the_attackers_own
//# expect: true
cloned.constructor === Object && cloned.nested.constructor === Object

//# cloned_function_constructor_is_the_attackers_own_Function
//# expect: true
loot = clonedWithFunction.f;
loot.constructor === Function && loot().constructor === Object && loot().password === undefined

//# system_global_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysGlobal.constructor

//# system_Object_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysObject.constructor

//# system_Object_call_result_is_a_chrome_object_wrapper
//# expect: true
loot = sysObject();
loot.constructor === Object && Object.getPrototypeOf(loot) === Object.prototype

//# system_Object_prototype_constructor_is_the_attackers_own
//# expect: true
loot = sysObjectProto.constructor;
loot === Object

//# system_Array_prototype_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysArrayProto.constructor

//# system_Function_prototype_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysFunctionProto.constructor

//# components_constructor_is_the_attackers_own
//# expect: true,undefined
loot = sysComponents.constructor;
[loot === Object, typeof sysComponents.utils].join()

//# system_native_state_constructors_denied
//# expect: denied,denied,denied,denied,denied,denied,denied,denied
[sysDate, sysRegExp, sysMap, sysPromise, sysProxy, sysVault, sysArguments, sysSymbolBox].map(function (o) {
  try { loot = o.constructor; return "reached"; } catch (e) { return /^Permission denied to access property "constructor"$/.test(e.message) ? "denied" : e.message; }
}).join()

//# bound_system_function_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysBound.constructor

//# foreign_object_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
loot = foreign.constructor

//# foreign_function_constructor_denied
//# expect: throws Error: Permission denied to access property "constructor"
loot = foreignFunction.constructor

//# own_host_object_constructor_chain_stays_home
//# attackers: content null expanded window
//# expect: throws ReferenceError: "Components" is not defined.
loot = myVault.constructor.constructor;
loot('return Components')()

//# strict_arguments_thrower_belongs_to_the_attacker
//# expect: true
loot = (function () { "use strict"; return Object.getOwnPropertyDescriptor(arguments, "callee").get; })();
loot.constructor === Function

//# strict_arguments_thrower_constructor_runs_attacker_code_only
//# expect: throws ReferenceError: "Components" is not defined.
loot = (function () { "use strict"; return Object.getOwnPropertyDescriptor(arguments, "callee").get; })();
loot.constructor("return Components")()

//# continuation_belongs_to_the_attacker
//# expect: true
var c = null;
try { c = new Continuation(); } catch (e) { c = null; }
loot = c;
c === null || (Object.getPrototypeOf(c) === Continuation.prototype && c.constructor.constructor === Function)
