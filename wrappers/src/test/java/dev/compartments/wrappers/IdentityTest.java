package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The identity invariants of DESIGN.md section 3: one wrapper per object and viewer, wrappers
 * unwrap on the way home, waivers and Xrays are cached apart, and wrappers are held weakly.
 */
class IdentityTest {
  private static final Principal A = Principal.content("https://a.com");
  private static final Principal B = Principal.content("https://b.com");

  /** A viewer and an owner whose relationship gives one wrapper kind. */
  enum Relationship {
    TRANSPARENT(WrapperKind.TRANSPARENT, "({v: 1})") {
      @Override
      CompartmentGlobal viewer(Fixture fx) {
        return fx.global(new CompartmentTraits(A, false, true));
      }

      @Override
      CompartmentGlobal owner(Fixture fx) {
        return fx.global(new CompartmentTraits(A, false, true));
      }
    },
    XRAY(WrapperKind.XRAY, "({v: 1})") {
      @Override
      CompartmentGlobal viewer(Fixture fx) {
        return fx.system();
      }

      @Override
      CompartmentGlobal owner(Fixture fx) {
        return fx.content("https://b.com");
      }
    },
    OPAQUE(WrapperKind.OPAQUE, "({v: 1})") {
      @Override
      CompartmentGlobal viewer(Fixture fx) {
        return fx.content("https://a.com");
      }

      @Override
      CompartmentGlobal owner(Fixture fx) {
        return fx.content("https://b.com");
      }
    },
    CHROME_OBJECT(WrapperKind.CHROME_OBJECT, "({v: 1})") {
      @Override
      CompartmentGlobal viewer(Fixture fx) {
        return fx.content("https://a.com");
      }

      @Override
      CompartmentGlobal owner(Fixture fx) {
        return fx.system();
      }
    },
    CALLABLE_OPAQUE(WrapperKind.CALLABLE_OPAQUE, "(function () { return 1; })") {
      @Override
      CompartmentGlobal viewer(Fixture fx) {
        return fx.content("https://a.com");
      }

      @Override
      CompartmentGlobal owner(Fixture fx) {
        return fx.system();
      }
    };

    final WrapperKind kind;
    final String source;

    Relationship(WrapperKind kind, String source) {
      this.kind = kind;
      this.source = source;
    }

    abstract CompartmentGlobal viewer(Fixture fx);

    abstract CompartmentGlobal owner(Fixture fx);
  }

  private final Fixture fx = new Fixture();

  @AfterEach
  void close() {
    fx.close();
  }

  // ---- one wrapper per object and viewer ----

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void wrappingTwiceForOneViewer_givesTheSameWrapperInJava(Relationship relationship) {
    CompartmentGlobal viewer = relationship.viewer(fx);
    CompartmentGlobal owner = relationship.owner(fx);
    Object target = fx.eval(owner, relationship.source);
    Object first = fx.membrane.wrap(target, viewer.compartment());
    assertEquals(relationship.kind, Wrappers.kindOf(first));
    assertSame(first, fx.membrane.wrap(target, viewer.compartment()));
  }

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void wrappingTwiceForOneViewer_givesTheSameWrapperInJs(Relationship relationship) {
    CompartmentGlobal viewer = relationship.viewer(fx);
    CompartmentGlobal owner = relationship.owner(fx);
    Object target = fx.eval(owner, relationship.source);
    fx.expose(viewer, "first", target);
    fx.expose(viewer, "second", target);
    assertEquals(true, fx.eval(viewer, "first === second"));
  }

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void differentObjects_getDifferentWrappers(Relationship relationship) {
    CompartmentGlobal viewer = relationship.viewer(fx);
    CompartmentGlobal owner = relationship.owner(fx);
    fx.expose(viewer, "first", fx.eval(owner, relationship.source));
    fx.expose(viewer, "second", fx.eval(owner, relationship.source));
    assertEquals(false, fx.eval(viewer, "first === second"));
  }

  @Test
  void readingTheSamePropertyTwice_givesTheSameWrapper() {
    CompartmentGlobal viewer = fx.global(new CompartmentTraits(A, false, true));
    CompartmentGlobal owner = fx.global(new CompartmentTraits(A, false, true));
    fx.eval(owner, "var o = {nested: {}}; var shared = {}; function get() { return shared; }");
    fx.expose(viewer, "o", ScriptableObject.getProperty(owner, "o"));
    fx.expose(viewer, "get", ScriptableObject.getProperty(owner, "get"));
    assertEquals(true, fx.eval(viewer, "o.nested === o.nested"));
    assertEquals(true, fx.eval(viewer, "get() === get()"));
    assertEquals(true, fx.eval(viewer, "Object.getPrototypeOf(o) === Object.getPrototypeOf(o.nested)"));
  }

