package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * The privileged side's safe view of a less privileged object (DESIGN.md section 3, Xray). The view
 * shows what the object's class natively defines ({@link #nativeGet}, per subclass), then the
 * viewer's expandos, then the target global's standard prototype for the class, itself seen
 * through an Xray. Nothing the target's scripts added or redefined is visible, and nothing the
 * viewer sets reaches the target, except on Object and Array instances (see {@link JsObjectXray}).
 */
abstract class XrayHandler extends Handler {
  static final String WRAPPED_JS_OBJECT = "wrappedJSObject";

  @Override
  public final WrapperKind kind() {
    return WrapperKind.XRAY;
  }

  /** The native own value of {@code key}, wrapped for the viewer, or NOT_FOUND. */
  Object nativeGet(WrapperShell w, Object key, Scriptable start) {
    DescriptorInfo desc = nativeDescriptor(w, key);
    return desc == null ? Scriptable.NOT_FOUND : desc.value;
  }

  /** The native own descriptor of {@code key} as the viewer sees it, or null. */
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    return null;
  }

  /** The native own keys. */
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    return List.of();
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    if (WRAPPED_JS_OBJECT.equals(key)) {
      return waiver(w);
    }
    Object value = nativeGet(w, key, start);
    if (value != Scriptable.NOT_FOUND) {
      return value;
    }
    return Expandos.get(w, key, start);
  }

  static Object waiver(WrapperShell w) {
    return w.viewer.allowWaivers() ? w.membrane().waive(w.target, w.viewer) : Scriptable.NOT_FOUND;
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    if (WRAPPED_JS_OBJECT.equals(key)) {
      return w.viewer.allowWaivers();
    }
    return nativeDescriptor(w, key) != null || Expandos.find(w, key) != null;
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    if (nativeDescriptor(w, key) != null) {
      // Native properties of an Xray are read-only views; the write is ignored as for a
      // non-writable property.
      Audit.denied(w, key, "native property of an Xray");
      return;
    }
    Expandos.put(w, key, value, w);
  }

  @Override
  void delete(WrapperShell w, Object key) {
    Expandos.delete(w, key);
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    Set<Object> keys = new LinkedHashSet<>(nativeKeys(w, nonEnumerable, symbols));
    keys.addAll(Expandos.keys(w, nonEnumerable, symbols));
    return keys.toArray();
  }

  @Override
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    DescriptorInfo desc = nativeDescriptor(w, key);
    return desc != null ? desc : Expandos.descriptor(w, key);
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    if (nativeDescriptor(w, key) != null) {
      throw Errors.typeError("can't redefine the native property \"" + Keys.name(key) + "\" of an XrayWrapper");
    }
    return Expandos.define(w, key, desc);
  }

  @Override
  Scriptable getPrototype(WrapperShell w) {
    Object override = Expandos.prototype(w);
    if (override != null) {
      return override == Scriptable.NOT_FOUND ? null : (Scriptable) w.membrane().wrap(override, w.viewer);
    }
    Scriptable standard = GlobalState.of(w.target).prototype(w.xrayClass);
    if (standard == null) {
      standard = GlobalState.of(w.target).prototype("Object");
    }
    return standard == null || standard == w.target ? null : (Scriptable) w.toViewer(standard);
  }

  @Override
  void setPrototype(WrapperShell w, Scriptable prototype) {
    Expandos.setPrototype(w, prototype == null ? Scriptable.NOT_FOUND : prototype);
  }

  @Override
  boolean isExtensible(WrapperShell w) {
    return true;
  }

  @Override
  boolean preventExtensions(WrapperShell w) {
    throw Errors.typeError("can't prevent extensions on an XrayWrapper");
  }

  @Override
  String className(WrapperShell w) {
    return w.xrayClass;
  }

  @Override
  boolean hasInstance(WrapperShell w, Scriptable instance) {
    return TransparentHandler.TRANSPARENT.hasInstance(w, instance);
  }

  /** A data descriptor of a native read-only value. */
  static DescriptorInfo readOnly(Object value) {
    return new DescriptorInfo(false, false, true, value);
  }

  static List<Object> keys(Object... keys) {
    return new ArrayList<>(List.of(keys));
  }
}
