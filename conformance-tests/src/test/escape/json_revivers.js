// JSON revivers and replacers from the other side: a reviver the attacker gives to system code's
// JSON.parse is called with system holders and values, which it receives as wrappers; a system
// function the attacker uses as a reviver is called with the attacker's own objects only.

//# reviver_this_is_a_cow
//# attackers: content null expanded window
//# expect: object,undefined,true
var holder;
var r = parseWith('{"a":1}', function (k, v) { if (k === "a") { holder = this; } return v; });
loot = holder;
r + "," + typeof holder.a + "," + (Object.getPrototypeOf(holder) === Object.prototype)

//# reviver_value_is_a_cow
//# expect: undefined,true
var seen;
parseWith('{"a":{"b":1}}', function (k, v) { if (k === "a") { seen = v; } return v; });
loot = seen;
typeof seen.b + "," + (Object.getPrototypeOf(seen) === Object.prototype)

//# reviver_root_holder_is_a_cow
//# expect: undefined
var root;
parseWith('[1]', function (k, v) { if (k === "") { root = this; } return v; });
loot = root;
typeof root[""]

//# reviver_writing_to_its_holder_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "injected"
parseWith('{"a":1}', function (k, v) { this.injected = cow; return v; })

//# reviver_deleting_from_its_holder_denied
//# expect: throws Error: Permission denied to access property "a"
parseWith('{"a":1}', function (k, v) { if (k === "a") { delete this.a; } return v; })

//# reviver_returning_an_attacker_object
//# expect: object
parseWith('{"a":1}', function (k, v) { return k === "" ? { mine: true } : v; })

//# system_function_as_the_attackers_reviver
//# attackers: content null expanded window
//# check: journal.calls === 1
//# expect: {"a":"a"}
JSON.stringify(JSON.parse('{"a":1}', function (k, v) { return k === "" ? v : fn(k); }))

//# system_echo_as_the_attackers_reviver_directly
//# check: journal.calls === 2
//# expect: ""
JSON.stringify(JSON.parse('{"a":1}', fn))

//# returned_system_function_as_reviver_gives_a_cow
//# expect: undefined
loot = JSON.parse("1", makeFunction());
typeof loot.password

//# stringify_of_a_cow_is_empty
//# attackers: content null expanded window
//# expect: {}
JSON.stringify(cow)

//# stringify_of_an_opaque_wrapper_denied
//# expect: throws Error: Permission denied to access property "toJSON"
JSON.stringify(arr)

//# stringify_of_a_callable_opaque_denied
//# expect: throws Error: Permission denied to access property "toJSON"
String(JSON.stringify(fn))

//# stringify_replacer_sees_only_wrappers
//# expect: {"c":{}},true
var seen = [];
var s = JSON.stringify({ c: cow }, function (k, v) { seen.push(v); return v; });
loot = seen;
s + "," + (seen[1] === cow)

//# system_stringify_of_an_attacker_getter
//# expect: {},undefined
var r = stringify({ get a() { loot = "ran"; return 1; } });
r + "," + typeof loot

//# system_parse_of_a_proto_key_stays_in_the_system_result
//# check: ({}).polluted === undefined
//# expect: object
parseWith('{"__proto__": {"polluted": 1}}', function (k, v) { return v; })

//# reviver_from_a_cross_origin_frame_denied
//# attackers: window
//# setup: Host.evalInWindow("window.reviver = function (k, v) { return v; }", winB)
//# expect: throws SecurityError: Permission denied to access property "reviver" on cross-origin object
JSON.parse("{}", frames[0].reviver)
