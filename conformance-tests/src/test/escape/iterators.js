// Iterator protocols: objects the attacker gives to system code that iterates them (for-of,
// Array.from), and system objects the attacker tries to iterate. System code iterates an Xray with
// its own native iterators; the attacker's Symbol.iterator, next() and getters never run there.

//# attacker_array_is_iterated_natively
//# attackers: content null expanded window
//# check: journal.log.join() === "number,number,number"
//# expect: 3
iterate([1, 2, 3])

//# own_iterator_property_of_an_array_never_runs
//# check: journal.log.length === 2
//# expect: 2,undefined
var a = [1, 2];
a[Symbol.iterator] = function () { loot = "ran"; return [9, 9, 9, 9, 9][Symbol.iterator](); };
iterate(a) + "," + typeof loot

//# replaced_array_iterator_in_the_attackers_realm_never_runs
//# check: journal.log.length === 2
//# expect: 2,undefined
var original = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { loot = "ran"; return original.call([7, 7, 7]); };
var r = iterate([1, 2]);
Array.prototype[Symbol.iterator] = original;
r + "," + typeof loot

//# plain_object_iterator_is_hidden
//# attackers: content null expanded window
//# expect: throws TypeError: [object Object] is not iterable
var it = {};
it[Symbol.iterator] = function () { loot = this; return { next: function () { return { done: true }; } }; };
iterate(it)

//# generator_is_not_iterable_by_system_code
//# expect: throws TypeError: [object Object] is not iterable
var g = (function* () { loot = "ran"; yield 1; })();
iterate(g)

//# array_holding_a_system_object_hides_it
//# check: journal.log.join() === "undefined,number"
//# expect: 2
iterate([cow, 1])

//# set_iterator_of_an_xray_is_opaque
//# expect: throws TypeError: next is not a function, it is object.
iterate(new Set(["a", "b"]))

//# array_like_with_a_length_getter_reads_nothing
//# expect: 0,undefined
var r = arrayFrom({ get length() { loot = "ran"; return 1e9; } });
r + "," + typeof loot

//# array_like_with_data_length_is_read
//# expect: 3
arrayFrom({ length: 3, 0: "a" })

//# arguments_object_is_not_iterable_by_system_code
//# expect: throws TypeError: [object Object] is not iterable
(function () { return iterate(arguments); })(1, 2)

//# system_array_for_of_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "Symbol.iterator"
for (var x of arr) { loot = x; }

//# system_array_from_denied
//# expect: throws Error: Permission denied to access property "Symbol.iterator"
loot = Array.from(arr)

//# system_array_for_in_denied
//# expect: throws Error: Permission denied to access object
for (var k in arr) { loot = k; }

//# cow_for_in_enumerates_nothing
//# expect: 0
var n = 0;
for (var k in cow) { n++; loot = k; }
n

//# system_global_for_in_denied
//# expect: throws Error: Permission denied to access object
for (var k in sysGlobal) { loot = k; }

//# system_iterator_next_denied
//# expect: throws Error: Permission denied to access property "next"
loot = sysIterator.next()

//# system_iterator_driven_by_the_attackers_native_next_denied
//# expect: throws TypeError: Method called on incompatible object.
var next = [][Symbol.iterator]().next;
loot = next.call(sysIterator)

//# system_map_driven_by_the_attackers_Map_methods_denied
//# expect: throws TypeError: Method called on incompatible object.
loot = Map.prototype.entries.call(sysMap)

//# destructuring_a_system_array_denied
//# expect: throws Error: Permission denied to access property "0"
var [first] = arr;
loot = first

//# cross_origin_frames_iteration_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Symbol.iterator" on cross-origin object
for (var w of frames[0]) { loot = w; }

//# array_spread_of_a_system_array_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "Symbol.iterator"
loot = [...arr]

//# legacy_Iterator_over_a_cow_yields_nothing
//# expect: 0
var n = 0;
for (var x in Iterator(cow)) { n++; loot = x; }
n

//# legacy_Iterator_over_opaque_denied
//# expect: throws Error: Permission denied to access object
for (var x in Iterator(arr)) { loot = x; }
