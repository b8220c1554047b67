// exportFunction, cloneInto and createObjectIn from the attacker's side: forwarders the system
// exported to it, clones it received, and the sandbox's own export helpers turned against the
// system (wantExportHelpers). Forwarders hold their callee in Java only; clones are built in the
// attacker's global; the helpers refuse any scope or function the attacker does not subsume.

//# exported_echo_of_a_cow_gives_the_cow_back
//# attackers: content null expanded window
//# expect: true,undefined
loot = exportedEcho(cow);
(loot === cow) + "," + typeof loot.secret

//# exported_echo_of_a_foreign_object_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to pass object to exported function
exportedEcho(foreign)

//# exported_echo_with_a_foreign_this_denied
//# expect: throws Error: Permission denied to pass object to exported function
Function.prototype.call.call(exportedEcho, foreign, 1)

//# exported_call_gives_the_callback_a_cow
//# attackers: content null expanded window
//# expect: undefined,true
exportedCall(function (s) { loot = s; return typeof s.password + "," + (Object.getPrototypeOf(s) === Object.prototype); })

//# exported_throw_is_generic
//# expect: throws Error: An exception was thrown
exportedThrow()

//# exported_forwarder_shows_only_length_and_name
//# attackers: content null expanded window
//# expect: length,name
Object.getOwnPropertyNames(exportedEcho).filter(function (k) { return k !== "prototype" && k !== "arguments" && k !== "caller" && k !== "arity"; }).sort().join()

//# exported_forwarder_prototype_is_the_attackers_Function_prototype
//# expect: true
Object.getPrototypeOf(exportedEcho) === Function.prototype

//# new_on_an_exported_function_gives_a_cow
//# expect: true
loot = new exportedEcho(1);
Object.getPrototypeOf(loot) === Object.prototype

//# cloned_function_forwarder_returns_a_cow
//# expect: undefined,true
loot = clonedWithFunction.f();
typeof loot.password + "," + (Object.getPrototypeOf(loot) === Object.prototype)

//# cloned_function_forwarder_with_a_foreign_argument_denied
//# expect: throws Error: Permission denied to pass object to exported function
clonedWithFunction.f(foreign)

//# clone_is_the_attackers_own
//# attackers: content null expanded window
//# expect: true,1,2
(Object.getPrototypeOf(cloned) === Object.prototype) + "," + cloned.a + "," + cloned.nested.b

//# helper_exportFunction_into_the_system_global_denied
//# attackers: content null expanded
//# expect: throws Error: Permission denied to export function into scope
exportFunction(function () { return 1; }, sysGlobal, { defineAs: "planted" })

//# helper_exportFunction_of_a_system_function_denied
//# expect: throws Error: Permission denied to export function into scope
loot = exportFunction(fn, this, { defineAs: "laundered" })

//# helper_exportFunction_into_a_foreign_scope_denied
//# expect: throws Error: Permission denied to export function into scope
exportFunction(function () {}, foreign, { defineAs: "planted" })

//# helper_exportFunction_into_a_cow_denied
//# check: secrets.planted === undefined
//# expect: throws Error: Permission denied to export function into scope
exportFunction(function () {}, cow, { defineAs: "planted" })

//# helper_cloneInto_the_system_global_denied
//# attackers: content null expanded
//# check: typeof planted === "undefined"
//# expect: throws Error: Permission denied to clone object into scope
cloneInto({ a: 1 }, sysGlobal)

//# helper_cloneInto_a_cow_denied
//# expect: throws Error: Permission denied to clone object into scope
cloneInto({ a: 1 }, cow)

//# helper_clone_of_a_cow_is_empty
//# expect: 0,true
var c = cloneInto(cow, this);
loot = c;
Object.keys(c).length + "," + (Object.getPrototypeOf(c) === Object.prototype)

//# helper_clone_of_an_opaque_array_denied
//# expect: throws Error: Permission denied to access object
loot = cloneInto(arr, this)

//# helper_clone_of_a_system_function_refused
//# expect: throws Error: Permission denied to pass a Function via structured clone
loot = cloneInto({ f: fn }, this)

//# helper_clone_of_a_system_function_with_cloneFunctions
//# expect: true
var c;
try { c = cloneInto({ f: fn }, this, { cloneFunctions: true }); } catch (e) { c = e; }
loot = c;
c instanceof Error || c.f === undefined || (Object.getPrototypeOf(c.f) === Function.prototype && c.f(3) === 3)

//# helper_clone_of_a_system_function_with_cloneFunctions_keeps_the_argument_check
//# expect: throws Error: Permission denied to pass object to privileged code
var c = cloneInto({ f: fn }, this, { cloneFunctions: true });
loot = c;
c.f(cow)

//# helper_clone_of_the_own_host_object_without_wrapReflectors_refused
//# expect: throws DataCloneError: Vault object could not be cloned; a host object passes only by reference, with wrapReflectors: true.
loot = cloneInto(myVault, this)

//# helper_clone_of_the_system_host_object_with_wrapReflectors_refused
//# expect: throws DataCloneError: Vault object could not be cloned; a host object passes only by reference, with wrapReflectors: true.
loot = cloneInto({ v: sysVault }, this, { wrapReflectors: true })

//# helper_createObjectIn_the_system_global_denied
//# expect: throws Error: Permission denied to create object in the target scope
loot = createObjectIn(sysGlobal, { defineAs: "planted" })

//# helper_isProxy_of_a_system_proxy_denied
//# expect: throws Error: Permission denied to access object
isProxy(sysProxy)

//# helper_defineAs_with_toString_refused
//# expect: throws Error: defineAs must be a string
exportFunction(function () {}, this, { defineAs: { toString: function () { return "x"; } } })

//# system_global_defineAs_through_the_helper_with_a_waiver_denied
//# expect: throws Error: Permission denied to export function into scope
exportFunction(function () {}, waivedForeignGlobal, { defineAs: "planted" })

//# helper_clone_of_a_map_holding_a_cow
//# expect: 0,true
var c = cloneInto(new Map([["k", cow]]), this);
loot = c;
Object.keys(c.get("k")).length + "," + (Object.getPrototypeOf(c.get("k")) === Object.prototype)

//# helper_clone_of_a_set_holding_an_opaque_wrapper_denied
//# expect: throws Error: Permission denied to access object
loot = cloneInto(new Set([arr]), this)

//# helper_clone_of_an_array_holding_the_system_global_denied
//# expect: throws Error: Permission denied to access object
loot = cloneInto([sysGlobal], this)

//# helper_clone_of_a_system_date_denied
//# expect: throws Error: Permission denied to access object
loot = cloneInto(sysDate, this)
