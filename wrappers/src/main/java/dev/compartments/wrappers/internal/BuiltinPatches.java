package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;

import dev.compartments.wrappers.CompartmentGlobal;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.SerializableCallable;
import org.mozilla.javascript.Undefined;

/**
 * Makes a global's reflection builtins see wrappers as wrappers where listing keys is not enough.
 * Rhino's key listings ({@code Object.getOwnPropertyNames}, {@code Reflect.ownKeys}, object spread)
 * walk the object's slot map, which a wrapper answers itself ({@link ShellSlotMap}); the builtins
 * here also need the handler's descriptors, its integrity rules, or the cross-origin answers, so
 * each global gets versions that ask the wrapper's handler when given a wrapper and call the
 * original builtin otherwise.
 */
final class BuiltinPatches {
  private BuiltinPatches() {}

  static void install(Context cx, CompartmentGlobal global, GlobalState state) {
    Scriptable object = (Scriptable) ScriptableObject.getProperty(global, "Object");
    Scriptable reflect = (Scriptable) ScriptableObject.getProperty(global, "Reflect");
    patch(global, object, "getOwnPropertyDescriptors", 1, (cx2, scope, thisObj, args, original) -> {
      WrapperShell w = shellArg(args, 0);
      if (w == null) {
        return null;
      }
      Scriptable result = cx2.newObject(scope);
      for (Object key : w.ownKeys(true, true)) {
        DescriptorInfo desc = w.ownPropertyDescriptor(key);
        if (desc != null) {
          putKey(result, key, toObject(cx2, scope, desc));
        }
      }
      return result;
    });
    patch(global, object, "assign", 2, (cx2, scope, thisObj, args, original) -> {
      boolean anyShell = false;
      for (int i = 1; i < args.length; i++) {
        anyShell |= args[i] instanceof WrapperShell;
      }
      if (!anyShell) {
        return null;
      }
      Scriptable target = ScriptRuntime.toObject(cx2, scope, args.length > 0 ? args[0] : Undefined.instance);
      for (int i = 1; i < args.length; i++) {
        if (args[i] instanceof WrapperShell) {
          WrapperShell source = (WrapperShell) args[i];
          for (Object key : source.ownKeys(false, true)) {
            Props.put(target, key, Props.get(source, key));
          }
        } else {
          original.call(cx2, scope, thisObj, new Object[] {target, args[i]});
        }
      }
      return target;
    });
    // HTML: a cross-origin object's [[SetPrototypeOf]] keeps its null prototype and reports
    // failure, so Reflect.setPrototypeOf returns false (true for null) where Object.setPrototypeOf
    // throws.
    patch(global, reflect, "setPrototypeOf", 2, (cx2, scope, thisObj, args, original) -> {
      WrapperShell w = shellArg(args, 0);
      if (w == null || Wrappers.kindOf(w) != WrapperKind.CROSS_ORIGIN || args.length < 2) {
        return null;
      }
      Object proto = args[1];
      if (proto != null && !(proto instanceof Scriptable)) {
        return null;
      }
      return proto == null ? Boolean.TRUE : Boolean.FALSE;
    });
    patch(global, reflect, "preventExtensions", 1, (cx2, scope, thisObj, args, original) -> {
      WrapperShell w = shellArg(args, 0);
      return w != null && Wrappers.kindOf(w) == WrapperKind.CROSS_ORIGIN ? Boolean.FALSE : null;
    });
    patch(global, object, "freeze", 1, (cx2, scope, thisObj, args, original) -> integrity(args, true));
    patch(global, object, "seal", 1, (cx2, scope, thisObj, args, original) -> integrity(args, false));
    patch(global, object, "isFrozen", 1, (cx2, scope, thisObj, args, original) -> testIntegrity(args, true));
    patch(global, object, "isSealed", 1, (cx2, scope, thisObj, args, original) -> testIntegrity(args, false));
    Scriptable json = (Scriptable) ScriptableObject.getProperty(global, "JSON");
    Callable originalStringify = (Callable) ScriptableObject.getProperty(json, "stringify");
    SerializableCallable stringify =
        (cx2, scope, thisObj, args) -> {
          // JSON.stringify serializes only real NativeArrays as arrays; a replacer hands it a
          // viewer-side copy of each wrapped array, read through the wrapper, instead.
          Object[] forwarded = args.clone();
          Object replacer = args.length > 1 ? args[1] : Undefined.instance;
          if (!(replacer instanceof Scriptable) || replacer instanceof Callable) {
            if (forwarded.length < 2) {
              forwarded = java.util.Arrays.copyOf(forwarded, 2);
              if (forwarded.length > args.length) {
                forwarded[0] = args.length > 0 ? args[0] : Undefined.instance;
              }
            }
            Callable user = replacer instanceof Callable ? (Callable) replacer : null;
            SerializableCallable arrays =
                (cx3, scope3, holder, replacerArgs) -> {
                  Object value = replacerArgs.length > 1 ? replacerArgs[1] : Undefined.instance;
                  if (user != null) {
                    value = user.call(cx3, scope3, holder, replacerArgs);
                  }
                  if (value instanceof WrapperShell && "Array".equals(((WrapperShell) value).getClassName())) {
                    WrapperShell array = (WrapperShell) value;
                    Object lengthValue = Props.get(array, "length");
                    long length = lengthValue instanceof Number ? ((Number) lengthValue).longValue() : 0;
                    Object[] elements = new Object[(int) Math.min(length, Integer.MAX_VALUE)];
                    for (int i = 0; i < elements.length; i++) {
                      Object element = Props.get(array, i);
                      elements[i] = element == Scriptable.NOT_FOUND ? Undefined.instance : element;
                    }
                    return cx3.newArray(ScriptableObject.getTopLevelScope(scope3), elements);
                  }
                  return value;
                };
            forwarded[1] = new LambdaFunction(global, "replacer", 2, arrays);
          }
          return originalStringify.call(cx2, scope, thisObj, forwarded);
        };
    ScriptableObject.defineProperty(
        json, "stringify", new LambdaFunction(global, "stringify", 3, stringify), ScriptableObject.DONTENUM);
    patch(global, object, "defineProperties", 2, (cx2, scope, thisObj, args, original) -> {
      WrapperShell props = shellArg(args, 1);
      if (props == null) {
        return null;
      }
      Object target = args[0];
      defineFrom(cx2, global, target, props);
      return target;
    });
    patch(global, object, "create", 2, (cx2, scope, thisObj, args, original) -> {
      WrapperShell props = shellArg(args, 1);
      if (props == null) {
        return null;
      }
      Object created = original.call(cx2, scope, thisObj, new Object[] {args[0]});
      defineFrom(cx2, global, created, props);
      return created;
    });
  }

