package dev.compartments.wrappers.internal;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * Xrays of the Error family: {@code message} and {@code fileName} only if they are strings, {@code
 * lineNumber} and {@code columnNumber} only if they are int32 values, and the native {@code stack}.
 * Everything else comes from the standard prototype of the error's class, or is an expando.
 */
final class ErrorXray extends XrayHandler {
  static final ErrorXray INSTANCE = new ErrorXray();
  private static final List<String> NAMES = List.of("fileName", "lineNumber", "columnNumber", "stack", "message");

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if (!(key instanceof String) || !NAMES.contains(key)) {
      return null;
    }
    GlobalState owner = GlobalState.of(w.target);
    Context cx = Context.getCurrentContext();
    DescriptorInfo desc = owner.ownDescriptor(cx, w.target, key);
    if (desc == null) {
      return null;
    }
    Object value;
    if (desc.isAccessorDescriptor()) {
      // Only the engine's own stack accessor is trusted; a getter a script defined never runs.
      if (!"stack".equals(key) || !Natives.isNative(desc.getter)) {
        return null;
      }
      value = ((Callable) desc.getter).call(cx, ScriptableObject.getTopLevelScope(w.target), w.target, new Object[0]);
    } else {
      value = desc.value;
    }
    boolean ok;
    switch ((String) key) {
      case "lineNumber":
      case "columnNumber":
        ok = value instanceof Number && isInt32(((Number) value).doubleValue());
        break;
      default:
        ok = value instanceof CharSequence;
        break;
    }
    return ok ? new DescriptorInfo(false, true, true, value instanceof CharSequence ? value.toString() : value) : null;
  }

  private static boolean isInt32(double d) {
    return d == (int) d;
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    List<Object> keys = new ArrayList<>();
    if (!nonEnumerable) {
      return keys;
    }
    for (String name : NAMES) {
      if (nativeDescriptor(w, name) != null) {
        keys.add(name);
      }
    }
    return keys;
  }

  /** Every Error family Xray has the class {@code Error}, as the objects themselves do. */
  @Override
  String className(WrapperShell w) {
    return "Error";
  }
}
