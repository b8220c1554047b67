// State Rhino keeps per thread rather than per global: what system code leaves there must not be
// readable by the attacker, and what the attacker leaves there must not steer system code.

//# regexp_statics_after_a_system_match
//# attackers: content null expanded window
//# expect: ,
checkPassword("guess");
RegExp.lastMatch + "," + RegExp.$1

//# symbol_registry_is_shared_but_holds_primitives_only
//# setup: Symbol.for("escape-suite-key"); secrets[Symbol.for("escape-suite-key")] = "by symbol";
//# check: secrets[Symbol.for("escape-suite-key")] === "by symbol"
//# expect: symbol,undefined
var k = Symbol.for("escape-suite-key");
typeof k + "," + typeof cow[k]

//# regexp_statics_after_a_system_match_in_a_callback
//# expect: ,
callback(function () { return 0; });
reenter(function () { checkPassword("guess"); return RegExp.lastMatch + "," + RegExp.$1; })

//# attacker_global_changes_stay_in_the_attackers_global
//# attackers: content null expanded window
//# check: typeof Array.prototype.map === "function" && [1].map(function (x) { return x + 1; })[0] === 2 && JSON.stringify({ a: 1 }) === '{"a":1}'
//# expect: done
Array.prototype.map = function () { return "pwned"; };
JSON.stringify = function () { return "pwned"; };
Object.keys = function () { return ["pwned"]; };
Function.prototype.call = function () { return "pwned"; };
"done"

//# attacker_replaced_builtins_do_not_steer_system_calls_on_its_objects
//# check: journal.log.length === 0
//# expect: plain,string
Object.keys = function () { return ["pwned"]; };
Object.getOwnPropertyNames = function () { return ["pwned"]; };
Reflect.ownKeys = function () { return ["pwned"]; };
keysOf({ plain: 1 }) + "," + typeof stringify({ plain: 1 })
