package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Xrays of plain Object and Array instances (DESIGN.md section 3, Xray): the privileged viewer sees
 * the target's own data properties with primitive or same-origin Xrayable values, never accessors,
 * functions, foreign objects or names that shadow the standard prototype; the prototype is always
 * the target global's standard one; writes go to the real object under Gecko's rules.
 *
 * <p>Setup: a system global {@code sys} sees the content global {@code a} transparently as {@code
 * sb} (a sandbox global is never Xrayed), so {@code sb.o} is an Xray of content's {@code o}.
 */
class XrayObjectArrayTest extends XraySupport {
  private static final Principal A = Principal.content("https://a.example");
  private static final Principal B = Principal.content("https://b.example");

  private static final String CROSS_ORIGIN_MESSAGE =
      "Not allowed to define cross-origin object as property on [Object] or [Array] XrayWrapper";
  private static final String ACCESSOR_MESSAGE =
      "Not allowed to define accessor property on [Object] or [Array] XrayWrapper";
  private static final String SHADOW_MESSAGE =
      "Not allowed to shadow non-own Xray-resolved property on [Object] or [Array] XrayWrapper";

  // ---- reads ----

  @Test
  void ownDataPropertiesWithPrimitiveValuesAreVisible() {
    inContent("var o = {n: 1, s: 'str', b: true, nothing: null, u: undefined};");

    assertTrue(Wrappers.isXray(inSystem("sb.o")));
    assertEquals(true, inSystem("sb.o.n === 1 && sb.o.s === 'str' && sb.o.b === true && sb.o.nothing === null"));
    assertEquals(true, inSystem("sb.o.hasOwnProperty('u') && sb.o.u === undefined"));
    assertEquals(true, inSystem("Object.getOwnPropertyDescriptor(sb.o, 's').value === 'str'"));
  }

  @Test
  void accessorPropertiesAreHiddenAndTheirGetterNeverRuns() {
    inContent("var calls = 0; var o = {n: 1, get acc() { calls++; return 'secret'; }, set only(v) { calls++; }};");

    assertEquals(true, inSystem("sb.o.acc === undefined && sb.o.only === undefined"));
    assertEquals(false, inSystem("'acc' in sb.o || sb.o.hasOwnProperty('acc')"));
    assertEquals(true, inSystem("Object.getOwnPropertyDescriptor(sb.o, 'acc') === undefined"));
    assertEquals(true, inSystem("sb.o.n === 1"));
    assertEquals(0, ((Number) inContent("calls")).intValue());
  }

  @Test
  void functionValuedPropertiesAreHidden() {
    inContent("var o = {n: 1, f: function () { return 'ran'; }, arrow: () => 1};");

    assertEquals("undefined", systemString("typeof sb.o.f"));
    assertEquals("undefined", systemString("typeof sb.o.arrow"));
    assertEquals(false, inSystem("'f' in sb.o"));
    assertEquals(true, inSystem("sb.o.n === 1"));
  }

  @Test
  void objectValuesOfTheTargetsOwnOriginAreVisibleAsXrays() {
    inContent("var o = {inner: {k: 2, f: function () {}}};");

    assertTrue(Wrappers.isXray(inSystem("sb.o.inner")));
    assertEquals(true, inSystem("sb.o.inner.k === 2 && sb.o.inner.f === undefined"));
  }

  @Test
  void objectsOfAThirdOriginStoredByContentAreHidden() {
    CompartmentGlobal b = f.content("https://b.example");
    f.expose(a, "fromB", f.eval(b, "({k: 'b'})"));
    inContent("var o = {n: 1, third: fromB};");

    assertEquals(true, inSystem("sb.o.third === undefined && !('third' in sb.o)"));
    assertEquals(true, inSystem("sb.o.n === 1"));
    // The property is there: the waiver, which shows everything, sees it.
    assertEquals(true, inSystem("sb.o.wrappedJSObject.third.k === 'b'"));
  }

  @Test
  void systemObjectsStoredByContentAreHidden() {
    f.expose(a, "chrome", inSystem("({secret: 's'})"));
    inContent("var o = {n: 1, chrome: chrome};");

    assertEquals(true, inSystem("sb.o.chrome === undefined && !('chrome' in sb.o)"));
    assertEquals(true, inSystem("sb.o.wrappedJSObject.chrome.secret === 's'"));
  }

