package dev.compartments.wrappers.internal;

/**
 * Xrays with no own native properties: objects with internal state (Date, Map, Set, WeakMap,
 * WeakSet, ArrayBuffer, DataView, Promise), whose methods are the native ones; and the opaque Xray,
 * for objects that cannot be Xrayed safely (scripted proxies, iterators, generators, boxed
 * primitives), where only expandos and {@code wrappedJSObject} are visible.
 */
final class PlainXray extends XrayHandler {
  static final PlainXray NATIVE_STATE = new PlainXray(false);
  static final PlainXray OPAQUE = new PlainXray(true);

  private final boolean opaque;

  private PlainXray(boolean opaque) {
    this.opaque = opaque;
  }

  /** Whether this is the opaque Xray ({@code Cu.isOpaqueWrapper} is true for it). */
  boolean isOpaque() {
    return opaque;
  }
}
