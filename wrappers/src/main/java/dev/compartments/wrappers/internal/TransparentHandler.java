package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.WrapperKind;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.Symbol;

/**
 * Transparent wrappers and waivers: every operation is forwarded to the target, values going in
 * are wrapped for the owner and values coming out for the viewer (waived again, for a waiver).
 */
final class TransparentHandler extends Handler {
  static final TransparentHandler TRANSPARENT = new TransparentHandler(WrapperKind.TRANSPARENT);
  static final TransparentHandler WAIVER = new TransparentHandler(WrapperKind.WAIVER);

  private final WrapperKind kind;

  TransparentHandler(WrapperKind kind) {
    this.kind = kind;
  }

  @Override
  public WrapperKind kind() {
    return kind;
  }

  /**
   * Walks the prototype chain as Rhino's property read does, as long as every object on it is a
   * plain object or array: the first own data property found is the value, no property at all is
   * NOT_FOUND; an accessor, or any other kind of object, takes the full path.
   */
  @Override
  Object quickGet(WrapperShell w, Object key) {
    String name = key instanceof String ? (String) key : null;
    int index = name == null ? (Integer) key : 0;
    for (Scriptable p = w.target; p != null; p = p.getPrototype()) {
      Class<?> type = p.getClass();
      if (type != NativeObject.class && type != NativeArray.class) {
        return SLOW;
      }
      Object value = Slots.ownData((ScriptableObject) p, name, index);
      if (value == Slots.NOT_DATA) {
        return SLOW;
      }
      if (value != Scriptable.NOT_FOUND) {
        return w.toViewer(value);
      }
    }
    return Scriptable.NOT_FOUND;
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    Object value = Props.get(w.target, key);
    return value == Scriptable.NOT_FOUND ? Scriptable.NOT_FOUND : w.toViewer(value);
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    return Props.hasOwn(w.target, key);
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    Props.put(w.target, key, w.toOwner(value));
  }

  @Override
  void delete(WrapperShell w, Object key) {
    Props.delete(w.target, key);
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    if (!nonEnumerable && !symbols) {
      return w.target.getIds().clone();
    }
    Context cx = Context.getCurrentContext();
    GlobalState state = GlobalState.of(w.target);
    List<Object> keys = new ArrayList<>();
    for (Object key : state.ownKeys(cx, w.target)) {
      if (key instanceof Symbol && !symbols) {
        continue;
      }
      if (!nonEnumerable) {
        DescriptorInfo desc = state.ownDescriptor(cx, w.target, key);
        if (desc == null || !desc.isEnumerable()) {
          continue;
        }
      }
      keys.add(key);
    }
    return keys.toArray();
  }

  @Override
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    DescriptorInfo desc = GlobalState.of(w.target).ownDescriptor(Context.getCurrentContext(), w.target, key);
    if (desc == null) {
      return null;
    }
    return new DescriptorInfo(
        desc.enumerable,
        desc.writable,
        desc.configurable,
        viewerOrAbsent(w, desc.getter),
        viewerOrAbsent(w, desc.setter),
        viewerOrAbsent(w, desc.value));
  }

  private static Object viewerOrAbsent(WrapperShell w, Object value) {
    return value == Scriptable.NOT_FOUND ? value : w.toViewer(value);
  }

  private static Object ownerOrAbsent(WrapperShell w, Object value) {
    return value == Scriptable.NOT_FOUND ? value : w.toOwner(value);
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    if (!(w.target instanceof ScriptableObject)) {
      throw Errors.deniedProperty(key);
    }
    DescriptorInfo forOwner =
        new DescriptorInfo(
            desc.enumerable,
            desc.writable,
            desc.configurable,
            ownerOrAbsent(w, desc.getter),
            ownerOrAbsent(w, desc.setter),
            ownerOrAbsent(w, desc.value));
    return ((ScriptableObject) w.target).defineOwnProperty(Context.getCurrentContext(), key, forOwner);
  }

  @Override
  Scriptable getPrototype(WrapperShell w) {
    Scriptable prototype = w.target.getPrototype();
    return prototype == null ? null : (Scriptable) w.toViewer(prototype);
  }

  @Override
  void setPrototype(WrapperShell w, Scriptable prototype) {
    w.target.setPrototype(prototype == null ? null : (Scriptable) w.toOwner(prototype));
  }

  @Override
  boolean isExtensible(WrapperShell w) {
    return !(w.target instanceof ScriptableObject) || ((ScriptableObject) w.target).isExtensible();
  }

  @Override
  boolean preventExtensions(WrapperShell w) {
    if (!(w.target instanceof ScriptableObject)) {
      throw Errors.deniedObject();
    }
    return ((ScriptableObject) w.target).preventExtensions();
  }

  @Override
  Object call(WrapperShell w, Context cx, Scriptable thisObj, Object[] args) {
    Scriptable scope = ScriptableObject.getTopLevelScope(w.target);
    Object result = ((Callable) w.target).call(cx, scope, thisForOwner(w, thisObj, scope), w.toOwner(args));
    return w.toViewer(result);
  }

  @Override
  Scriptable construct(WrapperShell w, Context cx, Object[] args) {
    if (!(w.target instanceof Function)) {
      throw Errors.typeError("not a constructor");
    }
    Scriptable scope = ScriptableObject.getTopLevelScope(w.target);
    return (Scriptable) w.toViewer(((Function) w.target).construct(cx, scope, w.toOwner(args)));
  }

  /**
   * {@code this} for a call into the owner: the viewer's own global (a plain {@code f()} call)
   * becomes the callee's global, as an undefined {@code this} would; anything else is wrapped.
   */
  static Scriptable thisForOwner(WrapperShell w, Scriptable thisObj, Scriptable ownerScope) {
    if (thisObj == null
        || thisObj == org.mozilla.javascript.Undefined.SCRIPTABLE_UNDEFINED
        || (thisObj instanceof CompartmentGlobal && ((CompartmentGlobal) thisObj).compartment() == w.viewer)) {
      return ownerScope;
    }
    return (Scriptable) w.toOwner(thisObj);
  }

  @Override
  String className(WrapperShell w) {
    return w.target.getClassName();
  }

  @Override
  boolean hasInstance(WrapperShell w, Scriptable instance) {
    Object prototype = w.get("prototype", w);
    if (!(prototype instanceof Scriptable)) {
      throw Errors.typeError("'prototype' property of the function is not an object");
    }
    for (Scriptable p = instance.getPrototype(); p != null; p = p.getPrototype()) {
      if (p == prototype) {
        return true;
      }
    }
    return false;
  }
}
