package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.HostObject;
import dev.compartments.wrappers.ObjectKind;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.typedarrays.NativeTypedArrayView;

/** Reads an object's {@link ObjectKind} from its Rhino class. Thread-safe. */
public final class ObjectKinds {
  private ObjectKinds() {}

  /** The kind of {@code object}, as the wrapper decision and the Xrays distinguish it. */
  public static ObjectKind classify(Scriptable object) {
    // The commonest kinds first, by exact class (neither can be a host object, global or proxy).
    Class<?> type = object.getClass();
    if (type == NativeObject.class) {
      return ObjectKind.PLAIN_OBJECT;
    }
    if (type == NativeArray.class) {
      return ObjectKind.ARRAY;
    }
    if (object instanceof HostObject) {
      return ((HostObject) object).hostObjectKind();
    }
    if (object instanceof CompartmentGlobal) {
      return ObjectKind.GLOBAL;
    }
    if (isScriptedProxy(object)) {
      return ObjectKind.OTHER;
    }
    if (object instanceof Callable) {
      GlobalState state = GlobalState.ofOrNull(ScriptableObject.getTopLevelScope(object));
      if (state != null
          && (object == state.evalFunction
              || object == state.functionConstructor
              || state.codeCompilers.contains(object))) {
        return ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR;
      }
      return ObjectKind.FUNCTION;
    }
    if (object instanceof NativeTypedArrayView) {
      return ObjectKind.TYPED_ARRAY;
    }
    switch (object.getClassName()) {
      case "Error":
        return ObjectKind.ERROR;
      case "RegExp":
        return ObjectKind.REGEXP;
      case "Date":
      case "Map":
      case "Set":
      case "WeakMap":
      case "WeakSet":
      case "ArrayBuffer":
      case "DataView":
      case "Promise":
        return ObjectKind.NATIVE_STATE;
      default:
        return ObjectKind.OTHER;
    }
  }

  private static final ClassValue<Boolean> SCRIPTED_PROXY =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.getName().startsWith("org.mozilla.javascript.NativeProxy");
        }
      };

  private static boolean isScriptedProxy(Scriptable object) {
    return SCRIPTED_PROXY.get(object.getClass());
  }
}