  @Test
  void nonXrayableValuesAreHidden() {
    inContent("var o = {plain: {}, proxy: new Proxy({}, {}), iterator: [1][Symbol.iterator](),"
        + " generator: (function* () { yield 1; })(), boxed: new Number(3)};");

    assertEquals("undefined,undefined,undefined,undefined",
        systemString("[typeof sb.o.proxy, typeof sb.o.iterator, typeof sb.o.generator, typeof sb.o.boxed].join()"));
    assertEquals("plain", systemString("Object.getOwnPropertyNames(sb.o).join()"));
  }

  @Test
  void ownPropertiesThatShadowTheStandardPrototypeAreHiddenAndTheNativeOnesUsed() {
    inContent("var o = {n: 1, toString: 'x', hasOwnProperty: 3, valueOf: {}};");

    assertEquals(true, inSystem("sb.o.toString === Object.prototype.toString"));
    assertEquals(true, inSystem("sb.o.hasOwnProperty === Object.prototype.hasOwnProperty"));
    assertEquals(true, inSystem("sb.o.valueOf === Object.prototype.valueOf"));
    assertEquals(false, inSystem("sb.o.hasOwnProperty('toString')"));
    assertEquals("[object Object]", systemString("String(sb.o)"));
    assertEquals("n", systemString("Object.keys(sb.o).join()"));
  }

  @Test
  void symbolKeyedDataPropertiesFollowTheSameRules() {
    inContent("var unique = Symbol('unique'); var o = {n: 1}; o[unique] = 43; o[Symbol.for('registered')] = 44;"
        + " o[Symbol.iterator] = function () {};");

    assertEquals(true, inSystem("sb.o[sb.unique] === 43 && sb.o[Symbol.for('registered')] === 44"));
    assertEquals(true, inSystem("sb.o[Symbol.iterator] === undefined"));
    assertEquals(2, ((Number) inSystem("Object.getOwnPropertySymbols(sb.o).length")).intValue());
  }

  @Test
  void arrayLengthAndIndicesAreVisible() {
    inContent("var arr = [1, 'two', {k: 3}, function () {}]; arr.extra = 'e';");

    assertTrue(Wrappers.isXray(inSystem("sb.arr")));
    assertEquals(true, inSystem("Array.isArray(sb.arr)"));
    assertEquals(true, inSystem("sb.arr.length === 4 && sb.arr[0] === 1 && sb.arr[1] === 'two' && sb.arr[2].k === 3"));
    assertEquals(true, inSystem("sb.arr[3] === undefined && sb.arr.extra === 'e'"));
    assertEquals("0,1,2,extra,length", systemString("Object.getOwnPropertyNames(sb.arr).sort().join()"));
  }

  @Test
  void arrayOwnPropertyThatShadowsArrayPrototypeIsHidden() {
    inContent("var arr = [1, 2]; arr.push = 'not a method'; arr.join = 7;");

    assertEquals(true, inSystem("sb.arr.push === Array.prototype.push && sb.arr.join === Array.prototype.join"));
    assertEquals("1-2", systemString("sb.arr.join('-')"));
  }

  // ---- the prototype and the methods found through it ----

  @Test
  void prototypeIsTheXrayOfTheTargetGlobalsObjectPrototypeWhateverTheRealOne() {
    inContent("var evil = {evilProp: 1, hasOwnProperty: function () { return 'evil'; }};"
        + " var o = {n: 1}; Object.setPrototypeOf(o, evil);");

    Object proto = inSystem("Object.getPrototypeOf(sb.o)");
    assertTrue(Wrappers.isXray(proto));
    assertSame(proto, inSystem("sb.Object.prototype"));
    assertEquals(false, inSystem("Object.getPrototypeOf(sb.o) === Object.prototype"));
    assertEquals(true, inSystem("sb.o.evilProp === undefined && sb.o.hasOwnProperty('n') === true"));
  }

