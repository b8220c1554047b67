// LiveConnect: no Packages, java, getClass, JavaAdapter, JavaImporter, importClass or
// importPackage in any global, and host objects made by the engine's host classes (the suite's
// `Vault`) show their declared members and nothing of their Java peer: no getClass, class, wait,
// notify, hashCode or equals, and Java exceptions of a member never reach a script.

//# liveconnect_globals_are_absent
//# attackers: content null expanded window
//# expect: undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined
["Packages", "java", "javax", "org", "com", "net", "getClass", "JavaAdapter", "JavaImporter", "importClass", "importPackage", "JavaException"]
  .map(function (n) { return typeof this[n]; }, this).join()

//# packages_reference_throws
//# attackers: content null expanded window
//# expect: throws ReferenceError: "Packages" is not defined.
loot = Packages.java.lang.System

//# java_reference_throws
//# expect: throws ReferenceError: "java" is not defined.
java.lang.Runtime.getRuntime().exec("id")

//# getClass_call_throws
//# expect: throws ReferenceError: "getClass" is not defined.
loot = getClass(this)

//# importPackage_call_throws
//# expect: throws ReferenceError: "importPackage" is not defined.
importPackage(Packages.java.io)

//# JavaImporter_new_throws
//# expect: throws ReferenceError: "JavaImporter" is not defined.
loot = new JavaImporter()

//# JavaAdapter_new_throws
//# expect: throws ReferenceError: "JavaAdapter" is not defined.
loot = new JavaAdapter(Object, {})

//# shell_functions_are_absent
//# attackers: content null expanded window
//# expect: undefined,undefined,undefined,undefined,undefined,undefined,undefined
["load", "print", "readFile", "runCommand", "sync", "spawn", "quit"].map(function (n) { return typeof this[n]; }, this).join()

//# own_host_object_shows_no_java_methods
//# attackers: content null expanded window
//# expect: undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined
["getClass", "class", "wait", "notify", "notifyAll", "hashCode", "equals", "peer"].map(function (n) { return typeof myVault[n]; }).join()

//# own_host_object_declared_members_only
//# attackers: content null expanded window
//# expect: constructor,explode,keep,kept,label,leak,open
Object.getOwnPropertyNames(Object.getPrototypeOf(myVault)).sort().join()

//# own_host_object_members_work
//# expect: attacker-vault,attacker-vault,[object Vault]
[myVault.open(), myVault.label, Object.prototype.toString.call(myVault)].join()

//# host_object_leaking_a_raw_system_object_is_wrapped
//# attackers: content null expanded window
//# expect: undefined,true
loot = myVault.leak();
typeof loot.password + "," + (Object.getPrototypeOf(loot) === Object.prototype)

//# host_object_keeps_a_cow_as_the_attacker_sees_it
//# expect: true,undefined
myVault.keep(cow);
loot = myVault.kept();
(loot === cow) + "," + typeof loot.secret

//# host_member_java_exception_is_generic
//# attackers: content null expanded window
//# expect: An exception was thrown,undefined,false
try { myVault.explode(); } catch (e) { loot = e; }
[loot.message, typeof loot.javaException, /java|Vault\.java|etc/.test(String(loot.stack) + loot.message)].join()

//# host_constructor_is_illegal
//# expect: throws TypeError: Illegal constructor
loot = new Vault()

//# host_member_on_a_foreign_this_refused
//# expect: throws TypeError: 'open' called on an object that does not implement interface Vault.
Vault.prototype.open.call({})

//# host_member_on_the_system_vault_refused
//# expect: throws TypeError: 'open' called on an object that does not implement interface Vault.
Vault.prototype.open.call(sysVault)

//# system_host_object_is_opaque
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "open"
loot = sysVault.open

//# system_host_object_getClass_denied
//# expect: throws Error: Permission denied to access property "getClass"
loot = sysVault.getClass

//# primitives_have_no_getClass
//# expect: undefined,undefined,undefined,undefined
[typeof "".getClass, typeof (1).getClass, typeof [].getClass, typeof (function () {}).getClass].join()

//# error_has_no_java_exception
//# expect: undefined,undefined
var e = new Error("x");
typeof e.javaException + "," + typeof e.rhinoException

//# cross_origin_frame_liveconnect_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Packages" on cross-origin object
loot = frames[0].Packages

//# window_host_members_show_no_java_methods
//# attackers: window
//# expect: undefined,undefined,undefined
[typeof window.getClass, typeof location.getClass, typeof window.hashCode].join()
