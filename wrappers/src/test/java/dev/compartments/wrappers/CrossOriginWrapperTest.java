package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The cross-origin wrapper (DESIGN.md section 3), after the web-platform-tests test
 * html/browsers/origin/cross-origin-objects/cross-origin-objects.html.
 *
 * <p>The world: a top window of https://a.example (the viewer, where the scripts run) whose child
 * frame {@code w} is a window of https://b.example. {@code w} has two child frames: {@code inner}
 * (https://a.example, in a compartment of its own) and {@code third} (https://c.example). Every
 * window's compartment has {@code wantXrays} off, as web pages do.
 */
class CrossOriginWrapperTest {
  private static final String A = "https://a.example";
  private static final String B = "https://b.example";
  private static final String C = "https://c.example";

  /** Own property names of a cross-origin Window with two frames, sorted (WPT propNames). */
  private static final String WINDOW_NAMES =
      "[\"0\",\"1\",\"blur\",\"close\",\"closed\",\"focus\",\"frames\",\"length\",\"location\","
          + "\"opener\",\"parent\",\"postMessage\",\"self\",\"then\",\"top\",\"window\"]";

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();
  private Membrane membrane;
  private Context cx;
  /** The https://a.example top window the tests' scripts run in; it sees {@code w}. */
  private TestWindow viewer;
  /** The https://b.example window, child frame of the viewer, exposed to it as {@code w}. */
  private TestWindow target;
  /** Frame 0 of the target, named "inner": https://a.example in its own compartment. */
  private TestWindow sameOriginFrame;
  /** Frame 1 of the target, named "third": https://c.example. */
  private TestWindow thirdOriginFrame;

  @BeforeEach
  void createWindows() {
    membrane = Membrane.create(new SafeContextFactory(), events::add);
    cx = membrane.contextFactory().enterContext();
    viewer = window(A, "top");
    target = viewer.addFrame(window(B, "b"));
    sameOriginFrame = target.addFrame(window(A, "inner"));
    thirdOriginFrame = target.addFrame(window(C, "third"));
    eval(target, "var secret = 's3cret'; function hello() { return 'hi'; }");
    eval(sameOriginFrame, "var secret = 'inner secret';");
    eval(thirdOriginFrame, "var secret = 'third secret';");
    expose(viewer, "w", target);
  }

  @AfterEach
  void exitContext() {
    cx.close();
  }

  // ---- helpers ----

  private TestWindow window(String origin, String name) {
    return window(new CompartmentTraits(Principal.content(origin), false, true), name);
  }

  private TestWindow window(CompartmentTraits traits, String name) {
    String origin = traits.principal().origin();
    return TestWindow.open(membrane.newCompartment(traits, origin + " " + name), name, origin + "/" + name);
  }

  private void expose(CompartmentGlobal to, String name, Scriptable value) {
    ScriptableObject.putProperty(to, name, membrane.wrap(value, to.compartment()));
  }

  private Object eval(Scriptable scope, String source) {
    return cx.evaluateString(scope, source, "test.js", 1, null);
  }

  /** Evaluates {@code expression} in the viewer and asserts it is {@code true}. */
  private void assertTrueInViewer(String expression) {
    assertEquals(Boolean.TRUE, eval(viewer, expression), expression);
  }

  private static String denied(String verb, String property) {
    return "Permission denied to " + verb + " property \"" + property + "\" on cross-origin object";
  }

  /** Asserts {@code source} throws a SecurityError with {@code message} in {@code scope}; returns it. */
  private Scriptable assertSecurityError(Scriptable scope, String source, String message) {
    JavaScriptException thrown = assertThrows(JavaScriptException.class, () -> eval(scope, source), source);
    Scriptable error = assertInstanceOf(Scriptable.class, thrown.getValue(), source);
    assertEquals("SecurityError", ScriptableObject.getProperty(error, "name"), source);
    if (message != null) {
      assertEquals(message, ScriptableObject.getProperty(error, "message"), source);
    }
    return error;
  }

  private Scriptable assertSecurityError(String source, String message) {
    return assertSecurityError(viewer, source, message);
  }

  private EcmaError assertTypeError(Scriptable scope, String source) {
    EcmaError thrown = assertThrows(EcmaError.class, () -> eval(scope, source), source);
    assertEquals("TypeError", thrown.getName(), source);
    return thrown;
  }

  private Object viewerValue(String expression) {
    return eval(viewer, expression);
  }

  // ---- the decision ----

  @Test
  void otherOriginWindow_getsCrossOriginWrapper() {
    Object w = viewerValue("w");
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(w));
    assertEquals(ObjectKind.WINDOW, membrane.explain(viewer.compartment(), target, false).objectKind());
    assertEquals(WrapperKind.CROSS_ORIGIN, membrane.explain(viewer.compartment(), target, false).kind());
    assertSame(target, Wrappers.unsafeUnwrap((Scriptable) w));
  }

  @Test
  void otherOriginLocation_getsCrossOriginWrapper() {
    Object location = viewerValue("w.location");
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(location));
    assertEquals(ObjectKind.LOCATION, membrane.explain(viewer.compartment(), target.testLocation(), false).objectKind());
    assertSame(target.testLocation(), Wrappers.unsafeUnwrap((Scriptable) location));
    assertTrueInViewer("w.location === w.location");
  }

  @Test
  void sameOriginViewerWithoutXrays_getsTransparentWrapper_andReadsSecret() {
    TestWindow sibling = window(B, "sibling");
    expose(sibling, "w", target);
    assertEquals(WrapperKind.TRANSPARENT, Wrappers.kindOf(eval(sibling, "w")));
    assertEquals("s3cret", eval(sibling, "w.secret"));
    // ...while the cross-origin viewer cannot.
    assertSecurityError("w.secret", denied("access", "secret"));
  }

  @Test
  void sameOriginViewerWantingXrays_getsXray_notCrossOrigin() {
    TestWindow xrayed = window(new CompartmentTraits(Principal.content(B), true, true), "xrayed");
    expose(xrayed, "w", target);
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(eval(xrayed, "w")));
  }

  @Test
  void systemViewer_getsXray_thatHidesContentProperties_andWaivesToThem() {
    CompartmentGlobal system = membrane.systemCompartment().newGlobal();
    expose(system, "w", target);
    Object w = eval(system, "w");
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(w));
    assertTrue(Wrappers.isXray(w));
    assertEquals(Boolean.TRUE, eval(system, "w.secret === undefined"));
    assertEquals("s3cret", eval(system, "w.wrappedJSObject.secret"));
  }

  // ---- Window: allowed getters ----

  @Test
  void indexedFrames_areReachable_andOutOfRangeIndexIsDenied() {
    assertTrueInViewer("w.length === 2");
    assertSame(sameOriginFrame, Wrappers.unsafeUnwrap((Scriptable) viewerValue("w[0]")));
    assertSame(thirdOriginFrame, Wrappers.unsafeUnwrap((Scriptable) viewerValue("w[1]")));
    assertTrueInViewer("w['1'] === w[1]");
    Scriptable error = assertSecurityError("w[2]", null);
    assertTrue(
        String.valueOf(ScriptableObject.getProperty(error, "message"))
            .startsWith("Permission denied to access property "),
        "message for an index");
  }

  @Test
  void namedFrames_areReadable() {
    assertTrueInViewer("w.inner === w[0]");
    assertTrueInViewer("w.third === w[1]");
    assertSecurityError("w.nosuchframe", denied("access", "nosuchframe"));
  }

  @Test
  void namedFrames_cannotBeSet() {
    assertSecurityError("w.third = 1", denied("set", "third"));
    assertSame(thirdOriginFrame, Wrappers.unsafeUnwrap((Scriptable) viewerValue("w.third")));
  }

  @Test
  void indexedFrames_cannotBeSet() {
    Scriptable error = assertSecurityError("w[0] = 1", null);
    assertTrue(
        String.valueOf(ScriptableObject.getProperty(error, "message")).startsWith("Permission denied to set property "));
    assertSame(sameOriginFrame, Wrappers.unsafeUnwrap((Scriptable) viewerValue("w[0]")));
  }

  @Test
  void windowSelfAndFrames_areTheWrapperItself() {
    assertTrueInViewer("w.window === w");
    assertTrueInViewer("w.self === w");
    assertTrueInViewer("w.frames === w");
    assertTrueInViewer("w.self.frames.window === w");
  }

  @Test
  void topAndParent_giveTheViewersOwnWindowRaw() {
    assertTrueInViewer("w.top === this");
    assertTrueInViewer("w.parent === this");
    assertEquals(WrapperKind.RAW, Wrappers.kindOf(viewerValue("w.top")));
  }

  @Test
  void parentOfAThirdOriginFrame_isTheSameWrapperAsW() {
    assertTrueInViewer("w[1].parent === w");
    assertTrueInViewer("w[1].top === this");
  }

  @Test
  void opener_isNullWithoutOpener_andTheOpenerWhenSet() {
    assertTrueInViewer("w.opener === null");
    target.setOpener(thirdOriginFrame);
    assertTrueInViewer("w.opener === w[1]");
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(viewerValue("w.opener")));
    target.setOpener(viewer);
    assertTrueInViewer("w.opener === this");
  }

  @Test
  void closed_reflectsTheWindow() {
    assertTrueInViewer("w.closed === false");
    eval(viewer, "w.close()");
    assertTrueInViewer("w.closed === true");
  }

  @Test
  void getters_cannotBeSet() {
    for (String name : List.of("window", "frames", "self", "top", "parent", "opener", "closed", "length")) {
      assertSecurityError("w." + name + " = 1", denied("set", name));
    }
    assertTrueInViewer("w.length === 2 && w.self === w && w.closed === false");
  }

  @Test
  void otherWindowProperties_areDenied() {
    for (String name : List.of("secret", "hello", "name", "document", "open", "alert", "eval", "Object", "toString")) {
      assertSecurityError("w." + name, denied("access", name));
    }
  }

  @Test
  void callingADeniedMethod_isDeniedBeforeTheCall() {
    assertSecurityError("w.hello()", denied("access", "hello"));
  }

  @Test
  void redefinitionsByTheWindowsOwnScripts_areNotConsulted() {
    eval(target, "var frames = 'override'; this.close = function () { return 'evil'; };");
    TestWindow sibling = window(B, "sibling");
    expose(sibling, "w", target);
    assertEquals("override", eval(sibling, "w.frames"));
    assertTrueInViewer("w.frames === w");
    assertTrueInViewer("w.close() === undefined");
    assertEquals(List.of("close"), target.calls);
  }

  // ---- Window: location, the only setter ----

  @Test
  void settingLocation_navigates() {
    eval(viewer, "w.location = 'https://b.example/next'");
    assertEquals(List.of("https://b.example/next"), target.navigations);
    assertEquals("https://b.example/next", target.testLocation().href());
  }

  @Test
  void settingLocation_convertsToString() {
    eval(viewer, "w.location = { toString: function () { return 'https://b.example/obj'; } }");
    assertEquals(List.of("https://b.example/obj"), target.navigations);
  }

  @Test
  void settingAnyOtherWindowProperty_isDenied_andHasNoEffect() {
    assertSecurityError("w.secret = 1", null);
    assertSecurityError("w.newProperty = 1", null);
    assertSecurityError("w.postMessage = null", denied("set", "postMessage"));
    assertEquals(List.of(), target.navigations);
    assertEquals("s3cret", eval(target, "secret"));
    assertEquals(Boolean.FALSE, eval(target, "'newProperty' in this"));
    assertTrueInViewer("typeof w.postMessage === 'function'");
  }

  // ---- Window: methods ----

  @Test
  void postMessage_reachesTheWindow_withSenderAndRawData() {
    Object data = eval(viewer, "var data = { n: 1 }; w.postMessage(data, 'https://b.example'); data");
    assertEquals(1, target.messages.size());
    TestWindow.PostedMessage posted = target.messages.get(0);
    assertSame(viewer.compartment(), posted.sender());
    assertSame(data, posted.message());
    assertFalse(Wrappers.isWrapper(posted.message()));
    assertEquals("https://b.example", posted.targetOrigin());
  }

  @Test
  void postMessage_primitiveDataAndStarOrigin() {
    assertTrueInViewer("w.postMessage('hello', '*') === undefined");
    assertEquals(List.of(new TestWindow.PostedMessage(viewer.compartment(), "hello", "*")), target.messages);
  }

  @Test
  void postMessage_detachedFromTheWrapper_stillPostsToTheWindow() {
    eval(viewer, "var pm = w.postMessage; pm(42, '*');");
    assertEquals(1, target.messages.size());
    assertEquals(42, ((Number) target.messages.get(0).message()).intValue());
  }

  @Test
  void postMessage_withFewerThanTwoArguments_isTypeError() {
    assertTypeError(viewer, "w.postMessage('only data')");
    assertTypeError(viewer, "w.postMessage()");
    assertEquals(List.of(), target.messages);
  }

  @Test
  void closeBlurFocus_reachTheWindow() {
    eval(viewer, "w.blur(); w.focus(); w.close();");
    assertEquals(List.of("blur", "focus", "close"), target.calls);
  }

  @Test
  void otherMethods_areDenied_andNothingIsCalled() {
    assertSecurityError("w.stop()", denied("access", "stop"));
    assertSecurityError("w.print()", denied("access", "print"));
    assertEquals(List.of(), target.calls);
  }

  // ---- Location ----

  @Test
  void locationHref_canBeSet() {
    eval(viewer, "w.location.href = 'https://b.example/assigned'");
    assertEquals(List.of("https://b.example/assigned"), target.testLocation().assignments);
    assertEquals("https://b.example/assigned", target.testLocation().href());
  }

  @Test
  void locationHref_cannotBeRead() {
    assertSecurityError("w.location.href", "Permission denied to get property \"href\" on cross-origin object");
  }

  @Test
  void locationReplace_works() {
    eval(viewer, "w.location.replace('https://b.example/replaced')");
    assertEquals(List.of("https://b.example/replaced"), target.testLocation().replacements);
    assertEquals("https://b.example/replaced", target.testLocation().href());
  }

  @Test
  void otherLocationProperties_areDenied() {
    for (String name : List.of("assign", "reload", "pathname", "host", "origin", "hash", "toString")) {
      assertSecurityError("w.location." + name, denied("access", name));
    }
    assertSecurityError("w.location.assign('https://b.example/x')", denied("access", "assign"));
    assertEquals(List.of(), target.testLocation().assignments);
  }

  @Test
  void otherLocationWrites_areDenied() {
    assertSecurityError("w.location.replace = 1", denied("set", "replace"));
    assertSecurityError("w.location.pathname = '/x'", null);
    assertSecurityError("w.location.hash = 'x'", null);
    assertEquals(List.of(), target.testLocation().assignments);
    assertEquals("https://b.example/b", target.testLocation().href());
  }

  @Test
  void otherLocationWrites_sayTheyAreSets() {
    assertSecurityError("w.location.pathname = '/x'", denied("set", "pathname"));
    assertSecurityError("w.location.hash = 'x'", denied("set", "hash"));
  }

  @Test
  void locationHref_isAnOwnProperty() {
    assertTrueInViewer("Object.prototype.hasOwnProperty.call(w.location, 'href')");
    assertTrueInViewer("'href' in w.location");
  }

  @Test
  void locationDeleteAndDefine_areDenied() {
    assertSecurityError("delete w.location.href", denied("delete", "href"));
    assertSecurityError("delete w.location.replace", denied("delete", "replace"));
    assertSecurityError("delete w.location.port", denied("delete", "port"));
    assertSecurityError("Object.defineProperty(w.location, 'href', { value: 1 })", denied("define", "href"));
    assertSecurityError("Object.defineProperty(w.location, 'foopy', { value: 1 })", denied("define", "foopy"));
  }

  @Test
  void location_reflection() {
    assertTrueInViewer("Object.getPrototypeOf(w.location) === null");
    assertTypeError(viewer, "Object.setPrototypeOf(w.location, {})");
    assertTrueInViewer("Object.setPrototypeOf(w.location, null) === w.location");
    assertTrueInViewer("Object.isExtensible(w.location)");
    assertTypeError(viewer, "Object.preventExtensions(w.location)");
    assertEquals("[]", eval(viewer, "JSON.stringify(Object.keys(w.location))"));
    assertEquals(
        "[\"href\",\"replace\",\"then\"]", eval(viewer, "JSON.stringify(Object.getOwnPropertyNames(w.location).sort())"));
    assertSecurityError("'pathname' in w.location", denied("access", "pathname"));
    assertTrueInViewer("'replace' in w.location");
  }

  // ---- then and the allowed symbols ----

  @Test
  void thenAndAllowedSymbols_readAsUndefined_onWindow() {
    assertTrueInViewer("w.then === undefined");
    assertTrueInViewer("w[Symbol.toStringTag] === undefined");
    assertTrueInViewer("w[Symbol.hasInstance] === undefined");
    assertTrueInViewer("w[Symbol.isConcatSpreadable] === undefined");
    assertTrueInViewer("'then' in w");
  }

  @Test
  void thenAndAllowedSymbols_readAsUndefined_onLocation() {
    assertTrueInViewer("w.location.then === undefined");
    assertTrueInViewer("w.location[Symbol.toStringTag] === undefined");
    assertTrueInViewer("w.location[Symbol.hasInstance] === undefined");
    assertTrueInViewer("w.location[Symbol.isConcatSpreadable] === undefined");
  }

  @Test
  void otherSymbols_areDenied() {
    assertSecurityError("w[Symbol.iterator]", null);
    assertSecurityError("w.location[Symbol.toPrimitive]", null);
    assertSecurityError("w[Symbol('mine')]", null);
  }

  @Test
  void thenAndAllowedSymbols_cannotBeSet() {
    assertSecurityError("w.then = function () {}", denied("set", "then"));
    assertSecurityError("w.location.then = 1", denied("set", "then"));
    assertSecurityError("w[Symbol.toStringTag] = 'x'", null);
  }

  @Test
  void objectPrototypeToString_givesObject() {
    assertEquals("[object Object]", eval(viewer, "Object.prototype.toString.call(w)"));
    assertEquals("[object Object]", eval(viewer, "Object.prototype.toString.call(w.location)"));
  }

  @Test
  void childFrameNamedThen_shadowsTheUndefinedThen() {
    thirdOriginFrame.setName("then");
    assertTrueInViewer("typeof w.then === 'object'");
    assertTrueInViewer("w.then === w[1]");
  }

  @Test
  void childFramesNamedLikeAllowedProperties_doNotShadowThem() {
    thirdOriginFrame.setName("close");
    sameOriginFrame.setName("open");
    assertTrueInViewer("typeof w.close === 'function'");
    assertTrueInViewer("w.open === w[0]");
  }

  // ---- denials: exact errors ----

  @Test
  void deniedGet_throwsSecurityError() {
    assertSecurityError("w.secret", denied("access", "secret"));
  }

  @Test
  void deniedGet_errorBelongsToTheViewer_withDomExceptionCode() {
    Scriptable error = assertSecurityError("w.secret", denied("access", "secret"));
    assertSame(viewer.compartment(), membrane.compartmentOf(error));
    assertFalse(Wrappers.isWrapper(error));
    assertEquals(18, ((Number) ScriptableObject.getProperty(error, "code")).intValue());
    ScriptableObject.putProperty(viewer, "caught", error);
    assertTrueInViewer("caught instanceof Error");
  }

  @Test
  void deniedSet_throwsSecurityError() {
    assertSecurityError("w.secret = 'stolen'", null);
    assertSecurityError("w.top = 'stolen'", denied("set", "top"));
    assertEquals("s3cret", eval(target, "secret"));
  }

  @Test
  void deniedSet_ofANonAllowlistedProperty_saysSet() {
    assertSecurityError("w.secret = 'stolen'", denied("set", "secret"));
    assertSecurityError("w.newProperty = 1", denied("set", "newProperty"));
    assertSecurityError("w['secret'] = 1", denied("set", "secret"));
  }

  @Test
  void deniedDelete_throwsSecurityError() {
    assertSecurityError("delete w.secret", denied("delete", "secret"));
    assertEquals("s3cret", eval(target, "secret"));
  }

  @Test
  void deleteOfAllowedProperties_throwsSecurityError() {
    assertSecurityError("delete w.location", denied("delete", "location"));
    assertSecurityError("delete w.parent", denied("delete", "parent"));
    assertSecurityError("delete w.postMessage", denied("delete", "postMessage"));
    assertSecurityError("delete w[0]", null);
    assertTrueInViewer("w.length === 2");
  }

  @Test
  void deniedDefine_throwsSecurityError() {
    assertSecurityError("Object.defineProperty(w, 'secret', { value: 1 })", denied("define", "secret"));
    assertSecurityError(
        "Object.defineProperty(w, 'location', { value: 1 })", denied("define", "location"));
    assertSecurityError(
        "Object.defineProperty(w, 'foopy', { configurable: true, get: function () {} })", denied("define", "foopy"));
    assertEquals("s3cret", eval(target, "secret"));
  }

  @Test
  void inOperator_deniedForOtherProperties_trueForAllowed() {
    assertSecurityError("'secret' in w", denied("access", "secret"));
    assertTrueInViewer("'postMessage' in w");
    assertTrueInViewer("'location' in w");
    assertTrueInViewer("0 in w");
  }

  @Test
  void hasOwnProperty_deniedForOtherProperties_trueForAllowed() {
    assertSecurityError("Object.prototype.hasOwnProperty.call(w, 'secret')", denied("access", "secret"));
    assertTrueInViewer("Object.prototype.hasOwnProperty.call(w, 'close')");
    assertTrueInViewer("Object.prototype.hasOwnProperty.call(w.location, 'replace')");
  }

  @Test
  void ownPropertyDescriptor_deniedForOtherProperties() {
    assertSecurityError("Object.getOwnPropertyDescriptor(w, 'secret')", denied("access", "secret"));
    assertSecurityError("Object.getOwnPropertyDescriptor(w.location, 'pathname')", denied("access", "pathname"));
    assertSecurityError("Object.getOwnPropertyDescriptor(w, '2')", null);
  }

  @Test
  void ownPropertyDescriptors_ofAllowedProperties() {
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, '0');"
            + " d.value === w[0] && d.enumerable === true && d.configurable === true");
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, 'then');"
            + " 'value' in d && d.value === undefined && d.enumerable === false && d.configurable === true");
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, 'top');"
            + " d.enumerable === false && d.configurable === true && !d.writable && d.set === undefined");
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, Symbol.toStringTag);"
            + " 'value' in d && d.value === undefined && d.enumerable === false && d.writable === false");
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, 'close');"
            + " d.value === w.close && d.enumerable === false && d.writable === false");
  }

  @Test
  void ownPropertyDescriptor_ofLocation_showsItIsSettable() {
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w, 'location');"
            + " d.enumerable === false && d.configurable === true"
            + " && ('value' in d ? d.writable === true : typeof d.set === 'function')");
  }

  @Test
  void ownPropertyDescriptor_ofLocationHref_hasASetterOfTheCallersRealm() {
    assertTrueInViewer(
        "var d = Object.getOwnPropertyDescriptor(w.location, 'href');"
            + " d.get === undefined && typeof d.set === 'function'"
            + " && Object.getPrototypeOf(d.set) === Function.prototype");
  }

  // ---- prototype and extensibility ----

  @Test
  void prototype_isNull() {
    assertTrueInViewer("Object.getPrototypeOf(w) === null");
  }

  @Test
  void setPrototypeToAnObject_isTypeError() {
    assertTypeError(viewer, "Object.setPrototypeOf(w, {})");
    assertTrueInViewer("Object.getPrototypeOf(w) === null");
  }

  @Test
  void setPrototypeToNull_succeeds() {
    assertTrueInViewer("Object.setPrototypeOf(w, null) === w");
    assertTrueInViewer("Object.getPrototypeOf(w) === null");
  }

  @Test
  void reflectSetPrototypeOf_returnsFalseForObject_trueForNull() {
    assertTrueInViewer("Reflect.setPrototypeOf(w, {}) === false");
    assertTrueInViewer("Reflect.setPrototypeOf(w, null) === true");
    assertTrueInViewer("Object.getPrototypeOf(w) === null");
  }

  @Test
  void reflectPreventExtensions_returnsFalse_andTheObjectStaysExtensible() {
    assertTrueInViewer("Reflect.preventExtensions(w) === false");
    assertTrueInViewer("Object.isExtensible(w) === true");
  }

  @Test
  void isExtensible_isTrue() {
    assertTrueInViewer("Object.isExtensible(w) === true");
  }

  @Test
  void preventExtensions_isTypeError() {
    assertTypeError(viewer, "Object.preventExtensions(w)");
    assertTrueInViewer("Object.isExtensible(w) === true");
  }

  // ---- keys ----

  @Test
  void objectKeys_givesOnlyTheFrameIndices() {
    assertEquals("[\"0\",\"1\"]", eval(viewer, "JSON.stringify(Object.keys(w))"));
  }

  @Test
  void forIn_enumeratesOnlyTheFrameIndices() {
    assertEquals("0,1", eval(viewer, "var ks = []; for (var k in w) ks.push(k); ks.join()"));
    assertEquals("", eval(viewer, "var ks = []; for (var k in w.location) ks.push(k); ks.join()"));
  }

  @Test
  void objectKeys_withoutFrames_isEmpty() {
    TestWindow lonely = window(C, "lonely");
    expose(viewer, "lonely", lonely);
    assertEquals("[]", eval(viewer, "JSON.stringify(Object.keys(lonely))"));
    assertSecurityError("lonely[0]", null);
  }

  @Test
  void ownPropertyNames_areTheAllowlist_withoutNamedFrames() {
    assertEquals(WINDOW_NAMES, eval(viewer, "JSON.stringify(Object.getOwnPropertyNames(w).sort())"));
  }

  @Test
  void ownPropertySymbols_areTheThreeAllowedSymbols() {
    assertTrueInViewer(
        "var s = Object.getOwnPropertySymbols(w); s.length === 3 && s[0] === Symbol.toStringTag"
            + " && s[1] === Symbol.hasInstance && s[2] === Symbol.isConcatSpreadable");
    assertTrueInViewer(
        "var s = Object.getOwnPropertySymbols(w.location); s.length === 3 && s[0] === Symbol.toStringTag"
            + " && s[1] === Symbol.hasInstance && s[2] === Symbol.isConcatSpreadable");
  }

  @Test
  void reflectOwnKeys_indicesFirst_thenLastAmongNames_symbolsAtTheEnd() {
    assertTrueInViewer(
        "var k = Reflect.ownKeys(w); k.length === 19 && k[0] === '0' && k[1] === '1'"
            + " && k[15] === 'then' && k[16] === Symbol.toStringTag && k[17] === Symbol.hasInstance"
            + " && k[18] === Symbol.isConcatSpreadable");
  }

  // ---- functions handed out ----

  @Test
  void functions_belongToTheCallersRealm() {
    assertTrueInViewer("w.postMessage instanceof Function");
    assertTrueInViewer("Object.getPrototypeOf(w.postMessage) === Function.prototype");
    assertTrueInViewer("typeof w.close === 'function' && w.close instanceof Function");
    assertTrueInViewer("Object.getPrototypeOf(w.location.replace) === Function.prototype");
    Scriptable postMessage = (Scriptable) viewerValue("w.postMessage");
    assertFalse(Wrappers.isWrapper(postMessage));
    assertSame(viewer.compartment(), membrane.compartmentOf(postMessage));
  }

  @Test
  void functions_areCachedPerCaller() {
    assertTrueInViewer("w.postMessage === w.postMessage");
    assertTrueInViewer("w.close === w.self.close");
    assertTrueInViewer("w.blur === w.blur && w.focus === w.focus");
    assertTrueInViewer("w.location.replace === w.location.replace");
  }

  @Test
  void functions_ofAnotherCaller_areItsOwn() {
    TestWindow other = window("https://d.example", "other");
    expose(other, "w", target);
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(eval(other, "w")));
    for (String path : List.of("w.postMessage", "w.close", "w.blur", "w.focus", "w.location.replace")) {
      Object mine = eval(viewer, path);
      Object theirs = eval(other, path);
      assertNotSame(mine, theirs, path);
      assertSame(theirs, eval(other, path), path);
      assertSame(other.compartment(), membrane.compartmentOf((Scriptable) theirs), path);
    }
    assertEquals(Boolean.TRUE, eval(other, "Object.getPrototypeOf(w.postMessage) === Function.prototype"));
    eval(other, "w.postMessage('from d', '*')");
    assertEquals(List.of(new TestWindow.PostedMessage(other.compartment(), "from d", "*")), target.messages);
  }

  @Test
  void functionsHandedOutBeforeANuke_throwDeadObject() {
    eval(viewer, "var pm = w.postMessage;");
    membrane.nuke(target.compartment());
    EcmaError error = assertTypeError(viewer, "pm('late', '*')");
    assertEquals("can't access dead object", error.getErrorMessage());
    assertEquals(List.of(), target.messages);
  }

  // ---- frames seen per their own compartment ----

  @Test
  void sameOriginChildFrame_isSeenTransparently() {
    assertEquals(WrapperKind.TRANSPARENT, Wrappers.kindOf(viewerValue("w[0]")));
    assertEquals("inner secret", viewerValue("w[0].secret"));
    assertEquals("inner secret", viewerValue("w.inner.secret"));
  }

  @Test
  void thirdOriginChildFrame_isCrossOrigin() {
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(viewerValue("w[1]")));
    assertSecurityError("w[1].secret", denied("access", "secret"));
  }

  @Test
  void childFrameOfTheViewersOwnCompartment_isRaw() {
    TestWindow own = new TestWindow(viewer.compartment());
    viewer.compartment().initGlobal(own);
    eval(own, "var secret = 'own secret';");
    target.addFrame(own);
    assertEquals(WrapperKind.RAW, Wrappers.kindOf(viewerValue("w[2]")));
    assertSame(own, viewerValue("w[2]"));
    assertEquals("own secret", viewerValue("w[2].secret"));
  }

  @Test
  void childFrameOfTheWindowsOwnOrigin_isCrossOriginToo() {
    TestWindow sibling = window(B, "sibling");
    target.addFrame(sibling);
    assertEquals(WrapperKind.CROSS_ORIGIN, Wrappers.kindOf(viewerValue("w[2]")));
    assertTrueInViewer("w[2].parent === w");
  }

  // ---- audit ----

  private List<AuditEvent> denials() {
    return events.stream().filter(e -> e.type() == AuditEvent.Type.DENIAL).collect(Collectors.toList());
  }

  @Test
  void denials_areReportedToTheAuditListener() {
    events.clear();
    assertSecurityError("w.secret", denied("access", "secret"));
    assertSecurityError("w.location.href", "Permission denied to get property \"href\" on cross-origin object");
    assertSecurityError("delete w.top", denied("delete", "top"));
    assertSecurityError("Object.defineProperty(w, 'foopy', { value: 1 })", denied("define", "foopy"));
    List<AuditEvent> denials = denials();
    assertEquals(
        List.of("secret", "href", "top", "foopy"),
        denials.stream().map(AuditEvent::property).distinct().collect(Collectors.toList()));
    for (AuditEvent denial : denials) {
      assertEquals(Principal.content(A), denial.viewer());
      assertEquals(Principal.content(B), denial.owner());
      assertEquals(WrapperKind.CROSS_ORIGIN, denial.wrapperKind());
      assertFalse(denial.reason().isEmpty());
    }
  }

  @Test
  void eachDenial_isReportedOnce() {
    events.clear();
    assertSecurityError("w.secret", denied("access", "secret"));
    assertEquals(List.of("secret"), denials().stream().map(AuditEvent::property).collect(Collectors.toList()));
  }

  @Test
  void allowedAccess_reportsNoDenial() {
    events.clear();
    eval(
        viewer,
        "w.postMessage('x', '*'); w.location = 'https://b.example/y'; w.location.replace('https://b.example/z');"
            + " w.top; w[0]; w.inner; w.then; w[Symbol.toStringTag]; w.close();");
    assertEquals(List.of(), denials());
    assertSecurityError("w.secret", denied("access", "secret"));
    assertFalse(denials().isEmpty());
  }

  @Test
  void crossOriginWrapperCreation_isReported() {
    events.clear();
    TestWindow other = window("https://d.example", "other");
    expose(other, "w", target);
    assertTrue(
        events.stream()
            .anyMatch(
                e -> e.type() == AuditEvent.Type.WRAPPER_CREATED
                    && e.wrapperKind() == WrapperKind.CROSS_ORIGIN
                    && e.viewer().equals(Principal.content("https://d.example"))
                    && e.owner().equals(Principal.content(B))));
  }
}
