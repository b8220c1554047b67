package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.SymbolKey;

/**
 * Opaque wrappers: every property operation throws {@code Permission denied to access property
 * "x"}, calls and enumeration throw {@code Permission denied to access object}. The prototype is
 * null and the class is {@code Object}, so {@code Object.prototype.toString} gives {@code [object
 * Object]} and {@code Array.isArray} false.
 */
class OpaqueHandler extends Handler {
  static final OpaqueHandler INSTANCE = new OpaqueHandler();

  @Override
  public WrapperKind kind() {
    return WrapperKind.OPAQUE;
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    if (key == SymbolKey.TO_STRING_TAG || "__iterator__".equals(key)) {
      // Object.prototype.toString asks for the tag, and Rhino's for-in for a legacy iterator hook;
      // an opaque object has neither to tell (for-in then fails on enumeration, as it should).
      return Scriptable.NOT_FOUND;
    }
    Audit.denied(w, key, "opaque wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    if ("__iterator__".equals(key)) {
      return false;
    }
    Audit.denied(w, key, "opaque wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    Audit.denied(w, key, "opaque wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  void delete(WrapperShell w, Object key) {
    Audit.denied(w, key, "opaque wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    Audit.denied(w, null, "opaque wrapper");
    throw Errors.deniedObject();
  }
}
