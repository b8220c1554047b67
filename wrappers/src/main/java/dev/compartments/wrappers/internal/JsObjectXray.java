package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.Symbol;

/**
 * Xrays of plain Object and Array instances. They show the target's own data properties whose value
 * is a primitive or an Xrayable, non-callable object that the target's compartment subsumes, and
 * that do not shadow a name of the standard prototype; writes of primitives and subsumed objects go
 * to the real object as data properties; accessors, cross-origin values and shadowing are refused.
 * There are no expandos.
 */
final class JsObjectXray extends XrayHandler {
  static final JsObjectXray INSTANCE = new JsObjectXray();

  /** The target's own descriptor of {@code key} if the Xray shows it (raw values), else null. */
  private static DescriptorInfo visible(WrapperShell w, Object key, boolean audit) {
    GlobalState owner = GlobalState.of(w.target);
    DescriptorInfo desc = owner.ownDescriptor(Context.getCurrentContext(), w.target, key);
    if (desc == null) {
      return null;
    }
    String reason = hiddenReason(w, key, desc);
    if (reason != null) {
      if (audit) {
        Audit.denied(w, key, reason);
      }
      return null;
    }
    return desc;
  }

  private static String hiddenReason(WrapperShell w, Object key, DescriptorInfo desc) {
    if (desc.isAccessorDescriptor()) {
      return "property has accessor";
    }
    return valueReason(w, key, desc.value);
  }

  /** Why the own data property {@code key} with {@code value} is hidden, or null if it is shown. */
  private static String valueReason(WrapperShell w, Object key, Object value) {
    if (Values.isObject(value)) {
      ObjectKind kind;
      if (value instanceof WrapperShell) {
        WrapperShell inner = (WrapperShell) value;
        if (!w.owner.principal().subsumes(inner.owner.principal())) {
          return "value not same-origin with target";
        }
        kind = inner.objectKind;
      } else {
        kind = ObjectKinds.classify((Scriptable) value);
      }
      if (kind == ObjectKind.OTHER) {
        return "value not Xrayable";
      }
      // Plain objects and arrays are never callable; asking the interface of them is what costs
      // (a failing interface check thrashes the JDK's secondary-supers cache).
      if (kind != ObjectKind.PLAIN_OBJECT && kind != ObjectKind.ARRAY && value instanceof Callable) {
        return "value is callable";
      }
    }
    if (shadowsStandardPrototype(w, key)) {
      return "value shadows a property on the standard prototype";
    }
    return null;
  }

  private static boolean shadowsStandardPrototype(WrapperShell w, Object key) {
    if (key instanceof Integer || ("length".equals(key) && "Array".equals(w.xrayClass))) {
      return false;
    }
    if (key instanceof String) {
      return w.viewerStandardNames().contains(key);
    }
    GlobalState viewer = GlobalState.ofOrNull(w.getParentScope());
    Scriptable prototype = viewer == null ? null : viewer.prototype(w.xrayClass);
    return prototype != null && Props.hasAny(prototype, key);
  }

  @Override
  Object nativeGet(WrapperShell w, Object key, Scriptable start) {
    Class<?> type = w.target.getClass();
    if ((type == NativeObject.class || type == NativeArray.class) && !(key instanceof Symbol)) {
      return fastGet(w, (ScriptableObject) w.target, key);
    }
    DescriptorInfo desc = visible(w, key, true);
    return desc == null ? Scriptable.NOT_FOUND : w.toViewer(desc.value);
  }

  /**
   * The read path for plain objects and arrays, through Rhino's own slot API rather than the
   * global's getOwnPropertyDescriptor builtin: no descriptor object, no script call, and an
   * accessor is recognised before anything could run it.
   */
  private static Object fastGet(WrapperShell w, ScriptableObject target, Object key) {
    String name = key instanceof String ? (String) key : null;
    int index = name == null ? (Integer) key : 0;
    if (name != null ? !target.has(name, target) : !target.has(index, target)) {
      return Scriptable.NOT_FOUND;
    }
    if (Slots.isAccessor(target, name, index)) {
      Audit.denied(w, key, "property has accessor");
      return Scriptable.NOT_FOUND;
    }
    Object value = name != null ? target.get(name, target) : target.get(index, target);
    String reason = valueReason(w, key, value);
    if (reason != null) {
      Audit.denied(w, key, reason);
      return Scriptable.NOT_FOUND;
    }
    return w.toViewer(value);
  }