  @Test
  void prototypeOfAnArrayIsTheXrayOfTheTargetGlobalsArrayPrototype() {
    inContent("var arr = [1]; Object.setPrototypeOf(arr, {evil: 1});");

    assertSame(inSystem("sb.Array.prototype"), inSystem("Object.getPrototypeOf(sb.arr)"));
    assertEquals(true, inSystem("Object.getPrototypeOf(sb.Array.prototype) === sb.Object.prototype"));
    assertEquals(true, inSystem("sb.arr.evil === undefined"));
  }

  @Test
  void methodsFoundThroughTheXrayAreTheViewersOwnBuiltinsEvenIfContentReplacedThem() {
    inContent("var o = {n: 1}; var arr = [1, 2, 3];"
        + " Object.prototype.hasOwnProperty = function () { return 'evil'; };"
        + " Array.prototype.map = function () { return 'evil'; };"
        + " Array.prototype.push = function () { return 'evil'; };");

    assertEquals(true, inSystem("sb.o.hasOwnProperty === Object.prototype.hasOwnProperty"));
    assertEquals(true, inSystem("sb.arr.map === Array.prototype.map && sb.arr.push === Array.prototype.push"));
    assertEquals(true, inSystem("sb.o.hasOwnProperty('n')"));
    assertEquals("2,4,6", systemString("sb.arr.map(function (v) { return v * 2; }).join()"));
    // Content's own view still has its replacements.
    assertEquals("evil", Context.toString(inContent("arr.map(function (v) { return v; })")));
  }

  @Test
  void pushThroughTheXrayChangesTheRealArray() {
    inContent("var arr = [1, 2, 3];");

    assertEquals(4, ((Number) inSystem("sb.arr.push(4)")).intValue());
    assertEquals("1,2,3,4", Context.toString(inContent("arr.join()")));
  }

  // ---- writes ----

  @Test
  void writesOfPrimitivesGoToTheRealObject() {
    inContent("var o = {n: 1}; var arr = [1];");

    inSystem("sb.o.n = 2; sb.o.added = 'new'; sb.arr[1] = 'second'; sb.arr.length = 3;");

    assertEquals(true, inContent("o.n === 2 && o.added === 'new'"));
    assertEquals(true, inContent("arr[1] === 'second' && arr.length === 3"));
    assertEquals(true, inSystem("sb.o.added === 'new'"));
  }

  @Test
  void writingAViewerObjectTheTargetDoesNotSubsumeThrows() {
    inContent("var o = {n: 1}; var arr = [1];");

    assertJsError("Error", CROSS_ORIGIN_MESSAGE, systemThrows("sb.o.mine = {};"));
    assertJsError("Error", CROSS_ORIGIN_MESSAGE, systemThrows("sb.arr[0] = [];"));
    assertJsError("Error", CROSS_ORIGIN_MESSAGE, systemThrows("sb.o.fn = function () {};"));
    assertEquals(true, inContent("!('mine' in o) && !('fn' in o) && arr[0] === 1"));
  }

  @Test
  void writingAnObjectOfTheTargetsOwnCompartmentIsAllowed() {
    inContent("var o = {n: 1}; var other = {k: 1};");

    inSystem("sb.o.link = sb.other;");

    assertEquals(true, inContent("o.link === other"));
    assertEquals(true, inSystem("sb.o.link === sb.other"));
  }

  @Test
  void definingAnAccessorThrows() {
    inContent("var o = {n: 1};");

    assertJsError("Error", ACCESSOR_MESSAGE,
        systemThrows("Object.defineProperty(sb.o, 'g', {get: function () { return 1; }, configurable: true});"));
    assertJsError("Error", ACCESSOR_MESSAGE,
        systemThrows("Object.defineProperty(sb.o, 's', {set: function (v) {}, configurable: true});"));
    assertEquals(true, inContent("!('g' in o) && !('s' in o)"));
  }

  @Test
  void definingADataPropertyWithAPrimitiveGoesToTheRealObject() {
    inContent("var o = {n: 1};");

    inSystem("Object.defineProperty(sb.o, 'd',"
        + " {value: 'data', enumerable: true, writable: false, configurable: true});");

    assertEquals("{\"value\":\"data\",\"writable\":false,\"enumerable\":true,\"configurable\":true}",
        Context.toString(inContent("JSON.stringify(Object.getOwnPropertyDescriptor(o, 'd'))")));
  }

