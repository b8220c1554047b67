package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CompartmentGlobal;

/**
 * Access to the membrane's per-global state slot of {@link CompartmentGlobal}, which has no public
 * accessor: {@code CompartmentGlobal} hands this class its accessor when it is initialized (the
 * JDK's "shared secrets" pattern). A field read is several times cheaper than Rhino's associated
 * values, and the state is read on every switch of the running global.
 */
public final class GlobalSlot {
  /** Reads and writes the slot of a global. */
  public interface Accessor {
    /** The slot's value, or null. */
    Object get(CompartmentGlobal global);

    /** Sets the slot. */
    void set(CompartmentGlobal global, Object value);
  }

  private static volatile Accessor accessor;

  private GlobalSlot() {}

  /**
   * Called once, by {@code CompartmentGlobal}'s class initializer.
   *
   * @throws IllegalStateException on a second call
   */
  public static void install(Accessor value) {
    synchronized (GlobalSlot.class) {
      if (accessor != null) {
        throw new IllegalStateException("the global slot accessor is installed once");
      }
      accessor = value;
    }
  }

  static Object get(CompartmentGlobal global) {
    return accessor.get(global);
  }

  static void set(CompartmentGlobal global, Object value) {
    accessor.set(global, value);
  }
}
