// Errors and stacks that carry privileged objects: errors thrown by system code and caught by the
// attacker (`e.constructor`, `e.__proto__`, `e.message`, `e.stack`, a cause), errors of exported
// functions, and the V8-style stack hooks Rhino offers (Error.prepareStackTrace,
// Error.captureStackTrace). A system Error object reaches the attacker opaque; an error Rhino
// raises while running system code becomes an error of the attacker's realm when caught there.

//# thrown_system_error_message_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "message"
try { throwError(); } catch (e) { loot = e; }
loot.message

//# thrown_system_error_stack_denied
//# expect: throws Error: Permission denied to access property "stack"
try { throwError(); } catch (e) { loot = e; }
loot.stack

//# thrown_system_error_prototype_is_null
//# expect: null
try { throwError(); } catch (e) { loot = e; }
String(Object.getPrototypeOf(loot))

//# thrown_system_error_dunder_proto_denied
//# expect: throws Error: Permission denied to access property "__proto__"
try { throwError(); } catch (e) { loot = e; }
loot.__proto__

//# thrown_system_error_is_no_attacker_Error
//# expect: false,[object Object]
try { throwError(); } catch (e) { loot = e; }
(loot instanceof Error) + "," + Object.prototype.toString.call(loot)

//# thrown_system_error_toString_denied
//# expect: throws TypeError: Method "toString" called on incompatible object.
try { throwError(); } catch (e) { loot = e; }
Error.prototype.toString.call(loot)

//# returned_system_error_keys_denied
//# expect: throws Error: Permission denied to access object
loot = makeError();
Object.getOwnPropertyNames(loot)

//# runtime_error_of_system_code_is_the_attackers_own
//# attackers: content null expanded window
//# expect: TypeError,true,true
try { throwTypeError(); } catch (e) { loot = e; }
[loot.name, Object.getPrototypeOf(loot) === TypeError.prototype, typeof loot.message === "string"].join()

//# runtime_error_of_system_code_has_no_java_exception
//# expect: undefined,undefined
try { throwTypeError(); } catch (e) { loot = e; }
typeof loot.javaException + "," + typeof loot.rhinoException

//# runtime_error_of_system_code_hides_system_file_names
//# expect: false,false
try { throwTypeError(); } catch (e) { loot = e; }
/fixture/.test(String(loot.stack)) + "," + /fixture/.test(String(loot.fileName))

//# attacker_stack_hides_system_frames
//# bug: BUG: (information leak, not an escape) the stack of an error the attacker makes inside a system call shows the system frames (file, line, function name)
//# expect: false
var s = callback(function () { return new Error("probe").stack; });
/fixture/.test(s)

//# thrown_plain_object_is_a_cow
//# expect: undefined,true
try { throwPlain(); } catch (e) { loot = e; }
typeof loot.thrown + "," + (Object.getPrototypeOf(loot) === Object.prototype)

//# thrown_system_function_is_callable_only
//# expect: undefined
try { throwFunction(); } catch (e) { loot = e; }
typeof loot().password

//# error_cause_of_a_system_error_denied
//# setup: give.throwCause = function throwCause() { throw new Error("with cause", { cause: secrets }); };
//# expect: throws Error: Permission denied to access property "cause"
try { throwCause(); } catch (e) { loot = e; }
loot.cause

//# aggregate_errors_of_a_system_error_denied
//# setup: give.throwAggregate = function throwAggregate() { throw new AggregateError([secrets], "many"); };
//# expect: throws Error: Permission denied to access property "errors"
try { throwAggregate(); } catch (e) { loot = e; }
loot.errors

//# exported_function_exception_is_generic
//# attackers: content null expanded window
//# expect: An exception was thrown,true
try { exportedThrow(); } catch (e) { loot = e; }
loot.message + "," + (loot.constructor === Error)

//# attacker_error_thrown_through_system_code_comes_back_raw
//# expect: mine,true
var mine = new TypeError("mine");
try { callback(function () { throw mine; }); } catch (e) { loot = e; }
loot.message + "," + (loot === mine)

//# system_error_thrown_through_a_callback_stays_opaque
//# expect: throws Error: Permission denied to access property "message"
try { reenter(function () { throwError(); }); } catch (e) { loot = e; }
loot.message

//# prepareStackTrace_gets_no_privileged_frames
//# expect: ok
var found = [];
Error.prepareStackTrace = function (error, frames) {
  loot = frames;
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    ["getThis", "getFunction", "getEvalOrigin"].forEach(function (m) {
      if (typeof f[m] === "function") {
        var v = f[m]();
        if (typeof v === "object" && v !== null || typeof v === "function") { found.push(m); }
      }
    });
  }
  return "prepared";
};
try { throwTypeError(); } catch (e) { String(e.stack); }
var r = callback(function () { return new Error("x").stack; });
delete Error.prepareStackTrace;
found.length === 0 ? "ok" : found.join()

//# captureStackTrace_on_a_cow_denied
//# expect: throws Error: Permission denied to access property "stack"
Error.captureStackTrace(cow)

//# captureStackTrace_with_a_system_function_as_the_cut_off_denied
//# expect: throws Error: Permission denied to access property "name"
var o = {};
loot = o;
Error.captureStackTrace(o, fn)

//# captureStackTrace_on_a_system_function_denied
//# expect: throws Error: Permission denied to access property "stack"
Error.captureStackTrace(fn)

//# cross_origin_error_of_a_frame_is_opaque
//# attackers: window
//# setup: Host.evalInWindow("window.makeErr = function () { return new Error('b-error'); }", winB)
//# expect: throws SecurityError: Permission denied to access property "makeErr" on cross-origin object
loot = frames[0].makeErr()

//# attackers_prepareStackTrace_never_sees_system_errors
//# attackers: content null expanded window
//# expect: true,0
var got = [];
Error.prepareStackTrace = function (error, frames) { got.push(error); loot = error; return "prepared"; };
var r = stackLength();
delete Error.prepareStackTrace;
r + "," + got.length
