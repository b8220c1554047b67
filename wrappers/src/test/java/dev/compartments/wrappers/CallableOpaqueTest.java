package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.principals.Principal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Callable-only opaque wrappers (DESIGN.md section 3): system functions seen by non-system code.
 * Calls and {@code new} go through when {@code this} and every argument is a primitive, an object
 * of the caller's compartment or one the caller subsumes; property access is denied.
 */
class CallableOpaqueTest {
  private static final String PASS_DENIED = "Error: Permission denied to pass object to privileged code";

  private static final String SYSTEM_SCRIPT =
      String.join(
          "\n",
          "function f(a, b) { return typeof a + ':' + typeof b; }",
          "function readK(a) { return a.k; }",
          "function K(v) { this.v = v; }",
          "function thisType() { return typeof this; }",
          "function mkPlain() { return {p: 1}; }",
          "function mkArr() { return [1]; }",
          "function mkFn() { return function inner() { return 'inner'; }; }",
          "function id(x) { return x; }",
          "function thr() { throw {k: 'chrome'}; }",
          "function thrp() { throw 'primitive'; }",
          "var sysobj = {};",
          "var calls = 0;",
          "var lastArg;",
          "function store(x) { calls++; lastArg = x; }");

  private static final String[] SHARED = {
    "f", "readK", "K", "thisType", "mkPlain", "mkArr", "mkFn", "id", "thr", "thrp", "sysobj", "store"
  };

  private final Fixture fx = new Fixture();
  private final CompartmentGlobal system = fx.system();
  private final CompartmentGlobal content = fx.content("https://b.com");
  private final CompartmentGlobal thirdOrigin = fx.content("https://c.com");

  @BeforeEach
  void share() {
    fx.eval(system, SYSTEM_SCRIPT);
    for (String name : SHARED) {
      fx.expose(content, name, ScriptableObject.getProperty(system, name));
    }
    fx.eval(thirdOrigin, "var cobj = {k: 'third'};");
    fx.expose(content, "cobj", ScriptableObject.getProperty(thirdOrigin, "cobj"));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private Object inContent(String source) {
    return fx.eval(content, source);
  }

  private String str(String source) {
    return Context.toString(inContent(source));
  }

  /** Runs {@code statement} in content: {@code "name: message"} of what it threw, or "no exception". */
  private String thrown(String statement) {
    return Context.toString(
        fx.eval(
            content,
            "(function () { try { " + statement + "; } catch (e) { return e.name + ': ' + e.message; }"
                + " return 'no exception'; })()"));
  }

  private static String deniedProperty(String name) {
    return "Error: Permission denied to access property \"" + name + "\"";
  }

  private int systemCalls() {
    return ((Number) ScriptableObject.getProperty(system, "calls")).intValue();
  }

  // ---- which wrapper ----

  @Test
  void systemFunction_seenByContent_isCallableOpaque() {
    Object f = ScriptableObject.getProperty(content, "f");
    assertEquals(WrapperKind.CALLABLE_OPAQUE, Wrappers.kindOf(f));
    assertEquals("function", str("typeof f"));
  }

  @Test
  void systemFunction_seenByNullPrincipalCode_isCallableOpaque() {
    CompartmentGlobal nullGlobal = fx.global(Principal.createNull());
    Object f = fx.membrane.wrap(ScriptableObject.getProperty(system, "f"), nullGlobal.compartment());
    assertEquals(WrapperKind.CALLABLE_OPAQUE, Wrappers.kindOf(f));
  }

  // ---- calls that are allowed ----

  @Test
  void call_withPrimitives_runs() {
    assertEquals("number:string", str("f(1, 'a')"));
    assertEquals("undefined:undefined", str("f()"));
    assertEquals("boolean:symbol", str("f(true, Symbol('s'))"));
  }

  @Test
  void call_withContentsOwnObject_runsAndTheSystemSeesItThroughAnXray() {
    assertEquals("own", str("readK({k: 'own'})"));
    inContent("var mine = {k: 'own'}; store(mine);");
    Object stored = ScriptableObject.getProperty(system, "lastArg");
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(stored));
    assertSame(ScriptableObject.getProperty(content, "mine"), Wrappers.unsafeUnwrap((Scriptable) stored));
  }