  @Test
  void readingThroughTheGlobalTwice_givesTheSameXray() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    fx.eval(sandbox, "var obj = {};");
    fx.expose(system, "sb", sandbox);
    assertEquals(true, fx.eval(system, "sb.obj === sb.obj"));
    assertSame(fx.eval(system, "sb.obj"), fx.membrane.wrap(ScriptableObject.getProperty(sandbox, "obj"), system.compartment()));
  }

  @Test
  void differentViewers_getDifferentWrappers() {
    CompartmentGlobal owner = fx.content("https://b.com");
    CompartmentGlobal firstViewer = fx.content("https://a.com");
    CompartmentGlobal secondViewer = fx.content("https://a.com");
    Object target = fx.eval(owner, "({})");
    Object first = fx.membrane.wrap(target, firstViewer.compartment());
    Object second = fx.membrane.wrap(target, secondViewer.compartment());
    assertNotSame(first, second);
    assertSame(first, fx.membrane.wrap(target, firstViewer.compartment()));
    assertSame(second, fx.membrane.wrap(target, secondViewer.compartment()));
  }

  @Test
  void globalsOfOneCompartment_shareItsWrappers() {
    CompartmentGlobal owner = fx.content("https://b.com");
    CompartmentGlobal system = fx.system();
    CompartmentGlobal otherSystem = fx.system();
    Object target = fx.eval(owner, "({})");
    assertSame(fx.membrane.wrap(target, system.compartment()), fx.membrane.wrap(target, otherSystem.compartment()));
  }

  // ---- unwrapping on the way home ----

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void wrapperPassedBackToItsOwner_unwrapsToTheOriginal(Relationship relationship) {
    CompartmentGlobal viewer = relationship.viewer(fx);
    CompartmentGlobal owner = relationship.owner(fx);
    Object target = fx.eval(owner, relationship.source);
    Object wrapper = fx.membrane.wrap(target, viewer.compartment());
    assertSame(target, fx.membrane.wrap(wrapper, owner.compartment()));
  }

  @Test
  void wrapperPassedBackThroughACall_isTheOriginalInJs() {
    CompartmentGlobal viewer = fx.global(new CompartmentTraits(A, false, true));
    CompartmentGlobal owner = fx.global(new CompartmentTraits(A, false, true));
    fx.eval(owner, "var obj = {}; function isOriginal(x) { return x === obj; }");
    fx.expose(viewer, "obj", ScriptableObject.getProperty(owner, "obj"));
    fx.expose(viewer, "isOriginal", ScriptableObject.getProperty(owner, "isOriginal"));
    assertEquals(true, fx.eval(viewer, "isOriginal(obj)"));
    assertEquals(false, fx.eval(viewer, "isOriginal({})"));
  }

  @Test
  void xrayWrittenBackIntoItsOwner_isTheOriginalInJs() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    fx.eval(sandbox, "var obj = {}; var holder = {};");
    fx.expose(system, "sb", sandbox);
    fx.eval(system, "sb.holder.back = sb.obj;");
    assertEquals(true, fx.eval(sandbox, "holder.back === obj"));
  }

  @Test
  void wrapperPassedToAThirdCompartment_isRewrappedFromTheOriginal() {
    CompartmentGlobal owner = fx.content("https://b.com");
    CompartmentGlobal system = fx.system();
    CompartmentGlobal third = fx.content("https://c.com");
    Scriptable target = (Scriptable) fx.eval(owner, "({})");
    Object xray = fx.membrane.wrap(target, system.compartment());
    Object forThird = fx.membrane.wrap(xray, third.compartment());
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(forThird));
    assertSame(target, Wrappers.unsafeUnwrap((Scriptable) forThird));
    assertSame(forThird, fx.membrane.wrap(target, third.compartment()));
  }

  @Test
  void wrapperForItsOwnViewer_isReturnedAsItIs() {
    CompartmentGlobal owner = fx.content("https://b.com");
    CompartmentGlobal system = fx.system();
    Object xray = fx.membrane.wrap(fx.eval(owner, "({})"), system.compartment());
    assertSame(xray, fx.membrane.wrap(xray, system.compartment()));
  }

  // ---- waivers ----

  @Test
  void waiver_isCachedApartFromTheXray() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    Object target = fx.eval(sandbox, "({})");
    Object xray = fx.membrane.wrap(target, system.compartment());
    Object waiver = fx.membrane.waive(target, system.compartment());
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(xray));
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(waiver));
    assertNotSame(xray, waiver);
    assertSame(waiver, fx.membrane.waive(target, system.compartment()));
    assertSame(xray, fx.membrane.wrap(target, system.compartment()));
  }

  @Test
  void waivingAnXray_givesTheCachedWaiver() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    Object target = fx.eval(sandbox, "({})");
    Object xray = fx.membrane.wrap(target, system.compartment());
    assertSame(fx.membrane.waive(target, system.compartment()), fx.membrane.waive(xray, system.compartment()));
  }

  @Test
  void wrappedJSObject_isStableAndDistinctFromTheXray() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    fx.eval(sandbox, "var obj = {};");
    fx.expose(system, "obj", ScriptableObject.getProperty(sandbox, "obj"));
    assertEquals(true, fx.eval(system, "obj.wrappedJSObject === obj.wrappedJSObject"));
    assertEquals(false, fx.eval(system, "obj.wrappedJSObject === obj"));
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(fx.eval(system, "obj.wrappedJSObject")));
  }

  @Test
  void waiverPassedBackToItsOwner_unwrapsToTheOriginal() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    Object target = fx.eval(sandbox, "({})");
    Object waiver = fx.membrane.waive(target, system.compartment());
    assertSame(target, fx.membrane.wrap(waiver, sandbox.compartment()));
  }

  @Test
  void waiverPassedToAnotherOrigin_arrivesAsThatViewersNormalWrapper() {
    CompartmentGlobal system = fx.system();
    CompartmentGlobal sandbox = fx.content("https://b.com");
    CompartmentGlobal third = fx.content("https://c.com");
    Object target = fx.eval(sandbox, "({})");
    Object waiver = fx.membrane.waive(target, system.compartment());
    Object forThird = fx.membrane.wrap(waiver, third.compartment());
    assertEquals(WrapperKind.OPAQUE, Wrappers.kindOf(forThird));
    assertSame(fx.membrane.wrap(target, third.compartment()), forThird);
  }

  // ---- weak references ----

  @Test
  void droppedWrappers_areCollected() throws InterruptedException {
    CompartmentGlobal viewer = fx.system();
    CompartmentGlobal owner = fx.content("https://b.com");
    Compartment compartment = viewer.compartment();
    long before = compartment.wrapperCountForTesting();
    List<Object> held = new ArrayList<>();
    Context cx = Context.getCurrentContext();
    for (int i = 0; i < 500; i++) {
      held.add(fx.membrane.wrap(cx.newObject(owner), compartment));
    }
    long withWrappers = compartment.wrapperCountForTesting();
    assertTrue(withWrappers >= before + 500, () -> "before " + before + ", with wrappers " + withWrappers);
    held.clear();
    assertTrue(
        eventually(() -> compartment.wrapperCountForTesting() < withWrappers),
        () -> "still " + compartment.wrapperCountForTesting() + " wrappers after gc, " + withWrappers + " before");
  }

  @Test
  void heldWrappers_areNotCollected() throws InterruptedException {
    CompartmentGlobal viewer = fx.system();
    CompartmentGlobal owner = fx.content("https://b.com");
    Scriptable target = (Scriptable) fx.eval(owner, "({})");
    Object wrapper = fx.membrane.wrap(target, viewer.compartment());
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertSame(wrapper, fx.membrane.wrap(target, viewer.compartment()));
  }

  @Test
  void droppedCompartment_isCollectedEvenAfterItsObjectsWereWrapped() throws InterruptedException {
    CompartmentGlobal viewer = fx.system();
    WeakReference<Compartment> dropped = wrapAnObjectOfANewCompartment(viewer);
    assertTrue(eventually(() -> dropped.get() == null), "the dropped compartment is still reachable");
    assertNull(dropped.get());
  }

  private WeakReference<Compartment> wrapAnObjectOfANewCompartment(CompartmentGlobal viewer) {
    CompartmentGlobal owner = fx.content("https://b.com");
    fx.membrane.wrap(fx.eval(owner, "({})"), viewer.compartment());
    return new WeakReference<>(owner.compartment());
  }

  /** Runs the garbage collector until {@code condition} holds, a few times at most. */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    for (int attempt = 0; attempt < 20; attempt++) {
      System.gc();
      Thread.sleep(25 + attempt * 25L);
      if (condition.getAsBoolean()) {
        return true;
      }
    }
    return condition.getAsBoolean();
  }
}
