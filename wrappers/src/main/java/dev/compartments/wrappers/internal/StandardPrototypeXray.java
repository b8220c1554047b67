package dev.compartments.wrappers.internal;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.Symbol;

/**
 * Xrays of a global's standard prototypes ({@code Array.prototype}, {@code Map.prototype}, ...).
 * Names resolve against the viewer's own standard prototype of the same class, never the target's,
 * so methods are functions of the viewer's global and behave natively whatever the target's scripts
 * did to their prototypes. Methods of classes with internal state run on the Xray's target (see
 * {@link Natives}); {@code Object} and {@code Array} methods are generic and run on the Xray itself.
 * {@code constructor} is the target global's standard constructor, seen through an Xray.
 */
final class StandardPrototypeXray extends XrayHandler {
  static final StandardPrototypeXray INSTANCE = new StandardPrototypeXray();

  /**
   * Whether the class's methods are generic algorithms over properties, which must run on the
   * Xray itself (so they see only what it shows) rather than natively on the target.
   */
  private static boolean generic(String className) {
    return "Object".equals(className) || "Array".equals(className);
  }

  /**
   * The state of the viewer global that is asking: the global of the running script if it belongs
   * to the viewer's compartment (a compartment may have several globals, and methods found through
   * an Xray are functions of the asking global), else the compartment's first global.
   */
  private static GlobalState viewerState(WrapperShell w) {
    Context cx = Context.getCurrentContext();
    if (cx != null && org.mozilla.javascript.ScriptRuntime.hasTopCall(cx)) {
      Scriptable top = org.mozilla.javascript.ScriptRuntime.getTopCallScope(cx);
      if (top instanceof dev.compartments.wrappers.CompartmentGlobal
          && ((dev.compartments.wrappers.CompartmentGlobal) top).compartment() == w.viewer) {
        GlobalState state = GlobalState.ofOrNull(top);
        if (state != null) {
          return state;
        }
      }
    }
    return GlobalState.ofOrNull(w.getParentScope());
  }

  /**
   * A method of the standard prototype, read before the target's global is entered, while the
   * running global is still the asking one: methods found through an Xray are functions of the
   * global that asks, also when several globals share the viewer's compartment. Accessors,
   * {@code constructor}, expandos and misses take the full path.
   */
  @Override
  Object quickGet(WrapperShell w, Object key) {
    if (!(key instanceof String) || "constructor".equals(key) || WRAPPED_JS_OBJECT.equals(key)) {
      return SLOW;
    }
    GlobalState viewer = viewerState(w);
    Scriptable prototype = viewer == null ? null : viewer.prototype(w.xrayClass);
    if (prototype == null || !Props.hasOwn(prototype, key)) {
      return SLOW;
    }
    DescriptorInfo desc = viewer.ownDescriptor(Context.getCurrentContext(), prototype, key);
    if (desc == null || desc.isAccessorDescriptor()) {
      return SLOW;
    }
    return method(viewer, w, key, desc.value);
  }

  @Override
  Object nativeGet(WrapperShell w, Object key, Scriptable start) {
    if ("constructor".equals(key)) {
      Scriptable constructor = GlobalState.of(w.target).constructor(w.xrayClass);
      return constructor == null ? Scriptable.NOT_FOUND : w.toViewer(constructor);
    }
    GlobalState viewer = viewerState(w);
    Scriptable prototype = viewer == null ? null : viewer.prototype(w.xrayClass);
    if (prototype == null || !Props.hasOwn(prototype, key)) {
      return Scriptable.NOT_FOUND;
    }
    Context cx = Context.getCurrentContext();
    DescriptorInfo desc = viewer.ownDescriptor(cx, prototype, key);
    if (desc == null) {
      return Scriptable.NOT_FOUND;
    }
    if (desc.isAccessorDescriptor()) {
      if (!(desc.getter instanceof Callable)) {
        return org.mozilla.javascript.Undefined.instance;
      }
      Callable getter = (Callable) desc.getter;
      if (generic(w.xrayClass) || !Natives.isNative(getter)) {
        return getter.call(cx, w.getParentScope(), start, new Object[0]);
      }
      return Natives.callOnXray(cx, w.getParentScope(), getter, start, new Object[0]);
    }
    return method(viewer, w, key, desc.value);
  }

  private static Object method(GlobalState viewer, WrapperShell w, Object key, Object value) {
    if ("toString".equals(key) && w.xrayClass.endsWith("Error") && Natives.isNative(value)) {
      return Natives.errorToString(viewer, (Callable) value);
    }
    if (value instanceof Callable && !generic(w.xrayClass) && !("Function".equals(w.xrayClass) && !"toString".equals(key))) {
      return Natives.xrayMethod(viewer, w.xrayClass, key, value);
    }
    return value;
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if ("constructor".equals(key)) {
      Object constructor = nativeGet(w, key, w);
      return constructor == Scriptable.NOT_FOUND ? null : new DescriptorInfo(false, true, true, constructor);
    }
    GlobalState viewer = viewerState(w);
    Scriptable prototype = viewer == null ? null : viewer.prototype(w.xrayClass);
    if (prototype == null || !Props.hasOwn(prototype, key)) {
      return null;
    }
    DescriptorInfo desc = viewer.ownDescriptor(Context.getCurrentContext(), prototype, key);
    if (desc == null || desc.isAccessorDescriptor()) {
      return desc;
    }
    return new DescriptorInfo(
        desc.enumerable, desc.writable, desc.configurable, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND,
        method(viewer, w, key, desc.value));
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    GlobalState viewer = viewerState(w);
    Scriptable prototype = viewer == null ? null : viewer.prototype(w.xrayClass);
    List<Object> keys = new ArrayList<>();
    if (prototype == null) {
      return keys;
    }
    Context cx = Context.getCurrentContext();
    for (Object key : viewer.ownKeys(cx, prototype)) {
      if (key instanceof Symbol && !symbols) {
        continue;
      }
      DescriptorInfo desc = viewer.ownDescriptor(cx, prototype, key);
      if (desc != null && (nonEnumerable || desc.isEnumerable())) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Override
  Scriptable getPrototype(WrapperShell w) {
    Object override = Expandos.prototype(w);
    if (override != null) {
      return override == Scriptable.NOT_FOUND ? null : (Scriptable) w.membrane().wrap(override, w.viewer);
    }
    GlobalState owner = GlobalState.of(w.target);
    String parent = owner.parentClass(w.xrayClass);
    if (parent == null) {
      return null;
    }
    Scriptable prototype = owner.prototype(parent);
    return prototype == null ? null : (Scriptable) w.toViewer(prototype);
  }
}