  /** A patched builtin: returns null to fall back to the original. */
  @FunctionalInterface
  private interface Patch {
    Object apply(Context cx, Scriptable scope, Scriptable thisObj, Object[] args, Callable original);
  }

  private static void patch(CompartmentGlobal global, Scriptable holder, String name, int length, Patch patch) {
    Callable original = (Callable) ScriptableObject.getProperty(holder, name);
    SerializableCallable body =
        (cx, scope, thisObj, args) -> {
          Object result = patch.apply(cx, scope, thisObj, args, original);
          return result != null ? result : original.call(cx, scope, thisObj, args);
        };
    ScriptableObject.defineProperty(
        holder, name, new LambdaFunction(global, name, length, body), ScriptableObject.DONTENUM);
  }

  private static WrapperShell shellArg(Object[] args, int index) {
    return args.length > index && args[index] instanceof WrapperShell ? (WrapperShell) args[index] : null;
  }

  private static void putKey(Scriptable target, Object key, Object value) {
    Props.put(target, key, value);
  }

  private static Scriptable toObject(Context cx, Scriptable scope, DescriptorInfo desc) {
    Scriptable object = cx.newObject(ScriptableObject.getTopLevelScope(scope));
    if (desc.hasValue()) {
      ScriptableObject.putProperty(object, "value", desc.value);
    }
    if (desc.hasWritable()) {
      ScriptableObject.putProperty(object, "writable", desc.writable);
    }
    if (desc.hasGetter()) {
      ScriptableObject.putProperty(object, "get", desc.getter);
    }
    if (desc.hasSetter()) {
      ScriptableObject.putProperty(object, "set", desc.setter);
    }
    if (desc.hasEnumerable()) {
      ScriptableObject.putProperty(object, "enumerable", desc.enumerable);
    }
    if (desc.hasConfigurable()) {
      ScriptableObject.putProperty(object, "configurable", desc.configurable);
    }
    return object;
  }

  private static void defineFrom(Context cx, Scriptable global, Object target, WrapperShell props) {
    if (!(target instanceof ScriptableObject)) {
      throw ScriptRuntime.typeError("Object.defineProperties called on non-object");
    }
    for (Object key : props.ownKeys(false, true)) {
      Object descriptor = Props.get(props, key);
      if (!(descriptor instanceof ScriptableObject)) {
        throw ScriptRuntime.typeError("property descriptor must be an object");
      }
      ((ScriptableObject) target).defineOwnProperty(cx, key, (ScriptableObject) descriptor);
    }
  }

  private static Object integrity(Object[] args, boolean freeze) {
    WrapperShell w = shellArg(args, 0);
    if (w == null) {
      return null;
    }
    Context cx = Context.getCurrentContext();
    // As the spec does: first make the object non-extensible, and stop if it refuses.
    if (!w.preventExtensions()) {
      throw ScriptRuntime.typeError("can't prevent extensions on this object");
    }
    for (Object key : w.ownKeys(true, true)) {
      DescriptorInfo current = w.ownPropertyDescriptor(key);
      if (current == null) {
        continue;
      }
      Object writable = freeze && !current.isAccessorDescriptor() ? Boolean.FALSE : Scriptable.NOT_FOUND;
      w.defineOwnProperty(
          cx,
          key,
          new DescriptorInfo(Scriptable.NOT_FOUND, writable, Boolean.FALSE, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND, Scriptable.NOT_FOUND));
    }
    return w;
  }

  private static Object testIntegrity(Object[] args, boolean frozen) {
    WrapperShell w = shellArg(args, 0);
    if (w == null) {
      return null;
    }
    if (w.isExtensible()) {
      return Boolean.FALSE;
    }
    for (Object key : w.ownKeys(true, true)) {
      DescriptorInfo desc = w.ownPropertyDescriptor(key);
      if (desc == null) {
        continue;
      }
      if (desc.isConfigurable() || (frozen && !desc.isAccessorDescriptor() && desc.isWritable())) {
        return Boolean.FALSE;
      }
    }
    return Boolean.TRUE;
  }
}
