package dev.compartments.wrappers.internal;

import com.google.common.collect.MapMaker;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptStackElement;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * Xrays of the Error family: {@code message} and {@code fileName} only if they are strings, {@code
 * lineNumber} and {@code columnNumber} only if they are int32 values, and the native {@code stack}:
 * the one the engine captured when the error was made, never a value or accessor the error's
 * compartment wrote over it.
 * Everything else comes from the standard prototype of the error's class, or is an expando.
 */
final class ErrorXray extends XrayHandler {
  static final ErrorXray INSTANCE = new ErrorXray();
  private static final List<String> NAMES = List.of("fileName", "lineNumber", "columnNumber", "stack", "message");

  /** NativeError's captured exception, from which its first stack string was made; or null. */
  private static final VarHandle STACK_PROVIDER;
  /** RhinoException.formatStackTrace(ScriptStackElement[], String), package-private in Rhino. */
  private static final MethodHandle FORMAT_STACK;

  static {
    VarHandle provider = null;
    MethodHandle format = null;
    try {
      Class<?> nativeError = Class.forName("org.mozilla.javascript.NativeError", false, Context.class.getClassLoader());
      provider =
          MethodHandles.privateLookupIn(nativeError, MethodHandles.lookup()).findVarHandle(nativeError, "stackProvider", RhinoException.class);
      format =
          MethodHandles.privateLookupIn(RhinoException.class, MethodHandles.lookup())
              .findStatic(
                  RhinoException.class,
                  "formatStackTrace",
                  MethodType.methodType(String.class, ScriptStackElement[].class, String.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Without them an Xray shows the stack accessor's current value (ContextScopes already
      // refuses to run where Rhino's package is not open to this module).
      provider = null;
      format = null;
    }
    STACK_PROVIDER = provider;
    FORMAT_STACK = format;
  }

  /**
   * Each error's native stack as first seen by an Xray. Rhino drops the captured exception when a
   * script assigns {@code stack}, so the text is kept from the moment the error is first wrapped.
   */
  private static final ConcurrentMap<Object, String> STACKS = new MapMaker().weakKeys().makeMap();

  /** Remembers the native stack of {@code target}, an error about to be seen through an Xray. */
  static void snapshot(Object target) {
    if (STACKS.get(target) == null) {
      String stack = capturedStack(target);
      if (stack != null) {
        STACKS.putIfAbsent(target, stack);
      }
    }
  }

  /**
   * The stack the engine captured when the error was made, as Rhino formats it, ignoring whatever
   * the error's compartment wrote over {@code stack} and any {@code prepareStackTrace} it defined;
   * null if it is not known (the error was never wrapped before a script replaced its stack).
   */
  private static String nativeStack(Object target) {
    String known = STACKS.get(target);
    if (known != null) {
      return known;
    }
    snapshot(target);
    return STACKS.get(target);
  }

  private static String capturedStack(Object target) {
    if (STACK_PROVIDER == null || !target.getClass().getName().equals("org.mozilla.javascript.NativeError")) {
      return null;
    }
    RhinoException provider = (RhinoException) STACK_PROVIDER.get(target);
    if (provider == null) {
      return null;
    }
    try {
      return (String) FORMAT_STACK.invoke(provider.getScriptStack(-1, null), provider.details());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if (!(key instanceof String) || !NAMES.contains(key)) {
      return null;
    }
    if ("stack".equals(key)) {
      // The engine's stack, or none: never a value or accessor the error's compartment put there.
      String stack = nativeStack(w.target);
      return stack == null ? null : new DescriptorInfo(false, true, true, stack);
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