  /** A found own data property of a plain object or array needs no entry into its global. */
  @Override
  Object quickGet(WrapperShell w, Object key) {
    Class<?> type = w.target.getClass();
    if ((type != NativeObject.class && type != NativeArray.class) || WRAPPED_JS_OBJECT.equals(key)) {
      return SLOW;
    }
    String name = key instanceof String ? (String) key : null;
    Object value = Slots.ownData((ScriptableObject) w.target, name, name == null ? (Integer) key : 0);
    if (value == Slots.NOT_DATA || value == Scriptable.NOT_FOUND) {
      return SLOW;
    }
    // A value the Xray hides takes the full path, which reports the denial once.
    return valueReason(w, key, value) != null ? SLOW : w.toViewer(value);
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    DescriptorInfo desc = visible(w, key, false);
    if (desc == null) {
      return null;
    }
    return new DescriptorInfo(
        desc.enumerable, desc.writable, desc.configurable, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND,
        w.toViewer(desc.value));
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    GlobalState owner = GlobalState.of(w.target);
    Context cx = Context.getCurrentContext();
    List<Object> keys = new ArrayList<>();
    for (Object key : owner.ownKeys(cx, w.target)) {
      if (key instanceof Symbol && !symbols) {
        continue;
      }
      DescriptorInfo desc = owner.ownDescriptor(cx, w.target, key);
      if (desc != null
          && (nonEnumerable || desc.isEnumerable())
          && hiddenReason(w, key, desc) == null) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    if (WRAPPED_JS_OBJECT.equals(key)) {
      return waiver(w);
    }
    return nativeGet(w, key, start);
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    if (WRAPPED_JS_OBJECT.equals(key)) {
      return w.viewer.allowWaivers();
    }
    return visible(w, key, false) != null;
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    DescriptorInfo existing = visible(w, key, false);
    if (existing != null && existing.isWritable(false)) {
      return;
    }
    DescriptorInfo desc =
        existing != null
            ? new DescriptorInfo(Scriptable.NOT_FOUND, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND,
                Scriptable.NOT_FOUND, Scriptable.NOT_FOUND, value)
            : new DescriptorInfo(true, true, true, value);
    defineOwnProperty(w, key, desc);
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    if (desc.isAccessorDescriptor()) {
      throw Errors.error("Not allowed to define accessor property on [Object] or [Array] XrayWrapper");
    }
    Object value = desc.hasValue() ? desc.value : Scriptable.NOT_FOUND;
    if (value instanceof Scriptable && !w.owner.principal().subsumes(compartmentOf(w, value).principal())) {
      throw Errors.error("Not allowed to define cross-origin object as property on [Object] or [Array] XrayWrapper");
    }
    if (visible(w, key, false) == null && shadowsStandardPrototype(w, key)) {
      throw Errors.error("Not allowed to shadow non-own Xray-resolved property on [Object] or [Array] XrayWrapper");
    }
    DescriptorInfo forOwner =
        new DescriptorInfo(
            desc.enumerable, desc.writable, desc.configurable, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND,
            value == Scriptable.NOT_FOUND ? value : w.toOwner(value));
    return ((ScriptableObject) w.target).defineOwnProperty(Context.getCurrentContext(), key, forOwner);
  }

  /** The compartment a value the viewer passes really belongs to. */
  private static Compartment compartmentOf(WrapperShell w, Object value) {
    if (value instanceof WrapperShell) {
      return ((WrapperShell) value).owner;
    }
    return w.membrane().compartmentOf((Scriptable) value);
  }

  @Override
  void delete(WrapperShell w, Object key) {
    if (visible(w, key, false) != null) {
      Props.delete(w.target, key);
    }
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    return nativeKeys(w, nonEnumerable, symbols).toArray();
  }

  @Override
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    return nativeDescriptor(w, key);
  }
}