  @Test
  void assigningANameOfTheStandardPrototypeThrows() {
    inContent("var o = {n: 1};");

    assertJsError("Error", SHADOW_MESSAGE, systemThrows("sb.o.hasOwnProperty = 33;"));
    assertJsError("Error", SHADOW_MESSAGE, systemThrows("sb.o.toString = 'x';"));
    assertEquals(true, inContent("!o.hasOwnProperty('hasOwnProperty') && !o.hasOwnProperty('toString')"));
  }

  @Test
  void writingAPrimitiveOverAHiddenConfigurableAccessorRedefinesItAsData() {
    inContent("var o = {get gs() { return 3; }, set gs(v) {}};");

    inSystem("sb.o.gs = 'redefined';");

    assertEquals(true, inSystem("sb.o.gs === 'redefined'"));
    assertEquals(true,
        inContent("o.gs === 'redefined' && Object.getOwnPropertyDescriptor(o, 'gs').value === 'redefined'"));
  }

  @Test
  void deleteOfAVisiblePropertyDeletesOnTheRealObject() {
    inContent("var o = {n: 1, keep: 2}; var arr = [1, 2, 3];");

    assertEquals(true, inSystem("delete sb.o.n"));
    inSystem("delete sb.arr[2];");

    assertEquals(true, inContent("!('n' in o) && o.keep === 2"));
    assertEquals(true, inContent("!(2 in arr) && arr.length === 3"));
    assertEquals(true, inSystem("sb.o.n === undefined"));
  }

  @Test
  void deleteOfAHiddenPropertyLeavesTheRealObjectAlone() {
    inContent("var o = {get acc() { return 'a'; }, f: function () {}};");

    inSystem("delete sb.o.acc; delete sb.o.f;");

    assertEquals(true, inContent("o.acc === 'a' && typeof o.f === 'function'"));
  }

  // ---- enumeration ----

  private static final String ENUMERATION_CONTENT =
      "var o = {n: 1, s: 'str', get acc() { return 1; }, f: function () {}, toString: 'x',"
          + " p: new Proxy({}, {}), inner: {k: 2}};"
          + " var arr = [1, function () {}, 3];";

  static Stream<Arguments> enumerations() {
    return Stream.of(
        Arguments.of("Object.keys", "Object.keys(sb.o).join()", "n,s,inner"),
        Arguments.of("Object.getOwnPropertyNames", "Object.getOwnPropertyNames(sb.o).join()", "n,s,inner"),
        Arguments.of("Reflect.ownKeys", "Reflect.ownKeys(sb.o).join()", "n,s,inner"),
        Arguments.of("JSON.stringify", "JSON.stringify(sb.o)", "{\"n\":1,\"s\":\"str\",\"inner\":{\"k\":2}}"),
        Arguments.of("for-in", "(function () { var r = []; for (var k in sb.o) r.push(k); return r.join(); })()",
            "n,s,inner"),
        Arguments.of("Object.assign", "Object.keys(Object.assign({}, sb.o)).join()", "n,s,inner"),
        Arguments.of("Object.entries", "Object.entries(sb.o).map(function (e) { return e[0]; }).join()",
            "n,s,inner"),
        Arguments.of("Object.values", "Object.values(sb.o).length", "3"),
        Arguments.of("Object.keys of an array", "Object.keys(sb.arr).join()", "0,2"),
        Arguments.of("JSON.stringify of an array", "JSON.stringify(sb.arr)", "[1,null,3]"),
        Arguments.of("spread into an array", "[...sb.arr].map(String).join()", "1,undefined,3"),
        Arguments.of("for-of over an array",
            "(function () { var r = []; for (var v of sb.arr) r.push(v); return r.join(); })()",
            "1,,3"));
  }

  @ParameterizedTest(name = "{0} sees only the visible properties")
  @MethodSource("enumerations")
  void enumerationSeesOnlyTheVisibleProperties(String what, String expression, String expected) {
    inContent(ENUMERATION_CONTENT);

    assertEquals(expected, systemString(expression));
  }

  @Test
  void objectSpreadOfAnXrayCopiesTheVisibleProperties() {
    inContent(ENUMERATION_CONTENT);

    assertEquals("{\"n\":1,\"s\":\"str\",\"inner\":{\"k\":2}}", systemString("JSON.stringify({...sb.o})"));
  }

