// `this` and the global: `this`/`globalThis` at the top level of evalInSandbox code, `this` in
// sloppy functions called with no receiver (by the attacker's own builtins, or across by system
// code), `with` statements over wrappers. The attacker's `this` is always its own global or its
// own object, never the global of the system code that started the run.

//# top_level_this_is_the_attackers_global
//# attackers: content null expanded window
//# expect: true,undefined,undefined,undefined
[this === globalThis, typeof this.Components, typeof globalThis.Cu, typeof this.SYSTEM_MARKER].join()

//# sloppy_plain_call_this
//# attackers: content null expanded window
//# expect: true
loot = (function () { return this; })();
loot === this

//# sloppy_call_undefined_this
//# attackers: content null expanded window
//# expect: true
loot = (function () { return this; }).call(undefined);
loot === this

//# sloppy_apply_null_this
//# expect: true
loot = (function () { return this; }).apply(null, []);
loot === this

//# sloppy_bind_without_this
//# expect: true
loot = (function () { return this; }).bind()();
loot === this

//# sloppy_call_reaches_system_code
//# attackers: content null expanded window
//# expect: undefined
var g = (function () { return this; }).call();
loot = g;
var r;
try { r = typeof g.Function("return Components")(); } catch (e) { r = "undefined"; }
r

//# string_replace_callback_this
//# attackers: content null expanded window
//# expect: true
"a".replace("a", function () { loot = this; return ""; });
loot === this

//# promise_executor_this
//# attackers: content null expanded window
//# expect: true
new Promise(function () { loot = this; });
loot === this

//# reflect_apply_undefined_this
//# attackers: content null expanded window
//# expect: true
loot = Reflect.apply(function () { return this; }, undefined, []);
loot === undefined || loot === this || Object.getPrototypeOf(loot) === Object.prototype

//# array_callback_this
//# expect: true
loot = [1].map(function () { return this; })[0];
loot === this

//# tagged_template_this
//# expect: true
(function () { loot = this; })``;
loot === this

//# system_code_calling_a_sloppy_callback_bare
//# attackers: content null expanded window
//# expect: true
callbackBare(function () { loot = this; return this === globalThis; })

//# exported_function_this_is_the_systems_own_global_seen_opaque
//# expect: true,Permission denied to access property "Components"
loot = exportedThis();
var r = String(loot === sysGlobal);
try { loot.Components; r += ",read"; } catch (e) { r += "," + e.message; }
r

//# with_over_a_cow_finds_nothing
//# attackers: content null expanded window
//# expect: throws ReferenceError: "secret" is not defined.
with (cow) { secret; }

//# with_over_an_opaque_array_denied
//# expect: throws Error: Permission denied to access property "length"
with (arr) { length; }

//# with_over_the_system_global_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "Components"
with (sysGlobal) { Components; }

//# with_over_a_system_function_denied
//# expect: throws Error: Permission denied to access property "call"
with (fn) { call; }

//# function_declared_in_a_with_over_a_cow
//# expect: true
var f;
with (cow) { f = function () { return this; }; }
loot = f();
loot === this || Object.getPrototypeOf(loot) === cow || loot === cow

//# indirect_eval_this
//# expect: true
(0, eval)("this") === this

//# function_constructor_function_called_with_undefined_this
//# expect: true
loot = Function("return this").call(undefined);
loot === this

//# getter_this_on_a_primitive
//# expect: true
Object.defineProperty(String.prototype, "me", { configurable: true, get: function () { return this; } });
loot = "abc".me;
delete String.prototype.me;
Object.getPrototypeOf(loot) === String.prototype

//# primitive_constructors_are_the_attackers_own
//# attackers: content null expanded window
//# expect: true
"s".constructor === String && (1).constructor === Number && true.constructor === Boolean && Symbol().constructor === Symbol

//# host_entry_sloppy_call_this_is_the_attackers_global
//# entry: host
//# attackers: content null expanded window
//# expect: true
loot = (function () { return this; }).call(undefined);
loot === this

//# system_sloppy_this_is_the_systems_own_global
//# attackers: content null expanded window
//# expect: system
whoIsGlobal()

//# host_entry_system_sloppy_this_is_the_systems_own_global
//# entry: host
//# attackers: content null expanded window
//# expect: system
whoIsGlobal()

//# host_entry_system_library_init_plants_nothing
//# entry: host
//# attackers: content null expanded window
//# expect: object,undefined
var r = initLibrary();
loot = typeof libraryState === "undefined" ? undefined : libraryState;
r + "," + typeof loot

//# array_from_map_function_this
//# attackers: content null expanded window
//# expect: true
Array.from([1], function () { loot = this; return 0; });
loot === this

//# string_replace_regexp_callback_this
//# expect: true
"a".replace(/a/, function () { loot = this; return ""; });
loot === this

//# string_replaceAll_callback_this
//# expect: true
"a".replaceAll("a", function () { loot = this; return ""; });
loot === this

//# sort_comparator_this
//# expect: true
[2, 1].sort(function () { loot = this; return 0; });
loot === this || loot === undefined
