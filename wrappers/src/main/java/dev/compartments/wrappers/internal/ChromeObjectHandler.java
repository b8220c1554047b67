package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * Chrome Object Wrappers, for plain system objects seen by non-system code: reads, enumeration and
 * descriptors fail silently (nothing is there); writes, defines and deletes throw. The prototype
 * is the viewer's own {@code Object.prototype}, so the wrapper behaves as an empty object.
 */
final class ChromeObjectHandler extends Handler {
  static final ChromeObjectHandler INSTANCE = new ChromeObjectHandler();

  @Override
  public WrapperKind kind() {
    return WrapperKind.CHROME_OBJECT;
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    Audit.denied(w, key, "chrome object wrapper");
    return Scriptable.NOT_FOUND;
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    return false;
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    Audit.denied(w, key, "chrome object wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  void delete(WrapperShell w, Object key) {
    Audit.denied(w, key, "chrome object wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    return new Object[0];
  }

  @Override
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    return null;
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    Audit.denied(w, key, "chrome object wrapper");
    throw Errors.deniedProperty(key);
  }

  @Override
  Scriptable getPrototype(WrapperShell w) {
    return ScriptableObject.getObjectPrototype(w.getParentScope());
  }
}