  // ---- integrity ----

  @Test
  void freezeAndPreventExtensionsThrowATypeError() {
    inContent("var o = {n: 1}; var arr = [1];");

    for (String source : List.of("Object.freeze(sb.o)", "Object.preventExtensions(sb.o)",
        "Object.freeze(sb.arr)", "Object.preventExtensions(sb.arr)")) {
      assertJsError("TypeError", "can't prevent extensions on an XrayWrapper", systemThrows(source));
    }
    assertEquals(true, inSystem("Object.isExtensible(sb.o) && !Object.isFrozen(sb.o)"));
    assertEquals(true, inContent("Object.isExtensible(o) && Object.isExtensible(arr)"));
  }

  @Test
  void failedFreezeLeavesTheRealObjectsPropertiesAlone() {
    inContent("var o = {n: 1};");

    systemThrows("Object.freeze(sb.o)");

    assertEquals("{\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}",
        Context.toString(inContent("JSON.stringify(Object.getOwnPropertyDescriptor(o, 'n'))")));
  }

  // ---- other viewers ----

  @Test
  void expandedPrincipalViewerSeesAMemberObjectThroughTheSameFilteredXray() {
    CompartmentGlobal ex = f.global(Principal.expanded(List.of(A)));
    f.expose(ex, "sb", a);
    inContent("var o = {n: 1, get acc() { return 1; }, f: function () {}, inner: {k: 2}}; var other = {};"
        + " Object.setPrototypeOf(o, {evil: 1});");

    assertTrue(Wrappers.isXray(f.eval(ex, "sb.o")));
    assertEquals(true,
        f.eval(ex, "sb.o.n === 1 && sb.o.acc === undefined && sb.o.f === undefined && sb.o.inner.k === 2"));
    assertEquals(true, f.eval(ex, "Object.getPrototypeOf(sb.o) === sb.Object.prototype && sb.o.evil === undefined"));
    assertEquals("n,inner", Context.toString(f.eval(ex, "Object.keys(sb.o).join()")));

    f.eval(ex, "sb.o.written = 'by ex'; sb.o.link = sb.other;");
    assertEquals(true, inContent("o.written === 'by ex' && o.link === other"));
    EcmaError e = assertThrows(EcmaError.class, () -> f.eval(ex, "sb.o.mine = {};"));
    assertJsError("Error", CROSS_ORIGIN_MESSAGE, e);
  }

  @Test
  void twoSameOriginDefaultCompartmentsSeeEachOtherThroughXrays() {
    CompartmentGlobal one = f.freshGlobal(CompartmentTraits.of(A));
    CompartmentGlobal two = f.freshGlobal(CompartmentTraits.of(A));
    f.expose(two, "peer", one);
    f.expose(one, "peer", two);
    f.eval(one, "var o = {n: 1, get acc() { return 1; }, f: function () {}, toString: 'x'};");
    f.eval(two, "var o2 = {m: 2};");

    assertTrue(Wrappers.isXray(f.eval(two, "peer.o")));
    assertTrue(Wrappers.isXray(f.eval(one, "peer.o2")));
    assertEquals("n", Context.toString(f.eval(two, "Object.keys(peer.o).join()")));
    assertEquals(true, f.eval(two, "peer.o.acc === undefined && peer.o.toString === Object.prototype.toString"));

    // Same origin: the target subsumes the viewer, so the viewer's own objects may be written.
    f.eval(two, "peer.o.fromTwo = {z: 1};");
    Object seenByOne = f.eval(one, "o.fromTwo");
    assertTrue(Wrappers.isXray(seenByOne));
    assertEquals(true, f.eval(one, "o.fromTwo.z === 1"));
  }

  @Test
  void xrayIsNotTheRawObjectAndGoesBackRawToItsOwnCompartment() {
    inContent("var o = {n: 1};");
    Object xray = inSystem("sb.o");
    Scriptable raw = (Scriptable) inContent("o");

    assertNotSame(raw, xray);
    assertSame(xray, f.membrane.wrap(raw, sys.compartment()));
    assertSame(raw, f.membrane.wrap(xray, a.compartment()));
  }

