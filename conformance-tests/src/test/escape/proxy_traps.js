// Scripted proxies made by the attacker and handed to privileged code, to capture what the system
// passes to their traps (a raw `this`, a raw receiver, raw arguments). The system sees an
// attacker's proxy as an opaque Xray: no trap runs. Proxies around system objects only ever hold
// the attacker's wrappers.

//# proxy_given_to_a_system_function_runs_no_trap
//# attackers: content null expanded window
//# expect: object,none
var log = [];
var trap = function (name) { return function () { log.push(name); loot = arguments; return Reflect[name].apply(null, arguments); }; };
var handler = {};
["get", "set", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "defineProperty", "apply"].forEach(function (n) { handler[n] = trap(n); });
receive(new Proxy({}, handler)) + "," + (log.length ? log.join("/") : "none")

//# proxy_keys_read_by_system_code_runs_no_trap
//# expect: ,none
var log = [];
var p = new Proxy({ a: 1 }, { ownKeys: function (t) { log.push("ownKeys"); loot = t; return ["a"]; } });
keysOf(p) + "," + (log.length ? log.join("/") : "none")

//# proxy_stringified_by_system_code_runs_no_trap
//# expect: {},none
var log = [];
var p = new Proxy({ a: 1 }, { get: function (t, k, r) { log.push(String(k)); loot = r; return t[k]; } });
stringify(p) + "," + (log.length ? log.join("/") : "none")

//# proxy_options_read_by_system_code_runs_no_trap
//# expect: off,none
var log = [];
var p = new Proxy({ flag: true }, { get: function (t, k, r) { log.push(String(k)); loot = r; return t[k]; } });
readFlag(p) + "," + (log.length ? log.join("/") : "none")

//# proxy_iterated_by_system_code_is_not_iterable
//# expect: throws TypeError: [object Object] is not iterable
var p = new Proxy([1, 2], { get: function (t, k, r) { loot = r; return t[k]; } });
iterate(p)

//# callable_proxy_called_by_system_code_denied
//# expect: throws Error: Permission denied to access object
var p = new Proxy(function () {}, { apply: function (t, self, args) { loot = [self, args]; return 1; } });
callback(p)

//# proxy_given_to_an_exported_function_runs_no_trap
//# expect: ,none
var log = [];
var p = new Proxy({ a: 1 }, { ownKeys: function () { log.push("ownKeys"); return ["a"]; }, getOwnPropertyDescriptor: function (t, k) { log.push("gopd"); loot = t; return Reflect.getOwnPropertyDescriptor(t, k); } });
exportedKeys(p) + "," + (log.length ? log.join("/") : "none")

//# proxy_around_a_cow_traps_see_only_the_wrapper
//# attackers: content null expanded window
//# expect: true,true
var target;
var p = new Proxy(cow, { get: function (t, k, r) { target = t; return t[k]; } });
var v = p.secret;
loot = target;
(v === undefined) + "," + (target === cow)

//# proxy_around_a_callable_opaque_cannot_read_apply
//# expect: throws Error: Permission denied to access property "apply"
(function () {
  var p = new Proxy(fn, { apply: function (t, self, args) { loot = t; return t.apply(self, args); } });
  return p(1);
})()

//# proxy_around_a_callable_opaque_calls_through
//# check: journal.calls === 1
//# expect: 5,true
(function () {
  var p = new Proxy(fn, { apply: function (t, self, args) { loot = t; return Reflect.apply(t, self, args); } });
  return p(5) + "," + (loot === fn);
})()

//# proxy_as_this_of_a_system_call_passes_as_the_attackers_own
//# expect: 1
Function.prototype.call.call(fn, new Proxy({}, { get: function () { loot = arguments; return 1; } }), 1)

//# proxy_handler_that_is_a_cow_reads_no_traps
//# expect: undefined
var p = new Proxy({}, cow);
typeof p.anything

//# proxy_around_an_opaque_wrapper_denies
//# expect: throws Error: Permission denied to access property "length"
loot = new Proxy(arr, {}).length

//# proxy_cloned_by_the_attacker_runs_its_own_traps_only
//# expect: object,true
var p = new Proxy({ a: 1 }, { ownKeys: function (t) { loot = t; return Reflect.ownKeys(t); } });
var c;
try { c = cloneInto(p, this); } catch (e) { c = e; }
typeof c + "," + (Object.getPrototypeOf(c) === Object.prototype || Object.getPrototypeOf(c) === Error.prototype)

//# system_proxy_is_opaque
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "password"
loot = sysProxy.password

//# revoked_proxy_given_to_system_code
//# expect: object
(function () {
  var r = Proxy.revocable({}, {});
  r.revoke();
  return receive(r.proxy);
})()

//# cross_origin_window_in_a_proxy_still_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
var p = new Proxy(frames[0], {});
loot = p.secret
