// Cross-origin Window and Location: the attacker is the window https://a.example/, its child
// frame (frames[0], named "bee") is https://b.example/ with a script variable `secret` and a
// message listener that echoes, and that frame's child (named "sea") is https://c.example/. Only
// the HTML allowlist is reachable; every other property throws the SecurityError naming the
// operation; nothing reaches B's or C's realm.

//# every_non_allowlisted_window_property_denied
//# attackers: window
//# expect: ok
var names = ["secret", "foo", "name", "document", "addEventListener", "removeEventListener", "onmessage",
  "toString", "valueOf", "constructor", "hasOwnProperty", "Object", "Function", "Array", "eval", "Components",
  "Host", "Vault", "myVault", "globalThis", "undefined", "Symbol", "Promise", "JSON", "setTimeout", "history",
  "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "bee2", "2"];
var wrong = names.filter(function (n) {
  try { loot = frames[0][n]; return true; }
  catch (e) { return !(e.name === "SecurityError" && e.message === 'Permission denied to access property "' + n + '" on cross-origin object'); }
});
wrong.length ? wrong.join() : "ok"

//# every_non_allowlisted_location_property_denied
//# attackers: window
//# expect: ok
var names = ["origin", "protocol", "host", "hostname", "port", "pathname", "search", "hash", "assign", "reload",
  "toString", "valueOf", "constructor", "ancestorOrigins"];
var wrong = names.filter(function (n) {
  try { loot = frames[0].location[n]; return true; }
  catch (e) { return !(e.name === "SecurityError" && e.message === 'Permission denied to access property "' + n + '" on cross-origin object'); }
});
wrong.length ? wrong.join() : "ok"

//# script_variable_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
loot = frames[0].secret

//# location_href_read_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to get property "href" on cross-origin object
loot = frames[0].location.href

//# location_toString_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Symbol.toPrimitive" on cross-origin object
loot = String(frames[0].location)

//# location_href_getter_of_the_descriptor_is_undefined
//# attackers: window
//# expect: undefined,function
var d = Object.getOwnPropertyDescriptor(frames[0].location, "href");
loot = d;
typeof d.get + "," + typeof d.set

//# location_href_setter_from_the_descriptor_navigates_only
//# attackers: window
//# check: Host.evalInWindow("location.href", winB) === "https://b.example/set" && Host.evalInWindow("secret", winB) === "b-secret"
//# expect: undefined
var set = Object.getOwnPropertyDescriptor(frames[0].location, "href").set;
String(set.call({}, "https://b.example/set"))

//# javascript_url_navigation_runs_nothing
//# attackers: window
//# check: Host.evalInWindow("typeof pwned", winB) === "undefined"
//# expect: throws SyntaxError: Window.location setter: 'javascript:window.pwned = 1' is not a valid URL.
frames[0].location = "javascript:window.pwned = 1"

//# javascript_url_replace_runs_nothing
//# attackers: window
//# check: Host.evalInWindow("typeof pwned", winB) === "undefined"
//# expect: throws SyntaxError: Location.replace: 'javascript:window.pwned = 1' is not a valid URL.
frames[0].location.replace("javascript:window.pwned = 1")

//# descriptor_of_a_script_variable_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
loot = Object.getOwnPropertyDescriptor(frames[0], "secret")

//# keys_are_frame_indices_only
//# attackers: window
//# expect: 0
Object.keys(frames[0]).join()

//# object_spread_copies_the_frame_indices_only
//# attackers: window
//# expect: 0,true
var copy = { ...frames[0] };
loot = copy;
Object.keys(copy).join() + "," + (copy[0] === frames[0][0])

//# own_property_names_are_the_allowlist
//# attackers: window
//# expect: 0,blur,close,closed,focus,frames,length,location,opener,parent,postMessage,self,then,top,window
Object.getOwnPropertyNames(frames[0]).sort().join()

//# in_operator_off_the_allowlist_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
"secret" in frames[0]

//# with_statement_off_the_allowlist_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
with (frames[0]) { secret; }

//# name_set_denied
//# attackers: window
//# check: Host.evalInWindow("name", winB) === "bee"
//# expect: throws SecurityError: Permission denied to set property "name" on cross-origin object
frames[0].name = "renamed"

//# location_delete_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to delete property "location" on cross-origin object
delete frames[0].location

//# location_redefine_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to define property "location" on cross-origin object
Object.defineProperty(frames[0], "location", { get: function () { return 1; } })

//# named_frame_write_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to set property "sea" on cross-origin object
frames[0].sea = {}

//# third_origin_frame_reachable_but_closed
//# attackers: window
//# expect: true,true
var C = frames[0][0];
loot = C;
(C === frames[0].sea) + "," + (C.parent === frames[0])

//# third_origin_frame_variable_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "secret" on cross-origin object
loot = frames[0][0].secret

//# third_origin_frame_location_href_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to get property "href" on cross-origin object
loot = frames[0].sea.location.href

//# top_and_parent_are_the_attackers_own
//# attackers: window
//# expect: true,true,true
[frames[0].top === window, frames[0].parent === window, frames[0][0].top === window].join()

//# cross_origin_functions_belong_to_the_attacker
//# attackers: window
//# expect: throws ReferenceError: "secret" is not defined.
var F = frames[0].postMessage.constructor;
loot = F;
F("return secret")()

//# json_stringify_of_a_cross_origin_window_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "toJSON" on cross-origin object
JSON.stringify(frames[0])

//# object_assign_from_a_cross_origin_window_copies_frames_only
//# attackers: window
//# expect: 0,true
var copy = Object.assign({}, frames[0]);
loot = copy;
Object.keys(copy).join() + "," + (copy[0] === frames[0][0])

//# postMessage_echo_brings_back_clones_only
//# attackers: window
//# expect: true,true,b,true,SecurityError
var got = null;
addEventListener("message", function (e) { got = e; });
frames[0].postMessage({ ping: 1 }, "*");
//# then
var r = [got !== null && Object.getPrototypeOf(got.data) === Object.prototype,
         Object.getPrototypeOf(got.data.echo) === Object.prototype, got.data.from, got.source === frames[0]];
loot = got;
try { got.source.secret; r.push("read"); } catch (e) { r.push(e.name); }
r.join()

//# postMessage_of_a_function_is_refused
//# attackers: window
//# expect: throws Error: Permission denied to pass a Function via structured clone
frames[0].postMessage({ f: function () {} }, "*")

//# postMessage_to_the_wrong_origin_is_dropped
//# attackers: window
//# expect: false
var got = false;
addEventListener("message", function () { got = true; });
frames[0].postMessage("x", "https://evil.example");
//# then
got

//# own_postMessage_called_on_a_cross_origin_window_refused
//# attackers: window
//# expect: throws TypeError: 'postMessage' called on an object that does not implement interface Window.
window.postMessage.call(frames[0], "x", "*")

//# own_Window_getter_applied_to_a_cross_origin_window_refused
//# attackers: window
//# expect: throws TypeError: 'location' called on an object that does not implement interface Window.
Object.getOwnPropertyDescriptor(window, "location").get.call(frames[0])

//# cross_origin_window_is_no_instance
//# attackers: window
//# expect: false,false,[object Object]
[frames[0] instanceof Object, frames[0] instanceof Window, Object.prototype.toString.call(frames[0])].join()

//# preventExtensions_refused
//# attackers: window
//# expect: throws TypeError: can't prevent extensions on a cross-origin object
Object.preventExtensions(frames[0])

//# postMessage_of_system_wrappers_clones_nothing_raw
//# attackers: window
//# expect: true,0
var got = null;
addEventListener("message", function (e) { got = e; });
frames[0].postMessage({ c: cow, m: new Map([["k", cow]]) }, "*");
//# then
loot = got;
var echo = got.data.echo;
(Object.getPrototypeOf(echo.c) === Object.prototype) + "," + Object.keys(echo.c).length

//# postMessage_of_an_opaque_system_object_refused
//# attackers: window
//# expect: throws Error: Permission denied to access object
frames[0].postMessage({ a: arr }, "*")

//# postMessage_of_a_cross_origin_window_refused
//# attackers: window
//# expect: throws DataCloneError: A global object could not be cloned; a host object passes only by reference, with wrapReflectors: true.
frames[0].postMessage({ w: frames[0] }, "*")
