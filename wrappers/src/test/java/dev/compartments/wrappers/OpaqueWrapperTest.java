package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.ScriptableObject;

/**
 * Opaque wrappers (DESIGN.md section 3): content of one origin viewing objects of another origin,
 * content viewing expanded-principal objects, and any non-subsuming viewer seeing another global's
 * builtin {@code eval} or {@code Function}. Every operation throws.
 */
class OpaqueWrapperTest {
  private static final String OWNER_SCRIPT =
      String.join(
          "\n",
          "var o = {x: 1, 0: 'zero'};",
          "var arr = [1, 2];",
          "function f() { return 'called'; }",
          "var re = /a/g;",
          "var err = new Error('secret');",
          "var map = new Map([[1, 2]]);");

  private static final String[] SHARED = {"o", "arr", "f", "re", "err", "map"};

  private final Fixture fx = new Fixture();
  private final CompartmentGlobal viewer = fx.content("https://b.com");
  private final CompartmentGlobal owner = fx.content("https://c.com");

  @BeforeEach
  void share() {
    fx.eval(owner, OWNER_SCRIPT);
    for (String name : SHARED) {
      fx.expose(viewer, name, ScriptableObject.getProperty(owner, name));
    }
  }

  @AfterEach
  void close() {
    fx.close();
  }

  /** Runs {@code statement} in the viewer: {@code "name: message"} of what it threw, or "no exception". */
  private String thrown(String statement) {
    return thrown(viewer, statement);
  }

  private String thrown(CompartmentGlobal global, String statement) {
    return Context.toString(
        fx.eval(
            global,
            "(function () { try { " + statement + "; } catch (e) { return e.name + ': ' + e.message; }"
                + " return 'no exception'; })()"));
  }

  private Object inViewer(String source) {
    return fx.eval(viewer, source);
  }

  private static String deniedProperty(String name) {
    return "Error: Permission denied to access property \"" + name + "\"";
  }

  private static final String DENIED_OBJECT = "Error: Permission denied to access object";

  // ---- which wrapper ----

