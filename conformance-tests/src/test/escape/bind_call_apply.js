// Function.prototype.bind, call and apply on wrappers: the attacker's own builtins may call a
// system function (that is what callable-only means), but `this` and every argument are checked
// at the call, however the call is made; nothing of the system function is readable.

//# system_function_bind_property_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "bind"
loot = fn.bind

//# system_function_call_property_denied
//# expect: throws Error: Permission denied to access property "call"
loot = fn.call

//# system_function_apply_property_denied
//# expect: throws Error: Permission denied to access property "apply"
loot = fn.apply

//# own_bind_on_a_system_function_calls_through
//# attackers: content null expanded window
//# check: journal.calls === 1
//# expect: 7
(function () {
  var bound = Function.prototype.bind.call(fn, null, 7);
  return bound();
})()

//# own_bind_with_an_own_this_calls_through
//# attackers: content null expanded window
//# check: journal.calls === 1
//# expect: 7
(function () {
  var bound = Function.prototype.bind.call(fn, {}, 7);
  return bound();
})()

//# bound_function_poison_pill_belongs_to_the_attacker
//# expect: true
var bound = function () {}.bind({});
loot = Object.getOwnPropertyDescriptor(bound, "arguments").get;
Object.getPrototypeOf(loot) === Function.prototype

//# own_bind_with_a_cow_as_this_denied
//# attackers: content null expanded window
//# check: journal.calls === 0
//# expect: throws Error: Permission denied to pass object to privileged code
Function.prototype.bind.call(fn, cow)(1)

//# own_bind_with_a_cow_argument_denied
//# check: journal.calls === 0
//# expect: throws Error: Permission denied to pass object to privileged code
Function.prototype.bind.call(fn, null, cow)()

//# own_call_with_the_system_global_as_this_denied
//# expect: throws Error: Permission denied to pass object to privileged code
Function.prototype.call.call(fn, sysGlobal, 1)

//# own_call_with_a_foreign_argument_denied
//# expect: throws Error: Permission denied to pass object to privileged code
Function.prototype.call.call(fn, null, foreign)

//# own_apply_with_a_cow_argument_denied
//# expect: throws Error: Permission denied to pass object to privileged code
Function.prototype.apply.call(fn, null, [cow])

//# own_apply_with_a_system_array_as_arguments_denied
//# expect: throws Error: Permission denied to access property "length"
Function.prototype.apply.call(fn, null, arr)

//# reflect_apply_with_a_system_array_as_arguments_denied
//# expect: throws Error: Permission denied to access property "length"
Reflect.apply(fn, null, arr)

//# new_on_a_bound_system_function_gives_a_cow
//# expect: true,undefined
loot = (function () {
  var C = Function.prototype.bind.call(fn, null, 1);
  return new C();
})();
(Object.getPrototypeOf(loot) === Object.prototype) + "," + typeof loot.anything

//# bound_system_function_returns_a_cow
//# expect: undefined,true
loot = sysBound();
typeof loot.password + "," + (Object.getPrototypeOf(loot) === Object.prototype)

//# bound_system_function_with_an_attacker_this
//# expect: undefined
loot = Function.prototype.call.call(sysBound, {});
typeof loot.password

//# bind_of_a_returned_system_function
//# expect: throws Error: Permission denied to access property "constructor"
loot = (function () { return Function.prototype.bind.call(makeFunction, {})(); })();
loot.constructor

//# system_apply_gives_the_callback_a_cow_as_this
//# attackers: content null expanded window
//# expect: undefined,true
applyTo(function () { loot = this; return typeof this.password + "," + (Object.getPrototypeOf(this) === Object.prototype); }, [])

//# system_apply_of_the_attackers_call_builtin
//# expect: TypeError,true
var r;
try { applyTo(Function.prototype.call, []); r = "called"; } catch (e) { loot = e; r = e.name + "," + / is not a function, it is object\.$/.test(e.message); }
r

//# error_messages_name_no_wrapper_internals
//# expect: false
var r;
try { applyTo(Function.prototype.call, []); r = "called"; } catch (e) { r = e.message; }
/WrapperShell|Compartment#|System Principal/.test(r)

//# toString_of_a_system_function_hides_its_source
//# expect: false
var s;
try { s = Function.prototype.toString.call(fn); } catch (e) { s = e.message; }
loot = s;
/journal|sysEcho|return x/.test(s)

//# toString_of_an_exported_function_is_native
//# expect: true,false
var s = Function.prototype.toString.call(exportedSecrets);
/native code/.test(s) + "," + /secrets/.test(s)

//# call_call_chain_on_a_system_function
//# expect: 1
Function.prototype.call.call(Function.prototype.call, fn, null, 1)

//# bind_on_a_cross_origin_function_acts_on_the_frame_only
//# attackers: window
//# expect: undefined,false
(function () {
  var post = Function.prototype.bind.call(frames[0].postMessage, window);
  return String(post("hi", "*")) + "," + frames[0].closed;
})()
