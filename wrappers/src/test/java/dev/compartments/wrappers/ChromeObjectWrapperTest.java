package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.ScriptableObject;

/**
 * Chrome Object Wrappers (DESIGN.md section 3): a plain system object seen by non-system code reads
 * as an empty object, and refuses writes, defines and deletes. Other system objects (arrays, maps,
 * errors) are opaque instead.
 */
class ChromeObjectWrapperTest {
  private static final String SYSTEM_SCRIPT =
      String.join(
          "\n",
          "var getterRan = false;",
          "var so = {secret: 'chrome secret', nested: {deep: 1}, get g() { getterRan = true; return 'g'; }};",
          "var bare = Object.create(null); bare.secret = 1;",
          "var sysArr = [1, 2];",
          "var sysMap = new Map([[1, 2]]);",
          "var sysErr = new Error('chrome message');",
          "var sysDate = new Date(0);",
          "var sysRe = /chrome/;");

  private static final String[] SHARED = {"so", "bare", "sysArr", "sysMap", "sysErr", "sysDate", "sysRe"};

  private final Fixture fx = new Fixture();
  private final CompartmentGlobal system = fx.system();
  private final CompartmentGlobal content = fx.content("https://b.com");

  @BeforeEach
  void share() {
    fx.eval(system, SYSTEM_SCRIPT);
    for (String name : SHARED) {
      fx.expose(content, name, ScriptableObject.getProperty(system, name));
    }
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private Object inContent(String source) {
    return fx.eval(content, source);
  }

  private String str(CompartmentGlobal global, String source) {
    return Context.toString(fx.eval(global, source));
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

  // ---- which wrapper ----

  @ParameterizedTest
  @ValueSource(strings = {"so", "bare"})
  void plainSystemObject_seenByContent_isAChromeObjectWrapper(String name) {
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(ScriptableObject.getProperty(content, name)));
  }

  @Test
  void plainSystemObject_seenByNullPrincipalAndExpandedCode_isAChromeObjectWrapper() {
    CompartmentGlobal nullGlobal = fx.global(Principal.createNull());
    CompartmentGlobal expanded =
        fx.global(Principal.expanded(List.of(Principal.content("https://b.com"), Principal.content("https://c.com"))));
    Object so = ScriptableObject.getProperty(system, "so");
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(fx.membrane.wrap(so, nullGlobal.compartment())));
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(fx.membrane.wrap(so, expanded.compartment())));
  }

  @Test
  void plainSystemObject_seenByAFreshSystemCompartment_isTransparentAndReadable() {
    CompartmentGlobal fresh = fx.freshGlobal(CompartmentTraits.of(Principal.system()));
    fx.expose(fresh, "so", ScriptableObject.getProperty(system, "so"));
    assertEquals(WrapperKind.TRANSPARENT, Wrappers.kindOf(ScriptableObject.getProperty(fresh, "so")));
    assertEquals("chrome secret", str(fresh, "so.secret"));
  }

  // ---- reads fail silently ----

  @Test
  void get_givesUndefined() {
    assertEquals("undefined undefined undefined", str(content, "[typeof so.secret, typeof so.nested, typeof so.absent].join(' ')"));
    assertEquals(true, inContent("bare.secret === undefined"));
    assertEquals(true, inContent("so['secret'] === undefined && Reflect.get(so, 'secret') === undefined"));
  }

  @Test
  void get_doesNotRunTheGetter() {
    assertEquals(true, inContent("so.g === undefined"));
    assertEquals(false, fx.eval(system, "getterRan"));
  }

  @Test
  void in_isFalse() {
    assertEquals(false, inContent("'secret' in so"));
    assertEquals(false, inContent("Reflect.has(so, 'secret')"));
    assertEquals(false, inContent("Object.prototype.hasOwnProperty.call(so, 'secret')"));
  }

  @Test
  void objectKeys_isEmpty() {
    assertEquals(0, ((Number) inContent("Object.keys(so).length")).intValue());
    assertEquals(0, ((Number) inContent("Object.getOwnPropertyNames(so).length")).intValue());
    assertEquals(0, ((Number) inContent("Reflect.ownKeys(so).length")).intValue());
    assertEquals(0, ((Number) inContent("Object.entries(so).length")).intValue());
  }

  @Test
  void forIn_seesNoKeys() {
    assertEquals(0, ((Number) inContent("var n = 0; for (var k in so) n++; n")).intValue());
  }

  @Test
  void jsonStringify_givesAnEmptyObject() {
    assertEquals("{}", str(content, "JSON.stringify(so)"));
  }

  @Test
  void getOwnPropertyDescriptor_isUndefined() {
    assertEquals(true, inContent("Object.getOwnPropertyDescriptor(so, 'secret') === undefined"));
    assertEquals(true, inContent("Object.getOwnPropertyDescriptor(so, 'g') === undefined"));
  }

  @Test
  void prototype_isTheViewersObjectPrototype() {
    assertEquals(true, inContent("Object.getPrototypeOf(so) === Object.prototype"));
    assertEquals("[object Object]", str(content, "Object.prototype.toString.call(so)"));
  }

  // ---- writes throw ----

  @Test
  void set_existingProperty_throwsAndLeavesTheTargetAlone() {
    assertEquals(deniedProperty("secret"), thrown("so.secret = 'overwritten'"));
    assertEquals("chrome secret", str(system, "so.secret"));
  }

  @Test
  void set_newProperty_throws() {
    assertEquals(deniedProperty("y"), thrown("so.y = 1"));
    assertEquals(false, fx.eval(system, "'y' in so"));
  }

  @Test
  void set_fromJava_throwsEcmaErrorNamedError() {
    EcmaError e = assertThrows(EcmaError.class, () -> inContent("so.x = 1"));
    assertEquals("Error", e.getName());
    assertEquals("Permission denied to access property \"x\"", e.getErrorMessage());
  }

  @Test
  void defineProperty_throws() {
    assertEquals(deniedProperty("x"), thrown("Object.defineProperty(so, 'x', {value: 1})"));
    assertEquals(deniedProperty("secret"), thrown("Object.defineProperty(so, 'secret', {get: function () {}})"));
    assertEquals("chrome secret", str(system, "so.secret"));
  }

  @Test
  void legacyDefineGetterAndSetter_throw() {
    assertEquals(deniedProperty("zz"), thrown("Object.prototype.__defineGetter__.call(so, 'zz', function () {})"));
    assertEquals(deniedProperty("zz"), thrown("Object.prototype.__defineSetter__.call(so, 'zz', function () {})"));
    assertEquals(deniedProperty("secret"), thrown("so.__defineGetter__('secret', function () { return 'mine'; })"));
  }

  @Test
  void legacyDefineGetter_neverReachesTheTarget() {
    thrown("so.__defineGetter__('secret', function () { return 'mine'; })");
    assertEquals("chrome secret", str(system, "so.secret"));
    assertEquals(true, inContent("so.secret === undefined"));
  }

  @Test
  void delete_throwsAndLeavesTheTargetAlone() {
    assertEquals(deniedProperty("secret"), thrown("delete so.secret"));
    assertEquals(true, fx.eval(system, "'secret' in so"));
  }

  @Test
  void setPrototypeOf_throws() {
    assertEquals(deniedProperty("__proto__"), thrown("Object.setPrototypeOf(so, null)"));
  }

  @Test
  void freeze_isDenied() {
    String outcome = thrown("Object.freeze(so)");
    assertTrue(outcome.startsWith("Error: Permission denied to access"), outcome);
  }

  @Test
  void contentsOwnObject_acceptsTheSameWrites() {
    assertEquals("no exception", thrown("var mine = {}; mine.x = 1; Object.defineProperty(mine, 'y', {value: 1}); delete mine.x"));
  }

  // ---- other system objects are opaque, not COW ----

  @ParameterizedTest
  @ValueSource(strings = {"sysArr", "sysMap", "sysErr", "sysDate", "sysRe"})
  void nonPlainSystemObject_seenByContent_isOpaque(String name) {
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(content, name)));
  }

  @Test
  void systemArray_readsThrowInsteadOfGivingUndefined() {
    assertEquals(deniedProperty("0"), thrown("sysArr[0]"));
    assertEquals(deniedProperty("length"), thrown("sysArr.length"));
    assertEquals("Error: Permission denied to access object", thrown("Object.keys(sysArr)"));
    assertEquals(false, inContent("Array.isArray(sysArr)"));
  }

  @Test
  void systemMap_readsThrow() {
    assertEquals(deniedProperty("get"), thrown("sysMap.get(1)"));
    assertEquals(deniedProperty("size"), thrown("sysMap.size"));
    assertEquals(deniedProperty("x"), thrown("'x' in sysMap"));
  }

  @Test
  void systemError_readsThrow() {
    assertEquals(deniedProperty("message"), thrown("sysErr.message"));
    assertEquals(deniedProperty("stack"), thrown("sysErr.stack"));
  }
}
