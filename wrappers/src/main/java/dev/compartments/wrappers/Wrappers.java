package dev.compartments.wrappers;

import dev.compartments.wrappers.internal.WrapperShell;
import org.mozilla.javascript.Scriptable;

/**
 * Questions about wrappers, as {@code Components.utils} asks them. Thread-safe: no state.
 *
 * <p>Nothing here hands out a raw object of another compartment except {@link #unsafeUnwrap},
 * whose name says so.
 */
public final class Wrappers {
  private Wrappers() {}

  /**
   * Whether {@code value} is a JavaScript object (not a primitive, null or undefined). Tests the
   * common classes before the {@code Scriptable} interface: on JDK 17 a failing interface check on
   * a primitive costs tens of nanoseconds.
   */
  public static boolean isObject(Object value) {
    return dev.compartments.wrappers.internal.Values.isObject(value);
  }

  /** Whether {@code value} is a wrapper for an object of another compartment. */
  public static boolean isWrapper(Object value) {
    return value instanceof WrapperShell;
  }

  /** The kind of wrapper {@code value} is, or {@link WrapperKind#RAW} if it is none. */
  public static WrapperKind kindOf(Object value) {
    return value instanceof WrapperShell ? ((WrapperShell) value).kind() : WrapperKind.RAW;
  }

  /** Whether {@code value} is an Xray ({@code Cu.isXrayWrapper}). */
  public static boolean isXray(Object value) {
    return kindOf(value) == WrapperKind.XRAY;
  }

  /**
   * Whether {@code value} is opaque to its holder ({@code Cu.isOpaqueWrapper}): an opaque wrapper,
   * or the opaque Xray of an object that cannot be Xrayed safely.
   */
  public static boolean isOpaque(Object value) {
    if (!(value instanceof WrapperShell)) {
      return false;
    }
    WrapperShell shell = (WrapperShell) value;
    return shell.kind() == WrapperKind.OPAQUE
        || (shell.kind() == WrapperKind.XRAY && shell.objectKind() == ObjectKind.OTHER);
  }

  /** Whether {@code value} is a wrapper into or out of a nuked compartment. */
  public static boolean isDead(Object value) {
    return value instanceof WrapperShell && ((WrapperShell) value).isDead();
  }

  /** The compartment of the object {@code value} stands for: its own, or its target's. */
  public static Compartment ownerOf(Membrane membrane, Scriptable value) {
    if (value instanceof WrapperShell) {
      return ((WrapperShell) value).owner();
    }
    return membrane.compartmentOf(value);
  }

  /**
   * The standard prototype of {@code className} ({@code "Map"}, {@code "TypeError"}, ...) of
   * {@code global} as it was when the global was made, whatever its scripts did since; null if the
   * class has none there.
   */
  public static Scriptable standardPrototypeOrNull(CompartmentGlobal global, String className) {
    dev.compartments.wrappers.internal.GlobalState state =
        dev.compartments.wrappers.internal.GlobalState.forGlobalOrNull(global);
    return state == null ? null : state.standardPrototype(className);
  }

  /**
   * The raw object behind {@code value}. Breaks isolation: for host code that must reach an object
   * on purpose, never for values that go back to a script of another compartment.
   */
  public static Scriptable unsafeUnwrap(Scriptable value) {
    return value instanceof WrapperShell ? ((WrapperShell) value).unsafeTarget() : value;
  }
}