  // ---- audit ----

  /** A membrane like {@link Fixture}'s, whose audit listener records every event. */
  private static final class AuditedSetup implements AutoCloseable {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    final Membrane membrane = Membrane.create(new SafeContextFactory(), events::add);
    final Context cx = membrane.contextFactory().enterContext();
    final CompartmentGlobal system = global(Principal.system());
    final CompartmentGlobal content = global(A);
    final CompartmentGlobal other = global(B);

    AuditedSetup() {
      expose(system, "sb", content);
      expose(content, "fromB", eval(other, "({k: 'b'})"));
      expose(content, "chrome", eval(system, "({secret: 1})"));
    }

    private CompartmentGlobal global(Principal principal) {
      return membrane.compartmentFor(CompartmentTraits.of(principal), principal.origin(), false).newGlobal();
    }

    private void expose(CompartmentGlobal viewer, String name, Object value) {
      ScriptableObject.putProperty(viewer, name, membrane.wrap(value, viewer.compartment()));
    }

    Object eval(Scriptable global, String source) {
      return cx.evaluateString(global, source, "audit.js", 1, null);
    }

    List<String> denialReasons(String property) {
      return events.stream()
          .filter(e -> e.type() == AuditEvent.Type.DENIAL && e.property().equals(property))
          .map(AuditEvent::reason)
          .collect(Collectors.toList());
    }

    @Override
    public void close() {
      cx.close();
    }
  }

  static Stream<Arguments> hiddenValues() {
    return Stream.of(
        Arguments.of("an accessor", "p", "({get p() { return 1; }})", "sb.o.p === undefined",
            "property has accessor"),
        Arguments.of("a function", "p", "({p: function () {}})", "sb.o.p === undefined", "value is callable"),
        Arguments.of("an object of a third origin", "p", "({p: fromB})", "sb.o.p === undefined",
            "value not same-origin with target"),
        Arguments.of("a system object", "p", "({p: chrome})", "sb.o.p === undefined",
            "value not same-origin with target"),
        Arguments.of("a scripted proxy", "p", "({p: new Proxy({}, {})})", "sb.o.p === undefined",
            "value not Xrayable"),
        Arguments.of("an iterator", "p", "({p: [1][Symbol.iterator]()})", "sb.o.p === undefined",
            "value not Xrayable"),
        Arguments.of("a name of Object.prototype", "toString", "({toString: 'x'})",
            "sb.o.toString === Object.prototype.toString", "value shadows a property on the standard prototype"),
        Arguments.of("a name of Array.prototype", "map", "(function () { var r = [1]; r.map = 2; return r; })()",
            "sb.o.map === Array.prototype.map", "value shadows a property on the standard prototype"));
  }

  @ParameterizedTest(name = "reading {0} through an Xray is silent and audited")
  @MethodSource("hiddenValues")
  void auditListenerReceivesTheReasonAHiddenPropertyWasDenied(
      String what, String property, String contentValue, String expectedRead, String reason) {
    try (AuditedSetup s = new AuditedSetup()) {
      s.eval(s.content, "var o = " + contentValue + ";");
      s.events.clear();

      assertEquals(true, s.eval(s.system, expectedRead));
      assertEquals(List.of(reason), s.denialReasons(property).stream().distinct().collect(Collectors.toList()));
      AuditEvent denial =
          s.events.stream().filter(e -> e.type() == AuditEvent.Type.DENIAL).findFirst().orElseThrow();
      assertEquals(Principal.system(), denial.viewer());
      assertEquals(A, denial.owner());
      assertEquals(WrapperKind.XRAY, denial.wrapperKind());
    }
  }

  @Test
  void readingAVisiblePropertyIsNotAudited() {
    try (AuditedSetup s = new AuditedSetup()) {
      s.eval(s.content, "var o = {p: 1, q: {k: 2}};");
      s.events.clear();

      assertEquals(true, s.eval(s.system, "sb.o.p === 1 && sb.o.q.k === 2"));
      assertEquals(
          List.of(),
          s.events.stream().filter(e -> e.type() == AuditEvent.Type.DENIAL).collect(Collectors.toList()));
    }
  }
}
