package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * Waivers and expandos (DESIGN.md section 3, Xray): {@code xray.wrappedJSObject} gives a transitive
 * transparent view that crosses only between same-origin compartments; a property a viewer sets on
 * an Xray that does not write through is an expando, kept per (object, viewer origin); Xray identity
 * and the viewer-only prototype.
 *
 * <p>Setup: a system global {@code sys} sees the content global {@code a} transparently as {@code
 * sb}, so {@code sb.x} is an Xray of content's {@code x}. {@code ex}, an expanded principal over
 * {@code a}'s origin, Xrays the same objects from another origin.
 */
class XrayWaiverExpandoTest extends XraySupport {
  private static final Principal A = Principal.content("https://a.example");

  private static final String CONTENT =
      "var o = {n: 1, get acc() { return 'acc'; }, f: function () { return 'ran'; }, toString: 'own',"
          + " inner: {k: 2}, make: function () { return {deep: {d: 1}}; }};"
          + " Object.setPrototypeOf(o, {inherited: 'i'});";

  private CompartmentGlobal ex;

  @BeforeEach
  void setUpExpandedViewer() {
    ex = f.global(Principal.expanded(List.of(A)));
    f.expose(ex, "sb", a);
  }

  // ---- waivers ----

  @Test
  void wrappedJSObjectGivesAWaiverThatSeesWhatContentAdded() {
    inContent(CONTENT);

    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(inSystem("sb.o.wrappedJSObject")));
    assertEquals(true, inSystem("var w = sb.o.wrappedJSObject;"
        + " w.acc === 'acc' && w.f() === 'ran' && w.toString === 'own' && w.inherited === 'i'"));
    assertEquals("n,acc,f,toString,inner,make", Context.toString(inSystem("Object.keys(sb.o.wrappedJSObject).join()")));
    // The Xray itself still hides all of it.
    assertEquals(true, inSystem("sb.o.acc === undefined && sb.o.f === undefined && sb.o.inherited === undefined"));
  }

  @Test
  void resultsOfAWaiverAreWaivedAgain() {
    inContent(CONTENT);

    for (String expression : List.of("sb.o.wrappedJSObject.inner", "sb.o.wrappedJSObject.f",
        "sb.o.wrappedJSObject.make()", "sb.o.wrappedJSObject.make().deep",
        "Object.getPrototypeOf(sb.o.wrappedJSObject)")) {
      assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(inSystem(expression)), expression);
    }
    assertEquals(true, inSystem("sb.o.wrappedJSObject.make().deep.d === 1"));
  }

  @Test
  void waiverIsStableInIdentityAndDistinctFromTheXray() {
    inContent(CONTENT);

    assertEquals(true, inSystem("sb.o.wrappedJSObject === sb.o.wrappedJSObject"));
    assertEquals(true, inSystem("sb.o.wrappedJSObject !== sb.o"));
  }

  @Test
  void unwaivingTheWaiversTargetGivesBackTheXray() {
    inContent(CONTENT);
    Object xray = inSystem("sb.o");
    Object waiver = inSystem("sb.o.wrappedJSObject");
    Scriptable target = Wrappers.unsafeUnwrap((Scriptable) waiver);

    assertSame(inContent("o"), target);
    assertSame(xray, f.membrane.wrap(target, sys.compartment()));
    assertSame(waiver, f.membrane.waive(target, sys.compartment()));
    assertSame(target, f.membrane.wrap(waiver, a.compartment()));
  }

  @Test
  void writesThroughTheWaiverReachTheRealObject() {
    inContent(CONTENT);

    inSystem("var w = sb.o.wrappedJSObject; w.added = 'w'; w.toString = 'changed';"
        + " Object.defineProperty(w, 'getter', {get: function () { return 'g'; }, configurable: true});");

    assertEquals(true, inContent("o.added === 'w' && o.toString === 'changed' && o.getter === 'g'"));
  }

  @Test
  void viewerThatDisallowsWaiversGetsNoWrappedJSObject() {
    inContent(CONTENT);
    CompartmentGlobal systemNoWaivers = f.freshGlobal(new CompartmentTraits(Principal.system(), false, false));
    CompartmentGlobal expandedNoWaivers = f.global(new CompartmentTraits(Principal.expanded(List.of(A)), true, false));

    for (CompartmentGlobal viewer : List.of(systemNoWaivers, expandedNoWaivers)) {
      f.expose(viewer, "sb", a);
      assertTrue(Wrappers.isXray(f.eval(viewer, "sb.o")));
      assertEquals(true, f.eval(viewer, "sb.o.wrappedJSObject === undefined && !('wrappedJSObject' in sb.o)"));
      assertEquals(WrapperKind.XRAY, Wrappers.kindOf(f.membrane.waive(inContent("o"), viewer.compartment())));
    }
    // The default viewer, next to them, does get one.
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(inSystem("sb.o.wrappedJSObject")));
  }

  @Test
  void waiverPassedToAnotherSystemCompartmentArrivesAsAWaiver() {
    inContent(CONTENT);
    CompartmentGlobal otherSystem = f.freshGlobal(CompartmentTraits.of(Principal.system()));
    f.expose(sys, "peer", otherSystem);

    inSystem("peer.received = sb.o.wrappedJSObject;");

    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(f.eval(otherSystem, "received")));
    assertEquals(true, f.eval(otherSystem, "received.acc === 'acc' && received.inner.k === 2"));
  }

  @Test
  void waiverPassedToAnotherCompartmentOfTheSameContentOriginArrivesAsAWaiver() {
    CompartmentGlobal two = f.freshGlobal(CompartmentTraits.of(A));
    CompartmentGlobal three = f.freshGlobal(CompartmentTraits.of(A));
    f.expose(two, "peer", a);
    inContent(CONTENT);

    Object waiver = f.eval(two, "peer.o.wrappedJSObject");
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(waiver));
    Object arrived = f.membrane.wrap(waiver, three.compartment());

    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(arrived));
    assertSame(inContent("o"), Wrappers.unsafeUnwrap((Scriptable) arrived));
  }

  @Test
  void waiverPassedToAnExpandedPrincipalArrivesAsItsXray() {
    inContent(CONTENT);
    f.expose(sys, "exGlobal", ex);

    inSystem("exGlobal.received = sb.o.wrappedJSObject;");

    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(f.eval(ex, "received")));
    assertEquals(true, f.eval(ex, "received.acc === undefined && received.n === 1"));
    assertSame(f.eval(ex, "sb.o"), f.eval(ex, "received"));
  }

  @Test
  void waiverPassedToAnUnrelatedOriginArrivesOpaque() {
    inContent(CONTENT);
    CompartmentGlobal b = f.content("https://b.example");

    Object arrived = f.membrane.wrap(inSystem("sb.o.wrappedJSObject"), b.compartment());

    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(arrived));
  }

  @Test
  void waiverPassedBackToTheTargetsCompartmentArrivesRaw() {
    inContent(CONTENT + " function same(x) { return x === o; }");

    assertEquals(true, inSystem("sb.same(sb.o.wrappedJSObject)"));
  }

  // ---- expandos ----

  static Stream<Arguments> expandoHolders() {
    return Stream.of(
        Arguments.of("a function", "function () {}"),
        Arguments.of("an Error", "new TypeError('e')"),
        Arguments.of("a Map", "new Map([[1, 'one']])"),
        Arguments.of("a RegExp", "/a/g"),
        Arguments.of("a Date", "new Date(0)"),
        Arguments.of("a scripted proxy (opaque Xray)", "new Proxy({}, {})"));
  }

  @ParameterizedTest(name = "an expando on {0} is visible to the viewer that set it")
  @MethodSource("expandoHolders")
  void expandoIsVisibleToTheViewerThatSetIt(String what, String expression) {
    inContent("var x = " + expression + ";");

    inSystem("sb.x.exp = 'mine';");

    assertEquals(true, inSystem("sb.x.exp === 'mine' && sb.x.hasOwnProperty('exp') && 'exp' in sb.x"));
    assertEquals(true, inSystem("Object.keys(sb.x).indexOf('exp') >= 0"
        + " && Object.getOwnPropertyNames(sb.x).indexOf('exp') >= 0"));
  }

  @ParameterizedTest(name = "an expando on {0} is invisible to content itself")
  @MethodSource("expandoHolders")
  void expandoIsInvisibleToTheTarget(String what, String expression) {
    inContent("var x = " + expression + ";");

    inSystem("sb.x.exp = 'mine';");

    assertEquals(true, inContent("x.exp === undefined && !Reflect.ownKeys(x).includes('exp')"));
  }

  @ParameterizedTest(name = "an expando on {0} is invisible through the waiver")
  @MethodSource("expandoHolders")
  void expandoIsInvisibleThroughTheWaiver(String what, String expression) {
    inContent("var x = " + expression + ";");

    inSystem("sb.x.exp = 'mine';");

    assertEquals(true, inSystem("sb.x.wrappedJSObject.exp === undefined"));
  }

  @ParameterizedTest(name = "an expando on {0} is invisible to a viewer of another origin")
  @MethodSource("expandoHolders")
  void expandoIsInvisibleToAViewerOfAnotherOrigin(String what, String expression) {
    inContent("var x = " + expression + ";");

    inSystem("sb.x.exp = 'system';");
    f.eval(ex, "sb.x.other = 'expanded';");

    assertTrue(Wrappers.isXray(f.eval(ex, "sb.x")));
    assertEquals(true, f.eval(ex, "sb.x.exp === undefined && sb.x.other === 'expanded'"));
    assertEquals(true, inSystem("sb.x.other === undefined && sb.x.exp === 'system'"));
  }

  @ParameterizedTest(name = "an expando on {0} is shared with another system compartment")
  @MethodSource("expandoHolders")
  void expandoIsSharedWithAnotherCompartmentOfTheSameOrigin(String what, String expression) {
    inContent("var x = " + expression + ";");
    CompartmentGlobal otherSystem = f.freshGlobal(CompartmentTraits.of(Principal.system()));
    f.expose(otherSystem, "sb", a);

    inSystem("sb.x.exp = 'mine';");

    assertNotSame(inSystem("sb.x"), f.eval(otherSystem, "sb.x"));
    assertEquals(true, f.eval(otherSystem, "sb.x.exp === 'mine'"));
  }

  @Test
  void expandosOfContentViewersAreSharedByOriginAndHiddenFromTheTarget() {
    CompartmentGlobal one = f.freshGlobal(CompartmentTraits.of(A));
    CompartmentGlobal two = f.freshGlobal(CompartmentTraits.of(A));
    CompartmentGlobal three = f.freshGlobal(CompartmentTraits.of(A));
    f.expose(two, "peer", one);
    f.expose(three, "peer", one);
    f.eval(one, "function fn() {}");

    f.eval(two, "peer.fn.exp = 'two';");

    assertEquals(true, f.eval(two, "peer.fn.exp === 'two'"));
    assertEquals(true, f.eval(three, "peer.fn.exp === 'two'"));
    assertEquals(true, f.eval(one, "fn.exp === undefined"));
  }

  @Test
  void expandoMayHoldViewerObjectsAndFunctionsThatComeBackRaw() {
    inContent("function fn() {}");

    inSystem("var kept = {mine: 1}; sb.fn.obj = kept; sb.fn.callback = function () { return 'viewer'; };");

    assertEquals(true, inSystem("sb.fn.obj === kept && sb.fn.callback() === 'viewer'"));
    assertEquals(WrapperKind.RAW, Wrappers.kindOf(inSystem("sb.fn.obj")));
  }

  @Test
  void expandoAccessorRunsTheViewersGetter() {
    inContent("var m = new Map();");

    inSystem("var seen; Object.defineProperty(sb.m, 'acc', {get: function () { seen = this; return 'got'; },"
        + " configurable: true});");

    assertEquals(true, inSystem("sb.m.acc === 'got' && seen === sb.m"));
    assertEquals(true, inContent("m.acc === undefined"));
  }

  @Test
  void deletingAnExpandoRemovesItForTheViewer() {
    inContent("var e = new Error('e');");
    inSystem("sb.e.exp = 1;");

    assertEquals(true, inSystem("delete sb.e.exp"));

    assertEquals(true, inSystem("sb.e.exp === undefined && !sb.e.hasOwnProperty('exp')"));
  }

  @Test
  void expandoOnAStandardPrototypeXrayIsSeenThroughItsInstances() {
    inContent("var m = new Map(); var m2 = new Map();");

    inSystem("Object.getPrototypeOf(sb.m).protoExpando = 42;");

    assertEquals(true, inSystem("sb.m.protoExpando === 42 && sb.m2.protoExpando === 42"));
    assertEquals(true, inContent("Map.prototype.protoExpando === undefined"));
  }

  @Test
  void plainObjectXrayHasNoExpandosSoWritesReachContent() {
    inContent("var o = {};");

    inSystem("sb.o.written = 1;");

    assertEquals(true, inContent("o.written === 1"));
    assertEquals(true, f.eval(ex, "sb.o.written === 1"));
  }

  // ---- prototype and identity ----

  @Test
  void setPrototypeOfOnAFunctionXrayAffectsOnlyTheViewersView() {
    inContent("function fn() {}");

    inSystem("var p = {fromP: 'p'}; Object.setPrototypeOf(sb.fn, p);");

    assertEquals(true, inSystem("Object.getPrototypeOf(sb.fn) === p && sb.fn.fromP === 'p'"));
    assertEquals(true, inContent("Object.getPrototypeOf(fn) === Function.prototype && fn.fromP === undefined"));
    assertEquals(true,
        f.eval(ex, "Object.getPrototypeOf(sb.fn) === sb.Function.prototype && sb.fn.fromP === undefined"));
    assertSame(
        inSystem("sb.Function.prototype.wrappedJSObject"), inSystem("Object.getPrototypeOf(sb.fn.wrappedJSObject)"));
  }

  @Test
  void setPrototypeOfOnAPlainObjectXrayAffectsOnlyTheViewersView() {
    inContent("var o = {n: 1};");

    inSystem("Object.setPrototypeOf(sb.o, null);");

    assertEquals(true, inSystem("Object.getPrototypeOf(sb.o) === null && sb.o.hasOwnProperty === undefined"));
    assertEquals(true, inContent("Object.getPrototypeOf(o) === Object.prototype"));
    assertEquals(true, f.eval(ex, "Object.getPrototypeOf(sb.o) === sb.Object.prototype"));
  }

  @Test
  void sameObjectGivesTheSameXrayForOneViewer() {
    inContent("var arr = [1]; var o = {arr: arr};");

    assertEquals(true, inSystem("sb.o === sb.o && sb.o.arr === sb.o.arr && sb.o.arr === sb.arr"));
    Object xray = inSystem("sb.o");
    assertSame(xray, f.membrane.wrap(inContent("o"), sys.compartment()));
    assertNotSame(xray, f.eval(ex, "sb.o"));
    assertSame(f.eval(ex, "sb.o"), f.eval(ex, "sb.o"));
  }

  @Test
  void functionXrayHasAWaiverThatShowsTheRealFunction() {
    inContent("function fn(x) { return x + 1; } fn.extra = 'e';");

    Object waiver = inSystem("sb.fn.wrappedJSObject");

    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(waiver));
    assertEquals(true,
        inSystem("var w = sb.fn.wrappedJSObject; w(1) === 2 && w.extra === 'e' && typeof w.prototype === 'object'"));
    assertEquals(true, inSystem("sb.fn.extra === undefined && sb.fn.prototype === undefined"));
  }
}