  @Test
  void call_withContentsOwnFunction_runs() {
    assertEquals("function:undefined", str("f(function () {})"));
  }

  @Test
  void call_withContentsOwnObject_comesBackAsItself() {
    assertEquals(true, inContent("var mine = {}; id(mine) === mine"));
  }

  @Test
  void call_withAnObjectTheCallerSubsumes_runs() {
    CompartmentGlobal sameOrigin = fx.content("https://b.com");
    fx.eval(sameOrigin, "var sibling = {k: 'sibling'};");
    fx.expose(content, "sibling", ScriptableObject.getProperty(sameOrigin, "sibling"));
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(ScriptableObject.getProperty(content, "sibling")));
    assertEquals("sibling", str("readK(sibling)"));
  }

  @Test
  void call_byExpandedCode_withAMembersObject_runs() {
    CompartmentGlobal expanded =
        fx.global(Principal.expanded(List.of(Principal.content("https://b.com"), Principal.content("https://c.com"))));
    fx.expose(expanded, "readK", ScriptableObject.getProperty(system, "readK"));
    fx.expose(expanded, "cobj", ScriptableObject.getProperty(thirdOrigin, "cobj"));
    assertEquals("third", Context.toString(fx.eval(expanded, "readK(cobj)")));
  }

  @Test
  void call_withContentsOwnThis_runs() {
    assertEquals("number:undefined", str("var holder = {m: f}; holder.m(1)"));
    assertEquals("object", str("Function.prototype.call.call(thisType, {})"));
    assertEquals("number:string", str("Reflect.apply(f, {}, [1, 'a'])"));
  }

  @Test
  void call_withPrimitiveThis_runs() {
    assertEquals("number:undefined", str("Function.prototype.call.call(f, null, 1)"));
    assertEquals("object", str("thisType()"));
  }

  @Test
  void new_withPrimitives_constructsAChromeObject() {
    Object constructed = inContent("new K(1)");
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(constructed));
    assertSame(fx.membrane.systemCompartment(), Wrappers.ownerOf(fx.membrane, (Scriptable) constructed));
    assertEquals(1, ((Number) ScriptableObject.getProperty(Wrappers.unsafeUnwrap((Scriptable) constructed), "v")).intValue());
    assertEquals(true, inContent("new K(1).v === undefined"));
  }

  @Test
  void new_withContentsOwnObject_runs() {
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(inContent("new K({})")));
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(inContent("Reflect.construct(K, [{}])")));
  }

  // ---- objects that may not be passed ----

  @Test
  void call_withThirdOriginObject_isDenied() {
    assertEquals(PASS_DENIED, thrown("f(cobj)"));
    assertEquals(PASS_DENIED, thrown("f(1, cobj)"));
    assertEquals(PASS_DENIED, thrown("store(cobj)"));
    assertEquals(0, systemCalls());
  }

  @Test
  void call_withThirdOriginObject_fromJava_throwsEcmaErrorNamedError() {
    EcmaError e = assertThrows(EcmaError.class, () -> inContent("f(cobj)"));
    assertEquals("Error", e.getName());
    assertEquals("Permission denied to pass object to privileged code", e.getErrorMessage());
  }

  @Test
  void call_withThirdOriginObjectAsThis_isDenied() {
    assertEquals(PASS_DENIED, thrown("Function.prototype.call.call(store, cobj)"));
    assertEquals(PASS_DENIED, thrown("Reflect.apply(store, cobj, [])"));
    assertEquals(PASS_DENIED, thrown("Function.prototype.apply.call(store, cobj, [])"));
    assertEquals(0, systemCalls());
  }

  @Test
  void call_withSystemObjectTheContentHolds_isDenied() {
    assertEquals(PASS_DENIED, thrown("store(sysobj)"));
    assertEquals(PASS_DENIED, thrown("store(mkPlain())"));
    assertEquals(PASS_DENIED, thrown("store(mkArr())"));
    assertEquals(PASS_DENIED, thrown("store(f)"));
    assertEquals(PASS_DENIED, thrown("Function.prototype.call.call(store, sysobj)"));
    assertEquals(0, systemCalls());
  }

  @Test
  void new_withThirdOriginOrSystemObject_isDenied() {
    assertEquals(PASS_DENIED, thrown("new K(cobj)"));
    assertEquals(PASS_DENIED, thrown("new K(sysobj)"));
    assertEquals(PASS_DENIED, thrown("Reflect.construct(K, [cobj])"));
  }

  // ---- properties are denied ----

  @ParameterizedTest
  @ValueSource(strings = {"name", "prototype", "length", "call", "apply", "bind", "caller", "toString"})
  void get_anyProperty_isDenied(String name) {
    assertEquals(deniedProperty(name), thrown("f." + name));
  }

  @Test
  void callViaTheCallProperty_isDenied() {
    assertEquals(deniedProperty("call"), thrown("f.call(null, 1)"));
    assertEquals(deniedProperty("apply"), thrown("f.apply(null, [1])"));
  }

  @Test
  void set_define_delete_in_areDenied() {
    assertEquals(deniedProperty("x"), thrown("f.x = 1"));
    assertEquals(deniedProperty("x"), thrown("Object.defineProperty(f, 'x', {value: 1})"));
    assertEquals(deniedProperty("name"), thrown("delete f.name"));
    assertEquals(deniedProperty("name"), thrown("'name' in f"));
    assertEquals(deniedProperty("name"), thrown("Object.getOwnPropertyDescriptor(f, 'name')"));
  }

  @Test
  void enumeration_isDenied() {
    assertEquals("Error: Permission denied to access object", thrown("Object.keys(f)"));
    assertEquals("Error: Permission denied to access object", thrown("Reflect.ownKeys(f)"));
  }

  @Test
  void instanceof_isDenied() {
    assertEquals(deniedProperty("prototype"), thrown("({}) instanceof K"));
  }

  @Test
  void getPrototypeOf_isNull() {
    assertEquals(true, inContent("Object.getPrototypeOf(f) === null"));
  }

  // ---- results per the table ----

  @Test
  void result_primitive_arrivesAsIs() {
    assertEquals("number:number", str("f(1, 2)"));
  }

  @Test
  void result_plainObject_isAChromeObjectWrapper() {
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(inContent("mkPlain()")));
    assertEquals(true, inContent("mkPlain().p === undefined"));
  }

  @Test
  void result_array_isOpaque() {
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(inContent("mkArr()")));
    assertEquals(deniedProperty("0"), thrown("mkArr()[0]"));
  }

  @Test
  void result_function_isCallableOpaque() {
    assertEquals(WrapperKind.CALLABLE_OPAQUE, Wrappers.kindOf(inContent("mkFn()")));
    assertEquals("inner", str("mkFn()()"));
    assertEquals(deniedProperty("name"), thrown("mkFn().name"));
  }

  @Test
  void thrownObject_arrivesAsAChromeObjectWrapper() {
    JavaScriptException e = assertThrows(JavaScriptException.class, () -> inContent("thr()"));
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(e.getValue()));
    assertEquals(true, inContent("try { thr(); false } catch (e) { e.k === undefined }"));
  }

  @Test
  void thrownPrimitive_arrivesAsIs() {
    JavaScriptException e = assertThrows(JavaScriptException.class, () -> inContent("thrp()"));
    assertEquals("primitive", e.getValue());
  }

  @Test
  void returnedUndefined_isUndefined() {
    assertEquals(Undefined.instance, inContent("store(1)"));
    assertEquals(1, systemCalls());
  }
}
