// Waivers smuggled across origins: a waiver crosses only between same-origin compartments and
// arrives anywhere else as the receiver's normal wrapper; `wrappedJSObject` on what the attacker
// holds gives nothing it did not already have.

//# system_waiver_of_a_foreign_object_arrives_opaque
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "v"
loot = waivedForeign.v

//# system_waiver_is_the_normal_wrapper
//# expect: true
waivedForeign === foreign

//# system_waiver_of_a_foreign_global_arrives_opaque
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "victimSecret"
loot = waivedForeignGlobal.victimSecret

//# cow_wrappedJSObject_is_nothing
//# attackers: content null expanded window
//# expect: undefined
typeof cow.wrappedJSObject

//# opaque_wrappedJSObject_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "wrappedJSObject"
loot = arr.wrappedJSObject

//# callable_opaque_wrappedJSObject_denied
//# expect: throws Error: Permission denied to access property "wrappedJSObject"
loot = fn.wrappedJSObject

//# system_global_wrappedJSObject_denied
//# expect: throws Error: Permission denied to access property "wrappedJSObject"
loot = sysGlobal.wrappedJSObject

//# foreign_wrappedJSObject_denied
//# expect: throws Error: Permission denied to access property "wrappedJSObject"
loot = foreign.wrappedJSObject

//# own_object_wrappedJSObject_is_nothing
//# expect: undefined
typeof ({}).wrappedJSObject

//# system_waiver_of_the_attackers_own_object_is_the_object
//# setup: give.waivedOwn = Cu.waiveXrays(Cu.evalInSandbox("this.mineForWaiver = { mine: 1 }", sb));
//# attackers: content null expanded
//# expect: true
loot = waivedOwn;
waivedOwn === mineForWaiver && Object.getPrototypeOf(waivedOwn) === Object.prototype

//# system_waiver_of_a_system_object_is_a_cow
//# setup: give.waivedSystem = Cu.waiveXrays(secrets);
//# expect: undefined,true
loot = waivedSystem;
typeof waivedSystem.password + "," + (Object.getPrototypeOf(waivedSystem) === Object.prototype)

//# member_waiver_of_an_expanded_principal_stays_in_the_member
//# setup: var member = Cu.Sandbox("https://other.example"); give.memberObj = Cu.evalInSandbox("({ m: 1 })", member);
//# attackers: expanded
//# expect: throws ReferenceError: "Components" is not defined.
var F = memberObj.wrappedJSObject.constructor.constructor;
loot = F;
F("return Components")()

//# components_waiveXrays_unreachable
//# expect: undefined,undefined
typeof sysCu.waiveXrays + "," + typeof XPCNativeWrapper

//# cross_origin_wrappedJSObject_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "wrappedJSObject" on cross-origin object
loot = frames[0].wrappedJSObject

//# cross_origin_location_wrappedJSObject_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "wrappedJSObject" on cross-origin object
loot = frames[0].location.wrappedJSObject

//# third_origin_frame_wrappedJSObject_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "wrappedJSObject" on cross-origin object
loot = frames[0][0].wrappedJSObject
