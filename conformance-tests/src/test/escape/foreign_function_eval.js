// The Function constructor and eval of another global: opaque, always, for a viewer that does not
// subsume their global (DESIGN.md section 3, last row of the table). Neither calling them, nor
// constructing with them, nor reaching them through reflection or another route may run a string
// as code of the system global.

//# system_Function_call_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access object
loot = sysFunction("return Components")

//# system_Function_new_denied
//# expect: throws Error: Permission denied to access object
loot = new sysFunction("return Components")

//# system_eval_call_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access object
loot = sysEval("Components")

//# system_eval_via_call_denied
//# expect: throws Error: Permission denied to access object
loot = Function.prototype.call.call(sysEval, null, "Components")

//# system_Function_via_Reflect_apply_denied
//# expect: throws Error: Permission denied to access object
loot = Reflect.apply(sysFunction, undefined, ["return Components"])

//# system_Function_via_Reflect_construct_denied
//# expect: throws Error: Permission denied to access object
loot = Reflect.construct(sysFunction, ["return Components"])

//# system_Function_via_bind_denied
//# expect: throws Error: Permission denied to access object
loot = Function.prototype.bind.call(sysFunction, null, "return Components")()

//# system_Function_as_array_callback_denied
//# expect: throws Error: Permission denied to access object
loot = ["return Components"].map(sysFunction)

//# system_Function_read_off_the_global_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "Function"
loot = sysGlobal.Function

//# system_eval_read_off_the_global_denied
//# expect: throws Error: Permission denied to access property "eval"
loot = sysGlobal["eval"]

//# foreign_Function_read_off_the_global_denied
//# expect: throws Error: Permission denied to access property "Function"
loot = foreignGlobal.Function

//# waived_foreign_global_Function_denied
//# expect: throws Error: Permission denied to access property "Function"
loot = waivedForeignGlobal.Function

//# own_eval_sees_no_Components
//# attackers: content null expanded window
//# expect: throws ReferenceError: "Components" is not defined.
loot = eval("Components")

//# own_indirect_eval_runs_in_the_attackers_global
//# attackers: content null expanded window
//# expect: true
(0, eval)("this") === this && (0, eval)("typeof Cu + typeof Host + typeof Services") === "undefinedundefinedundefined"

//# own_Function_runs_in_the_attackers_global
//# expect: true
Function("return this")() === this && new Function("return typeof Components")() === "undefined"

//# cross_origin_Function_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "Function" on cross-origin object
loot = frames[0].Function

//# cross_origin_eval_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "eval" on cross-origin object
loot = frames[0].eval

//# third_origin_frame_eval_denied
//# attackers: window
//# expect: throws SecurityError: Permission denied to access property "eval" on cross-origin object
loot = frames[0][0].eval

//# components_utils_evalInSandbox_unreachable
//# expect: undefined,undefined
typeof sysCu.evalInSandbox + "," + typeof sysComponents.utils

//# generator_function_constructor_stays_home
//# expect: throws ReferenceError: "Components" is not defined.
var G = Object.getPrototypeOf(function* () {}).constructor;
loot = G;
G("yield Components")().next()

//# script_constructor_is_absent
//# attackers: content null expanded window
//# expect: undefined,throws
var r = typeof Script;
try { sysGlobal.Script; r += ",read"; } catch (e) { r += ",throws"; }
r

//# system_generator_function_constructor_denied
//# attackers: content null expanded window
//# expect: throws Error: Permission denied to access property "constructor"
loot = sysGenerator.constructor

//# system_generator_object_is_opaque
//# expect: throws Error: Permission denied to access property "next"
loot = sysGenerator();
loot.next()

//# system_generator_prototype_chain_denied
//# expect: null,throws
var g = sysGenerator();
loot = g;
var r = String(Object.getPrototypeOf(g));
try { Object.getPrototypeOf(sysGenerator).constructor; r += ",read"; } catch (e) { r += ",throws"; }
r