  @ParameterizedTest
  @ValueSource(strings = {"o", "arr", "f", "re", "err", "map"})
  void crossOriginObject_ofAnyKind_isOpaque(String name) {
    Object w = ScriptableObject.getProperty(viewer, name);
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(w));
    assertTrue(Wrappers.isOpaque(w));
  }

  @Test
  void ownObject_isNotWrapped() {
    fx.eval(viewer, "var mine = {x: 1};");
    assertFalse(Wrappers.isWrapper(ScriptableObject.getProperty(viewer, "mine")));
    assertEquals(1, ((Number) inViewer("mine.x")).intValue());
  }

  // ---- property operations ----

  @Test
  void get_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("o.x"));
    assertEquals(deniedProperty("x"), thrown("o['x']"));
    assertEquals(deniedProperty("x"), thrown("Reflect.get(o, 'x')"));
  }

  @Test
  void get_absentProperty_alsoThrows() {
    assertEquals(deniedProperty("absent"), thrown("o.absent"));
  }

  @Test
  void get_fromJava_throwsEcmaErrorNamedError() {
    EcmaError e = assertThrows(EcmaError.class, () -> inViewer("o.x"));
    assertEquals("Error", e.getName());
    assertEquals("Permission denied to access property \"x\"", e.getErrorMessage());
  }

  @Test
  void get_index_throwsPermissionDenied() {
    assertEquals(deniedProperty("0"), thrown("arr[0]"));
    assertEquals(deniedProperty("0"), thrown("o[0]"));
    assertEquals(deniedProperty("length"), thrown("arr.length"));
  }

  @Test
  void get_symbol_throwsPermissionDenied() {
    assertEquals(deniedProperty("Symbol.iterator"), thrown("o[Symbol.iterator]"));
  }

  @Test
  void get_inheritedName_throwsPermissionDenied() {
    assertEquals(deniedProperty("toString"), thrown("o.toString"));
    assertEquals(deniedProperty("__proto__"), thrown("o.__proto__"));
  }

  @Test
  void get_throughAnObjectThatInheritsFromTheWrapper_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("Object.create(o).x"));
  }

  @Test
  void set_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("o.x = 2"));
    assertEquals(deniedProperty("y"), thrown("o.y = 2"));
    assertEquals(deniedProperty("0"), thrown("arr[0] = 2"));
    assertEquals(1, ((Number) fx.eval(owner, "o.x")).intValue());
  }

  @Test
  void delete_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("delete o.x"));
    assertEquals(true, fx.eval(owner, "'x' in o"));
  }

  @Test
  void in_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("'x' in o"));
    assertEquals(deniedProperty("x"), thrown("Reflect.has(o, 'x')"));
  }

  @Test
  void hasOwnProperty_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("Object.prototype.hasOwnProperty.call(o, 'x')"));
    assertEquals(deniedProperty("hasOwnProperty"), thrown("o.hasOwnProperty('x')"));
  }

  @Test
  void getOwnPropertyDescriptor_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("Object.getOwnPropertyDescriptor(o, 'x')"));
  }

  @Test
  void defineProperty_throwsPermissionDenied() {
    assertEquals(deniedProperty("x"), thrown("Object.defineProperty(o, 'x', {value: 2})"));
    assertEquals(deniedProperty("y"), thrown("Object.defineProperty(o, 'y', {value: 2})"));
    assertEquals(false, fx.eval(owner, "'y' in o"));
  }

  @Test
  void legacyDefineGetter_throwsPermissionDenied() {
    assertEquals(deniedProperty("zz"), thrown("Object.prototype.__defineGetter__.call(o, 'zz', function () {})"));
  }

  @Test
  void setPrototypeOf_throwsPermissionDenied() {
    assertEquals(deniedProperty("__proto__"), thrown("Object.setPrototypeOf(o, {})"));
  }

  @Test
  void viewersOwnObject_allowsEveryPropertyOperation() {
    assertEquals(
        "no exception",
        thrown("var mine = {x: 1}; mine.x; mine.y = 2; delete mine.x; 'y' in mine;"
            + " Object.getOwnPropertyDescriptor(mine, 'y'); Object.defineProperty(mine, 'z', {value: 3})"));
  }

  // ---- operations without a property name ----

  @Test
  void call_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("f()"));
  }

  @Test
  void new_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("new f()"));
  }

  @Test
  void callThroughFunctionPrototype_throwsPermissionDenied() {
    assertEquals(DENIED_OBJECT, thrown("Function.prototype.call.call(f)"));
    assertEquals(DENIED_OBJECT, thrown("Reflect.apply(f, null, [])"));
    assertEquals(deniedProperty("call"), thrown("f.call(null)"));
  }

  @Test
  void objectKeys_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("Object.keys(o)"));
    assertEquals(DENIED_OBJECT, thrown("Object.keys(arr)"));
  }

  @Test
  void getOwnPropertyNames_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("Object.getOwnPropertyNames(o)"));
  }

  @Test
  void reflectOwnKeys_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("Reflect.ownKeys(o)"));
  }

  @Test
  void objectEntriesAndAssign_throwPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("Object.entries(o)"));
    assertEquals(DENIED_OBJECT, thrown("Object.assign({}, o)"));
  }

  @Test
  void forIn_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("for (var k in o) {}"));
  }

  @Test
  void forIn_isDenied() {
    String outcome = thrown("for (var k in o) {}");
    assertTrue(outcome.startsWith("Error: Permission denied to access"), outcome);
  }

  @Test
  void objectSpread_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("({...o})"));
  }

  @Test
  void forOf_isDenied() {
    assertEquals(deniedProperty("Symbol.iterator"), thrown("for (var v of arr) {}"));
  }

  @Test
  void jsonStringify_isDenied() {
    String outcome = thrown("JSON.stringify(o)");
    assertTrue(outcome.startsWith("Error: Permission denied to access"), outcome);
  }

  @Test
  void preventExtensions_throwsPermissionDeniedToAccessObject() {
    assertEquals(DENIED_OBJECT, thrown("Object.preventExtensions(o)"));
    assertEquals(DENIED_OBJECT, thrown("Object.freeze(o)"));
  }

  // ---- what does not throw ----

  @Test
  void getPrototypeOf_isNull() {
    assertEquals(true, inViewer("Object.getPrototypeOf(o) === null"));
    assertEquals(true, inViewer("Object.getPrototypeOf(arr) === null"));
    assertEquals(true, inViewer("Object.getPrototypeOf(f) === null"));
  }

  @Test
  void arrayIsArray_isFalseEvenForAnArray() {
    assertEquals(false, inViewer("Array.isArray(arr)"));
    assertEquals(true, inViewer("Array.isArray([])"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"o", "arr", "re", "err", "map"})
  void objectPrototypeToString_isObjectObject(String name) {
    assertEquals("[object Object]", Context.toString(inViewer("Object.prototype.toString.call(" + name + ")")));
  }

  @Test
  void objectPrototypeToString_ofOwnArray_isStillArray() {
    assertEquals("[object Array]", Context.toString(inViewer("Object.prototype.toString.call([])")));
  }

  @Test
  void regExpExec_onTheWrapper_throws() {
    String outcome = thrown("RegExp.prototype.exec.call(re, 'a')");
    assertFalse(outcome.equals("no exception"), outcome);
    assertTrue(outcome.startsWith("TypeError: ") || outcome.startsWith("Error: "), outcome);
  }

  @Test
  void regExpExec_onOwnRegExp_works() {
    assertEquals("a", Context.toString(inViewer("RegExp.prototype.exec.call(/a/, 'a')[0]")));
  }

  @Test
  void builtinsOnTheWrapper_throw() {
    assertEquals(deniedProperty("length"), thrown("Array.prototype.join.call(arr)"));
    assertEquals(deniedProperty("x"), thrown("Object.prototype.hasOwnProperty.call(o, 'x')"));
    assertFalse(thrown("Map.prototype.get.call(map, 1)").equals("no exception"));
    assertFalse(thrown("Error.prototype.toString.call(err)").equals("no exception"));
  }

  @Test
  void identity_comparisonWorks() {
    assertEquals(true, inViewer("o === o"));
    assertEquals(false, inViewer("o === arr"));
  }

  // ---- content viewing expanded-principal objects ----

  @Test
  void contentViewingExpandedPrincipalObject_isOpaque() {
    Principal expanded =
        Principal.expanded(List.of(Principal.content("https://b.com"), Principal.content("https://c.com")));
    CompartmentGlobal ep = fx.global(expanded);
    fx.eval(ep, "var eo = {x: 1}; function ef() { return 1; }");
    fx.expose(viewer, "eo", ScriptableObject.getProperty(ep, "eo"));
    fx.expose(viewer, "ef", ScriptableObject.getProperty(ep, "ef"));
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "eo")));
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "ef")));
    assertEquals(deniedProperty("x"), thrown("eo.x"));
    assertEquals(deniedProperty("x"), thrown("eo.x = 2"));
    assertEquals(DENIED_OBJECT, thrown("Object.keys(eo)"));
    assertEquals(DENIED_OBJECT, thrown("ef()"));
  }

  @Test
  void expandedViewingTheMembersObject_isNotOpaque() {
    Principal expanded =
        Principal.expanded(List.of(Principal.content("https://b.com"), Principal.content("https://c.com")));
    CompartmentGlobal ep = fx.global(expanded);
    fx.expose(ep, "o", ScriptableObject.getProperty(owner, "o"));
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(ScriptableObject.getProperty(ep, "o")));
    assertEquals("no exception", thrown(ep, "o.x"));
  }

  // ---- eval and Function ----

  @ParameterizedTest
  @ValueSource(strings = {"eval", "Function"})
  void contentViewingSystemsEvalOrFunction_isOpaqueNotCallable(String name) {
    CompartmentGlobal system = fx.system();
    fx.expose(viewer, "sysBuiltin", ScriptableObject.getProperty(system, name));
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "sysBuiltin")));
    assertEquals(DENIED_OBJECT, thrown("sysBuiltin('1')"));
    assertEquals(DENIED_OBJECT, thrown("new sysBuiltin('1')"));
  }

  @Test
  void contentViewingAnOrdinarySystemFunction_canCallIt() {
    CompartmentGlobal system = fx.system();
    fx.eval(system, "function ordinary() { return 'called'; }");
    fx.expose(viewer, "ordinary", ScriptableObject.getProperty(system, "ordinary"));
    assertEquals(WrapperKind.CALLABLE_OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "ordinary")));
    assertEquals("called", Context.toString(inViewer("ordinary()")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eval", "Function"})
  void contentViewingAnotherOriginsEvalOrFunction_isOpaque(String name) {
    fx.expose(viewer, "theirs", ScriptableObject.getProperty(owner, name));
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "theirs")));
    assertEquals(DENIED_OBJECT, thrown("theirs('1')"));
  }

  @Test
  void contentViewingExpandedEval_isOpaque() {
    Principal expanded =
        Principal.expanded(List.of(Principal.content("https://b.com"), Principal.content("https://c.com")));
    CompartmentGlobal ep = fx.global(expanded);
    fx.expose(viewer, "theirs", ScriptableObject.getProperty(ep, "eval"));
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(viewer, "theirs")));
    assertEquals(DENIED_OBJECT, thrown("theirs('1')"));
  }

  @Test
  void systemViewingContentEval_isNotOpaque() {
    CompartmentGlobal system = fx.system();
    fx.expose(system, "contentEval", ScriptableObject.getProperty(owner, "eval"));
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(ScriptableObject.getProperty(system, "contentEval")));
  }

  // ---- audit ----

  @Test
  void denial_isReportedToTheAuditListener() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Membrane membrane = Membrane.create(new SafeContextFactory(), events::add);
    try (Context cx = membrane.contextFactory().enterContext()) {
      Principal b = Principal.content("https://b.com");
      Principal c = Principal.content("https://c.com");
      CompartmentGlobal bGlobal = membrane.compartmentFor(CompartmentTraits.of(b), "b", false).newGlobal();
      CompartmentGlobal cGlobal = membrane.compartmentFor(CompartmentTraits.of(c), "c", false).newGlobal();
      cx.evaluateString(cGlobal, "var o = {x: 1};", "c.js", 1, null);
      ScriptableObject.putProperty(
          bGlobal, "o", membrane.wrap(ScriptableObject.getProperty(cGlobal, "o"), bGlobal.compartment()));
      assertTrue(
          events.stream().anyMatch(e -> e.type() == AuditEvent.Type.WRAPPER_CREATED && e.wrapperKind() == WrapperKind.OPAQUE),
          events::toString);
      assertTrue(events.stream().noneMatch(e -> e.type() == AuditEvent.Type.DENIAL), events::toString);

      EcmaError thrown = assertThrows(EcmaError.class, () -> cx.evaluateString(bGlobal, "o.x", "b.js", 1, null));
      assertEquals("Permission denied to access property \"x\"", thrown.getErrorMessage());

      AuditEvent denial =
          events.stream().filter(e -> e.type() == AuditEvent.Type.DENIAL).findFirst().orElseThrow();
      assertEquals(b, denial.viewer());
      assertEquals(c, denial.owner());
      assertEquals(WrapperKind.OPAQUE, denial.wrapperKind());
      assertEquals("x", denial.property());
      assertFalse(denial.reason().isEmpty());
    }
  }

  @Test
  void enumerationDenial_isReportedWithoutAProperty() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Membrane membrane = Membrane.create(new SafeContextFactory(), events::add);
    try (Context cx = membrane.contextFactory().enterContext()) {
      CompartmentGlobal bGlobal =
          membrane.compartmentFor(CompartmentTraits.of(Principal.content("https://b.com")), "b", false).newGlobal();
      CompartmentGlobal cGlobal =
          membrane.compartmentFor(CompartmentTraits.of(Principal.content("https://c.com")), "c", false).newGlobal();
      cx.evaluateString(cGlobal, "var o = {x: 1};", "c.js", 1, null);
      ScriptableObject.putProperty(
          bGlobal, "o", membrane.wrap(ScriptableObject.getProperty(cGlobal, "o"), bGlobal.compartment()));
      assertThrows(EcmaError.class, () -> cx.evaluateString(bGlobal, "Object.keys(o)", "b.js", 1, null));
      AuditEvent denial =
          events.stream().filter(e -> e.type() == AuditEvent.Type.DENIAL).findFirst().orElseThrow();
      assertEquals("", denial.property());
      assertEquals(WrapperKind.OPAQUE, denial.wrapperKind());
    }
  }
}
