// arguments.callee, fn.caller and arguments.callee.caller inside callbacks that system code calls:
// the classic way to climb from a callback to the privileged function that called it. Rhino has no
// `caller` on functions or arguments, and the callee of a callback is the callback itself.

//# callee_caller_in_a_system_callback
//# attackers: content null expanded window
//# expect: undefined
callback(function () { loot = arguments.callee.caller; return typeof loot; })

//# named_function_caller_in_a_system_callback
//# attackers: content null expanded window
//# expect: undefined
callback(function cb() { loot = cb.caller; return typeof loot; })

//# arguments_caller_in_a_system_callback
//# expect: undefined
callback(function () { loot = arguments.caller; return typeof loot; })

//# callee_is_the_callback_itself
//# expect: true
var self;
var cb = function () { self = arguments.callee; return 1; };
callback(cb);
loot = self;
self === cb

//# callee_arguments_in_a_system_callback
//# expect: true
callback(function cb() { loot = cb.arguments; return loot === undefined || loot === null || loot.length === 3; })

//# caller_in_a_sort_comparator_called_by_a_system_sort
//# expect: undefined
var seen;
sortWith(function cmp(a, b) { seen = cmp.caller; return 0; });
loot = seen;
typeof seen

//# caller_in_an_exported_function_callback
//# expect: undefined
exportedCall(function cb() { loot = cb.caller; return typeof loot; })

//# caller_in_a_json_reviver_called_by_system_code
//# expect: object,undefined
var seen = "unset";
var r = parseWith('{"a":1}', function reviver(k, v) { seen = reviver.caller; return v; });
loot = seen;
r + "," + typeof seen

//# caller_in_a_promise_reaction_of_system_code
//# expect: undefined
thenWith(function reaction() { loot = reaction.caller; });
//# then
typeof loot

//# caller_of_a_system_function_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "caller"
loot = fn.caller

//# arguments_of_a_system_function_denied
//# expect: throws Error: Permission denied to access property "arguments"
loot = fn.arguments

//# caller_of_a_returned_system_function_denied
//# expect: throws Error: Permission denied to access property "caller"
loot = makeFunction().caller

//# strict_callee_in_a_system_callback_throws_the_attackers_TypeError
//# expect: true
callback(function () {
  "use strict";
  var thrower = Object.getOwnPropertyDescriptor(arguments, "callee").get;
  globalThis.loot = thrower;
  return Object.getPrototypeOf(thrower) === Function.prototype;
})

//# caller_property_of_the_attackers_functions_is_its_own
//# expect: true
var d = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
loot = d;
d === undefined || (d.get === undefined || Object.getPrototypeOf(d.get) === Function.prototype)

//# nested_callback_climbing_callers
//# expect: undefined
reenter(function outer() { return reenter(function inner() { loot = inner.caller; return typeof loot; }); })
