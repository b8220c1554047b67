// Array methods with hostile callbacks: the attacker's callbacks given to system code's map, sort
// and reduce receive wrapped elements and a wrapped array; the attacker's own Array methods
// applied to a system array are denied at the first read; a system function used as the
// attacker's callback is checked like any call into privileged code.

//# map_callback_gets_wrapped_element_and_array
//# attackers: content null expanded window
//# expect: 1,undefined,false
var seen;
var n = mapWith(function (x, i, a) { loot = [x, a]; seen = [typeof x.password, Array.isArray(a)].join(); return 0; });
n + "," + seen

//# map_callback_array_argument_is_opaque
//# expect: throws Error: Permission denied to access property "0"
mapWith(function (x, i, a) { loot = a; return a[0]; })

//# sort_comparator_gets_wrapped_elements
//# attackers: content null expanded window
//# expect: 4,undefined
var seen = [];
var n = sortWith(function (a, b) { seen.push(a, b); return 0; });
loot = seen;
n + "," + seen.filter(function (x) { return typeof x === "object"; }).map(function (x) { return typeof x.password; })[0]

//# sort_comparator_valueOf_never_runs_in_system_code
//# expect: 4,undefined
var n = sortWith(function () { return { valueOf: function () { loot = arguments.callee.caller; return 0; } }; });
n + "," + typeof loot

//# sort_comparator_exception_comes_back_as_the_attackers
//# expect: mine,true
var mine = new RangeError("mine");
try { sortWith(function () { throw mine; }); } catch (e) { loot = e; }
loot.message + "," + (loot === mine)

//# reduce_callback_gets_a_cow_accumulator
//# expect: true,undefined
var seen;
var r = reduceWith(function (acc, x) { seen = acc; return acc; });
loot = seen;
r + "," + typeof seen.password

//# own_map_on_a_system_array_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "length"
loot = Array.prototype.map.call(arr, function (x) { return x; })

//# own_sort_on_a_system_array_denied
//# check: sysArray[0] === "arr-secret"
//# expect: throws Error: Permission denied to access property "length"
Array.prototype.sort.call(arr, function () { return 1; })

//# own_reduce_on_a_system_array_denied
//# expect: throws Error: Permission denied to access property "length"
loot = Array.prototype.reduce.call(arr, function (a, b) { return b; })

//# own_join_on_a_system_array_denied
//# expect: throws Error: Permission denied to access property "length"
loot = Array.prototype.join.call(arr)

//# own_concat_of_a_system_array_denied
//# expect: throws Error: Permission denied to access property "Symbol.isConcatSpreadable"
loot = [].concat(arr)

//# own_concat_of_a_cow_keeps_the_wrapper
//# expect: 1,true
var c = [].concat(cow);
loot = c;
c.length + "," + (c[0] === cow)

//# system_function_as_the_attackers_map_callback
//# attackers: content null expanded window
//# check: journal.calls === 2
//# expect: 1,2
[1, 2].map(fn).join()

//# system_function_as_callback_with_a_cow_this_denied
//# check: journal.calls === 0
//# expect: throws Error: Permission denied to pass object to privileged code
[1].map(fn, cow)

//# system_function_as_callback_over_cow_elements_denied
//# expect: throws Error: Permission denied to pass object to privileged code
[cow].forEach(fn)

//# system_function_as_the_attackers_comparator
//# expect: 3,1,2
[3, 1, 2].sort(fn).join()

//# returned_system_array_methods_denied
//# expect: throws Error: Permission denied to access property "map"
loot = makeArray().map(function (x) { return x; })

//# array_isArray_on_a_system_array
//# expect: false,[object Object]
Array.isArray(arr) + "," + Object.prototype.toString.call(arr)

//# array_from_with_a_system_map_function
//# check: journal.calls === 2
//# expect: 0,1
Array.from({ length: 2 }, function (x, i) { return fn(i); }).join()
