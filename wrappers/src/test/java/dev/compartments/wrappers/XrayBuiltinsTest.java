package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Scriptable;

/**
 * Xrays of the builtin classes other than Object and Array (DESIGN.md section 3, Xray): functions,
 * the Error family, RegExp, typed arrays, the classes with internal state (Date, Map, Set, WeakMap,
 * WeakSet, ArrayBuffer, DataView, Promise), and the opaque Xray of everything else. Each shows
 * only what its class natively defines, with the viewer's own native methods.
 *
 * <p>Setup: a system global {@code sys} sees the content global {@code a} transparently as {@code
 * sb}, so {@code sb.x} is an Xray of content's {@code x}.
 */
class XrayBuiltinsTest extends XraySupport {
  private static final String TYPED_ARRAY_MESSAGE =
      "Accessing TypedArray data over Xrays is slow, and forbidden in order to encourage performant code."
          + " To copy TypedArrays across origin boundaries, consider using Components.utils.cloneInto().";

  // ---- functions ----

  @Test
  void functionXrayShowsLengthAndExplicitName() {
    inContent("function named(a, b, c) {} var anonymous = (function () { return function (x) {}; })();");

    assertTrue(Wrappers.isXray(inSystem("sb.named")));
    assertEquals("function", systemString("typeof sb.named"));
    assertEquals(true, inSystem("sb.named.length === 3 && sb.named.name === 'named'"));
    assertEquals(true, inSystem("sb.anonymous.length === 1 && sb.anonymous.name === ''"));
    assertEquals("length,name", systemString("Object.getOwnPropertyNames(sb.named).sort().join()"));
  }

  @Test
  void ordinaryFunctionXrayHidesPrototypeAndContentAddedProperties() {
    inContent("function named() {} named.extra = 1; named.prototype.onProto = 2;");

    assertEquals(true, inSystem("sb.named.prototype === undefined && sb.named.extra === undefined"));
    assertEquals(false, inSystem("'prototype' in sb.named || 'extra' in sb.named"));
    // The real function has both: the waiver sees them.
    assertEquals(true,
        inSystem("sb.named.wrappedJSObject.prototype.onProto === 2 && sb.named.wrappedJSObject.extra === 1"));
  }

  @Test
  void functionXrayPrototypeIsTheTargetGlobalsFunctionPrototype() {
    inContent("function named() {} Object.setPrototypeOf(named, {evil: 1});");

    assertSame(inSystem("sb.Function.prototype"), inSystem("Object.getPrototypeOf(sb.named)"));
    assertEquals(true, inSystem("sb.named.evil === undefined"));
  }

  @Test
  void standardConstructorXrayShowsPrototypeAsTheXrayOfTheTargetsStandardPrototype() {
    inContent("var arr = [];");

    Object prototype = inSystem("sb.Array.prototype");
    assertTrue(Wrappers.isXray(prototype));
    assertSame(prototype, inSystem("Object.getPrototypeOf(sb.arr)"));
    assertEquals(false, inSystem("sb.Array.prototype === Array.prototype"));
    assertEquals(true, inSystem("Object.getOwnPropertyNames(sb.Array).indexOf('prototype') >= 0"));
    assertEquals(true, inSystem("sb.Array.prototype.constructor === sb.Array && sb.Array.name === 'Array'"));
  }

  @Test
  void staticsOfStandardConstructorsAreTheViewersOwnEvenIfContentReplacedThem() {
    inContent("var arr = [1]; Array.isArray = function () { return 'evil'; }; Array.evil = 1;");

    assertEquals(true, inSystem("sb.Array.isArray === Array.isArray && sb.Array.from === Array.from"));
    assertEquals(true, inSystem("sb.Array.isArray(sb.arr) === true"));
    assertEquals(true, inSystem("sb.Array.evil === undefined && !('evil' in sb.Array)"));
  }

  @Test
  void callingAFunctionXrayRunsTheRealFunctionWithArgumentsWrappedForTheTarget() {
    inContent("var o = {}; var got;"
        + " function isO(x) { return x === o; }"
        + " function keep(x) { got = x; return typeof x; }"
        + " function make() { return {k: 1, f: function () {}}; }"
        + " function add(x, y) { return x + y; }");

    assertEquals(true, inSystem("sb.isO(sb.o)"));
    assertEquals(5, ((Number) inSystem("sb.add(2, 3)")).intValue());

    assertEquals("object", systemString("sb.keep({secret: 1})"));
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(inContent("got")));
    assertEquals(true, inContent("got.secret === undefined"));

