package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.IdFunctionObject;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SerializableCallable;

/**
 * Native (Java-implemented) builtins as Xrays show them: a method found through an Xray is a
 * function of the viewer's global that, called on an Xray held by that viewer, runs the viewer's
 * native code on the Xray's target, with arguments wrapped for the target and the result wrapped
 * for the viewer. Called on anything else, it behaves as the builtin itself.
 */
final class Natives {
  private Natives() {}

  /** Whether {@code f} is implemented in Java (a builtin or a host function), not by a script. */
  static boolean isNative(Object f) {
    return f instanceof LambdaFunction || f instanceof IdFunctionObject;
  }

  /**
   * The viewer-global function that Xrays of class {@code className} show for {@code key}, whose
   * native implementation is {@code method}; stable in identity while {@code method} is.
   */
  static Object xrayMethod(GlobalState viewer, String className, Object key, Object method) {
    if (!isNative(method)) {
      return method;
    }
    String cacheKey = className + "#" + Keys.name(key) + "#" + System.identityHashCode(method);
    return viewer.xrayMethods.computeIfAbsent(
        cacheKey, k -> newXrayMethod(viewer, key, (Callable) method));
  }

  private static Object newXrayMethod(GlobalState viewer, Object key, Callable method) {
    int length = method instanceof org.mozilla.javascript.BaseFunction
        ? ((org.mozilla.javascript.BaseFunction) method).getLength()
        : 0;
    String name = key instanceof String ? (String) key : "[" + Keys.name(key) + "]";
    SerializableCallable body =
        (cx, scope, thisObj, args) -> callOnXray(cx, scope, method, thisObj, args);
    return new LambdaFunction(viewer.global(), name, length, body);
  }

  /**
   * Calls the native {@code method} with {@code thisObj}; if that is an Xray, on its target, in the
   * target's global.
   */
  static Object callOnXray(Context cx, Scriptable scope, Callable method, Scriptable thisObj, Object[] args) {
    if (thisObj instanceof WrapperShell && ((WrapperShell) thisObj).kind() == WrapperKind.XRAY) {
      WrapperShell xray = (WrapperShell) thisObj;
      xray.checkAlive();
      Scriptable targetScope = ScriptableObject.getTopLevelScope(xray.target);
      try {
        Object result = method.call(cx, targetScope, xray.target, xray.toOwner(args));
        return xray.toViewer(result);
      } catch (RuntimeException e) {
        throw xray.translate(e);
      }
    }
    return method.call(cx, scope, thisObj, args);
  }
}