    assertTrue(Wrappers.isXray(inSystem("sb.make()")));
    assertEquals(true, inSystem("sb.make().k === 1 && sb.make().f === undefined"));
  }

  @Test
  void constructingThroughAStandardConstructorXrayCreatesTheObjectInTheTargetGlobal() {
    Object made = inSystem("new sb.Array(1, 2, 3)");

    assertTrue(Wrappers.isXray(made));
    assertSame(a.compartment(), Wrappers.ownerOf(f.membrane, (Scriptable) made));
    assertEquals(true,
        inSystem("var m = new sb.Array(1, 2, 3); m.length === 3 && Object.getPrototypeOf(m) === sb.Array.prototype"));
  }

  @Test
  void expandoOnAFunctionXrayIsSeenOnlyByTheViewer() {
    inContent("function named() {}");

    inSystem("sb.named.exp = 'mine';");

    assertEquals(true, inSystem("sb.named.exp === 'mine' && sb.named.hasOwnProperty('exp')"));
    assertEquals(true, inContent("named.exp === undefined"));
    assertEquals(true, inSystem("sb.named.wrappedJSObject.exp === undefined"));
  }

  // ---- the Error family ----

  @Test
  void errorXrayShowsStringMessageAndStack() {
    inContent("var e = new Error('boom');");

    assertEquals(true, inSystem("sb.e.message === 'boom' && sb.e.name === 'Error'"));
    assertEquals(true, inSystem("typeof sb.e.stack === 'string' && sb.e.stack === sb.e.wrappedJSObject.stack"));
    assertEquals("Error: boom", systemString("String(sb.e)"));
  }

  @Test
  void typeErrorXrayGetsItsNameFromTheStandardPrototype() {
    inContent("var e = new TypeError('boom');");

    assertEquals(true, inSystem("sb.e.name === 'TypeError' && !sb.e.hasOwnProperty('name')"));
    assertSame(inSystem("sb.TypeError.prototype"), inSystem("Object.getPrototypeOf(sb.e)"));
    assertSame(inSystem("sb.Error.prototype"), inSystem("Object.getPrototypeOf(Object.getPrototypeOf(sb.e))"));
    assertEquals(true, inSystem("sb.e instanceof sb.TypeError && sb.e instanceof sb.Error"));
  }

  @Test
  void errorNameThatContentChangedIsIgnored() {
    inContent("var e = new TypeError('boom'); e.name = 'own'; TypeError.prototype.name = 'evil';");

    assertEquals("TypeError", systemString("sb.e.name"));
    assertEquals(false, inSystem("sb.e.hasOwnProperty('name')"));
  }

  @Test
  void errorToStringUsesTheXrayView() {
    inContent("var e = new TypeError('boom'); e.name = 'own';"
        + " var e2 = new TypeError('x'); e2.message = {toString: function () { return 'evil'; }};");

    assertEquals("TypeError: boom", systemString("String(sb.e)"));
    assertEquals("TypeError", systemString("String(sb.e2)"));
  }

  static Stream<Arguments> errorFields() {
    return Stream.of(
        Arguments.of("message", "'other message'", "{}"),
        Arguments.of("message", "'other message'", "42"),
        Arguments.of("fileName", "'other.js'", "3"),
        Arguments.of("fileName", "'other.js'", "new Object()"),
        Arguments.of("lineNumber", "50", "1.5"),
        Arguments.of("lineNumber", "50", "'foo'"),
        Arguments.of("columnNumber", "99", "99.5"),
        Arguments.of("columnNumber", "99", "2147483648"));
  }

  @ParameterizedTest(name = "{0} = {1} shows, {0} = {2} is hidden")
  @MethodSource("errorFields")
  void errorFieldShowsOnlyValuesOfItsNativeType(String field, String good, String bad) {
    inContent("var e = new RangeError('boom'); e." + field + " = " + good + ";");

    assertEquals(true, inSystem("sb.e." + field + " === " + good + " && sb.e.hasOwnProperty('" + field + "')"));

    inContent("e." + field + " = " + bad + ";");

    assertEquals(false, inSystem("sb.e.hasOwnProperty('" + field + "')"));
    // The content's value is there (the waiver reads it), but the Xray does not show it.
    assertEquals(true, inSystem("sb.e." + field + " !== sb.e.wrappedJSObject." + field));
  }

  @Test
  void messageHiddenForItsTypeReadsAsTheEmptyStringOfThePrototype() {
    inContent("var e = new TypeError('boom'); e.message = {toString: function () { return 'evil'; }};");

    assertEquals(true, inSystem("sb.e.message === '' && !sb.e.hasOwnProperty('message')"));
  }

  @Test
  void contentAddedPropertiesOnAnErrorAreHidden() {
    inContent("var e = new Error('boom'); e.custom = 1; e.fn = function () {};");

    assertEquals(true, inSystem("sb.e.custom === undefined && sb.e.fn === undefined"));
    assertEquals(true, inSystem("Object.getOwnPropertyNames(sb.e).indexOf('custom') < 0"));
  }

  @Test
  void stackOverwrittenByContentIsNotSeenThroughTheXray() {
    inContent("var e = new Error('boom');");
    String stack = systemString("sb.e.stack");

    inContent("e.stack = 'not a stack';");

    assertEquals(stack, systemString("sb.e.stack"));
    inContent("Object.defineProperty(e, 'stack', {get: function () { return 'getter'; }});");
    assertEquals(stack, systemString("sb.e.stack"));
    assertEquals("getter", systemString("sb.e.wrappedJSObject.stack"));
  }

  @Test
  void stackOverwrittenBeforeAnyXraySawTheError_isNotShownAtAll() {
    inContent("var e2 = new Error('boom'); e2.stack = 'forged';");

    assertEquals(true, inSystem("sb.e2.stack === undefined"));
    assertEquals(true, inSystem("Object.getOwnPropertyNames(sb.e2).indexOf('stack') < 0"));
    assertEquals("forged", systemString("sb.e2.wrappedJSObject.stack"));
  }

  // ---- RegExp ----

  @Test
  void regExpXrayHasOnlyLastIndexAsOwnProperty() {
    inContent("var re = /ab+c/i; re.lastIndex = 2; re.custom = 1;");

    assertEquals("lastIndex", systemString("Object.getOwnPropertyNames(sb.re).join()"));
    assertEquals(true, inSystem("sb.re.lastIndex === 2 && sb.re.custom === undefined"));
    assertSame(inSystem("sb.RegExp.prototype"), inSystem("Object.getPrototypeOf(sb.re)"));
  }

  @Test
  void regExpMethodsAreNativeEvenIfContentReplacedThem() {
    inContent("var re = /ab+c/i;"
        + " RegExp.prototype.test = function () { return 'evil'; };"
        + " RegExp.prototype.exec = function () { return 'evil'; };"
        + " RegExp.prototype.toString = function () { return 'evil'; };");

    assertEquals(true, inSystem("sb.re.test('xabbcx') === true && sb.re.test('nothing') === false"));
    assertEquals(1, ((Number) inSystem("sb.re.exec('xabc').index")).intValue());
    assertEquals("/ab+c/i", systemString("String(sb.re)"));
  }

  @Test
  void stringMethodsWithARegExpXray_runNativeCode_andKeepLastIndexAsTheNativesDo() {
    inContent("var g = /b/g; var y = /a/y; var log = [];"
        + " RegExp.prototype.exec = function () { log.push('exec'); return null; };"
        + " RegExp.prototype[Symbol.split] = function () { log.push('split'); return []; };"
        + " g.constructor = function () { log.push('species'); };");

    assertEquals("a,c", systemString("'abc'.split(sb.g).join()"));
    assertEquals("a-c-", systemString("'abcb'.replace(sb.g, '-')"));
    assertEquals("b,b", systemString("String('abcb'.match(sb.g))"));
    assertEquals(1, ((Number) inSystem("'abc'.search(sb.g)")).intValue());
    assertEquals(0, ((Number) inSystem("sb.g.lastIndex")).intValue(), "global match and replace end at 0");
    assertEquals("a", systemString("String('aa'.match(sb.y))"));
    assertEquals(1, ((Number) inSystem("sb.y.lastIndex")).intValue(), "a sticky match moves lastIndex");
    assertEquals("", systemString("sb.log.join()"), "no content function ran");
  }

  @Test
  void regExpSourceAndFlagsAreTheTargetsReadByTheNativeGetters() {
    inContent("var re = /ab+c/gi;"
        + " Object.defineProperty(RegExp.prototype, 'flags', {get: function () { return 'evil'; }});");

    assertEquals(true, inSystem("sb.re.source === 'ab+c' && sb.re.flags === 'gi'"));
    assertEquals(true, inSystem("sb.re.global === true && sb.re.ignoreCase === true && sb.re.multiline === false"));
  }

  // ---- typed arrays ----

  @ParameterizedTest(name = "{0} throws the Gecko message")
  @ValueSource(strings = {"sb.ta[0]", "sb.ta[0] = 9", "Object.getOwnPropertyDescriptor(sb.ta, 0)",
      "Object.defineProperty(sb.ta, 1, {value: 9})"})
  void typedArrayElementAccessThrows(String access) {
    inContent("var ta = new Uint8Array([5, 6, 7]);");

    assertJsError("Error", TYPED_ARRAY_MESSAGE, systemThrows(access));
    assertEquals("5,6,7", Context.toString(inContent("Array.prototype.join.call(ta)")));
  }

  @Test
  void typedArrayKeysAreTheIndices() {
    inContent("var ta = new Int16Array([5, 6, 7]); ta.custom = 1;");

    assertEquals("0,1,2", systemString("Object.keys(sb.ta).join()"));
    assertEquals(true, inSystem("(2 in sb.ta) && !(3 in sb.ta) && sb.ta.custom === undefined"));
    assertSame(inSystem("sb.Int16Array.prototype"), inSystem("Object.getPrototypeOf(sb.ta)"));
  }

  @Test
  void typedArrayElementsAreReadableThroughTheWaiver() {
    inContent("var ta = new Uint8Array([5, 6, 7]);");

    inSystem("sb.ta.wrappedJSObject[0] = 9;");

    assertEquals(9, ((Number) inSystem("sb.ta.wrappedJSObject[0]")).intValue());
    assertEquals(9, ((Number) inContent("ta[0]")).intValue());
  }

  @Test
  void typedArrayLengthAndMethodsWorkThroughTheXray() {
    inContent("var ta = new Uint8Array([5, 6, 7]); Object.defineProperty(ta, 'length', {value: 42});");

    assertEquals(true, inSystem("sb.ta.length === 3 && sb.ta.byteLength === 3"));
    assertEquals("function", systemString("typeof sb.ta.subarray"));
  }

  // ---- classes with internal state ----

  static Stream<Arguments> nativeStateObjects() {
    return Stream.of(
        Arguments.of("Date", "new Date(5)"),
        Arguments.of("Map", "new Map([[1, 'one']])"),
        Arguments.of("Set", "new Set([1])"),
        Arguments.of("WeakMap", "new WeakMap()"),
        Arguments.of("WeakSet", "new WeakSet()"),
        Arguments.of("ArrayBuffer", "new ArrayBuffer(8)"),
        Arguments.of("DataView", "new DataView(new ArrayBuffer(8))"),
        Arguments.of("Promise", "Promise.resolve(1)"));
  }

  @ParameterizedTest(name = "a {0} Xray has no own properties")
  @MethodSource("nativeStateObjects")
  void nativeStateXrayHasNoOwnProperties(String className, String constructorCall) {
    inContent("var x = " + constructorCall + "; x.custom = 1; x.fn = function () {};");

    Object xray = inSystem("sb.x");
    assertTrue(Wrappers.isXray(xray));
    assertFalse(Wrappers.isOpaque(xray));
    assertEquals(0, ((Number) inSystem("Object.getOwnPropertyNames(sb.x).length")).intValue());
    assertEquals(true, inSystem("sb.x.custom === undefined && sb.x.fn === undefined"));
    assertSame(inSystem("sb." + className + ".prototype"), inSystem("Object.getPrototypeOf(sb.x)"));
  }

  @Test
  void nativeStateMethodsRunNativelyOnTheTarget() {
    inContent("var key = {}; var m = new Map([[1, 'one']]); var s = new Set([1]); var d = new Date(5);"
        + " var ab = new ArrayBuffer(8); var dv = new DataView(ab, 2); var wm = new WeakMap([[key, 'v']]);"
        + " var ws = new WeakSet([key]);");

    assertEquals(true, inSystem("sb.m.get(1) === 'one' && sb.m.has(1) && sb.m.size === 1"));
    assertEquals(true, inSystem("sb.s.has(1) && !sb.s.has(2) && sb.s.size === 1"));
    assertEquals(true, inSystem("sb.d.getTime() === 5 && sb.d.toISOString() === '1970-01-01T00:00:00.005Z'"));
    assertEquals(true, inSystem("sb.ab.byteLength === 8 && sb.dv.byteLength === 6 && sb.dv.byteOffset === 2"));
    assertEquals(true, inSystem("sb.wm.get(sb.key) === 'v' && sb.wm.has({}) === false && sb.ws.has(sb.key)"));
  }

  @Test
  void contentReplacingPrototypeMethodsDoesNotChangeWhatTheXrayDoes() {
    inContent("var m = new Map([[1, 'one']]); var s = new Set([1]); var d = new Date(5);"
        + " Map.prototype.get = function () { return 'evil'; };"
        + " Set.prototype.has = function () { return 'evil'; };"
        + " Date.prototype.getTime = function () { return 'evil'; };"
        + " Object.defineProperty(Map.prototype, 'size', {get: function () { return 'evil'; }});");

    assertEquals(true, inSystem("sb.m.get(1) === 'one' && sb.m.size === 1"));
    assertEquals(true, inSystem("sb.s.has(1) === true && sb.d.getTime() === 5"));
    assertEquals("evil", Context.toString(inContent("m.get(1)")));
  }

  @Test
  void nativeStateWritesThroughMethodsReachTheRealObject() {
    inContent("var m = new Map(); var s = new Set();");

    inSystem("sb.m.set('k', 'v'); sb.m.set('mine', {secret: 1}); sb.s.add(2);");

    assertEquals(true, inContent("m.get('k') === 'v' && s.has(2)"));
    assertEquals(WrapperKind.CHROME_OBJECT, Wrappers.kindOf(inContent("m.get('mine')")));
  }

  @Test
  void nativeStateMethodsAreViewerFunctionsStableInIdentity() {
    inContent("var m = new Map(); var m2 = new Map();");

    assertEquals(true, inSystem("sb.m.get === sb.m.get && sb.m.get === sb.m2.get"));
    assertEquals(true, inSystem("sb.m.get instanceof Function && typeof sb.m.get === 'function'"));
    assertFalse(Wrappers.isWrapper(inSystem("sb.m.get")));
  }

  @Test
  void arrayBufferSliceCreatesTheResultInTheTargetGlobal() {
    inContent("var ab = new ArrayBuffer(8);");

    assertTrue(Wrappers.isXray(inSystem("sb.ab.slice(4)")));
    assertEquals(true, inSystem("Object.getPrototypeOf(sb.ab.slice(4)) === sb.ArrayBuffer.prototype"));
  }

  // ---- opaque Xrays ----

  static Stream<Arguments> opaqueObjects() {
    return Stream.of(
        Arguments.of("a scripted proxy", "new Proxy({secret: 1}, {})"),
        Arguments.of("an array iterator", "[1, 2][Symbol.iterator]()"),
        Arguments.of("a map iterator", "new Map([[1, 2]]).keys()"),
        Arguments.of("a generator", "(function* () { yield 1; })()"),
        Arguments.of("a boxed number", "new Number(3)"),
        Arguments.of("a boxed string", "new String('text')"),
        Arguments.of("a boxed boolean", "new Boolean(true)"));
  }

  @ParameterizedTest(name = "{0} gets an opaque Xray")
  @MethodSource("opaqueObjects")
  void opaqueXrayShowsNothingOfTheTarget(String what, String expression) {
    inContent("var x = " + expression + "; x.custom = 1;");

    Object xray = inSystem("sb.x");
    assertTrue(Wrappers.isXray(xray));
    assertTrue(Wrappers.isOpaque(xray));
    assertEquals(0, ((Number) inSystem("Object.getOwnPropertyNames(sb.x).length")).intValue());
    assertEquals(true, inSystem("sb.x.custom === undefined && sb.x.secret === undefined && sb.x.next === undefined"));
    assertEquals(true, inSystem("sb.x.length === undefined && sb.x[0] === undefined"));
    assertEquals("[object Object]", systemString("Object.prototype.toString.call(sb.x)"));
    assertSame(inSystem("sb.Object.prototype"), inSystem("Object.getPrototypeOf(sb.x)"));
  }

  @ParameterizedTest(name = "{0} shows expandos and wrappedJSObject")
  @MethodSource("opaqueObjects")
  void opaqueXrayShowsOnlyExpandosAndWrappedJSObject(String what, String expression) {
    inContent("var x = " + expression + ";");

    inSystem("sb.x.exp = 'mine';");

    assertEquals("exp", systemString("Object.getOwnPropertyNames(sb.x).join()"));
    assertEquals(true, inSystem("sb.x.exp === 'mine'"));
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(inSystem("sb.x.wrappedJSObject")));
    assertEquals(true, inContent("x.exp === undefined"));
  }

  @Test
  void opaqueXrayNeverRunsTheProxysTraps() {
    inContent("var calls = 0; var handler = {};"
        + " ['get', 'has', 'set', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',"
        + "  'getPrototypeOf'].forEach(function (t) { handler[t] = function () { calls++; return undefined; }; });"
        + " var px = new Proxy({secret: 1}, handler);");

    inSystem("sb.px.secret; 'secret' in sb.px; Object.keys(sb.px); Object.getOwnPropertyDescriptor(sb.px, 'secret');"
        + " sb.px.exp = 1; delete sb.px.exp; Object.getPrototypeOf(sb.px); String(sb.px);");

    assertEquals(0, ((Number) inContent("calls")).intValue());
  }

  @Test
  void builtinsAppliedToAnOpaqueXrayDoNotReachTheTarget() {
    inContent("var boxed = new Number(3); var text = new String('secret');");

    EcmaError e = systemThrows("Number.prototype.valueOf.call(sb.boxed)");
    assertEquals("TypeError", e.getName());
    assertEquals("\"this\" is not an instance of class NativeNumber", e.getErrorMessage());
    assertEquals("[object Object]", systemString("String(sb.text)"));
    assertEquals("[object Object]", systemString("'' + sb.boxed"));
  }

  // ---- Object.prototype.toString ----

  static Stream<Arguments> classTags() {
    return Stream.of(
        Arguments.of("({})", "[object Object]"),
        Arguments.of("[1]", "[object Array]"),
        Arguments.of("(function () {})", "[object Function]"),
        Arguments.of("new Error('e')", "[object Error]"),
        Arguments.of("/a/g", "[object RegExp]"),
        Arguments.of("new Date(0)", "[object Date]"),
        Arguments.of("new Map()", "[object Map]"),
        Arguments.of("new Set()", "[object Set]"),
        Arguments.of("new WeakMap()", "[object WeakMap]"),
        Arguments.of("new WeakSet()", "[object WeakSet]"),
        Arguments.of("new ArrayBuffer(1)", "[object ArrayBuffer]"),
        Arguments.of("new DataView(new ArrayBuffer(1))", "[object DataView]"),
        Arguments.of("Promise.resolve(1)", "[object Promise]"),
        Arguments.of("new Uint8Array(1)", "[object Uint8Array]"),
        Arguments.of("new Proxy([], {})", "[object Object]"));
  }

  @ParameterizedTest(name = "Object.prototype.toString of an Xray of {0} is {1}")
  @MethodSource("classTags")
  void objectPrototypeToStringGivesTheNativeClassOfEachXrayKind(String expression, String tag) {
    inContent("var x = " + expression + ";");

    assertEquals(tag, systemString("Object.prototype.toString.call(sb.x)"));
  }

  @Test
  void toStringTagThatContentRedefinedIsIgnored() {
    inContent("var m = new Map(); Object.defineProperty(Map.prototype, Symbol.toStringTag, {value: 'Evil'});"
        + " var ta = new Uint8Array(1); ta[Symbol.toStringTag] = 'Evil';");

    assertEquals("[object Map]", systemString("Object.prototype.toString.call(sb.m)"));
    assertEquals("[object Uint8Array]", systemString("Object.prototype.toString.call(sb.ta)"));
  }

  @Test
  void objectPrototypeToStringOfATypeErrorXrayIsObjectError() {
    inContent("var e = new TypeError('t');");

    assertEquals("[object Error]", Context.toString(inContent("Object.prototype.toString.call(e)")));
    assertEquals("[object Error]", systemString("Object.prototype.toString.call(sb.e)"));
  }
}
