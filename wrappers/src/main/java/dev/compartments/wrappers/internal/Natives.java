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
    if (f instanceof LambdaFunction || f instanceof IdFunctionObject) {
      return true;
    }
    // Other Java-implemented functions (the engine's own builtins); never a script's function, nor
    // a bound function, which may bind one.
    return f instanceof org.mozilla.javascript.BaseFunction
        && !(f instanceof org.mozilla.javascript.NativeFunction)
        && !(f instanceof org.mozilla.javascript.JSFunction)
        && !(f instanceof org.mozilla.javascript.BoundFunction);
  }

  /**
   * The RegExp protocol methods ({@code split}, {@code replace}, {@code match}, {@code matchAll},
   * {@code search}): on an Xray they run on a viewer copy of the regexp, not on its target. The
   * natives reach their regexp through property reads ({@code exec}, {@code constructor} for the
   * species of the splitter); on the raw target those would be the target realm's, which its scripts
   * may have replaced, so attacker code would run inside the viewer's call and decide its result.
   */
  private static final java.util.Set<Object> RUNS_ON_A_COPY =
      java.util.Set.of(
          org.mozilla.javascript.SymbolKey.SPLIT,
          org.mozilla.javascript.SymbolKey.REPLACE,
          org.mozilla.javascript.SymbolKey.MATCH,
          org.mozilla.javascript.SymbolKey.MATCH_ALL,
          org.mozilla.javascript.SymbolKey.SEARCH);

  /**
   * The viewer-global function that Xrays of class {@code className} show for {@code key}, whose
   * native implementation is {@code method}; stable in identity while {@code method} is.
   */
  static Object xrayMethod(GlobalState viewer, String className, Object key, Object method) {
    if (!isNative(method)) {
      return method;
    }
    if ("RegExp".equals(className) && RUNS_ON_A_COPY.contains(key)) {
      return viewer.xrayMethods.computeIfAbsent(
          "RegExp#" + Keys.name(key) + "#copy#" + System.identityHashCode(method),
          k -> onViewerCopy(viewer, key, (Callable) method));
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

  private static Object onViewerCopy(GlobalState viewer, Object key, Callable method) {
    int length = method instanceof org.mozilla.javascript.BaseFunction
        ? ((org.mozilla.javascript.BaseFunction) method).getLength()
        : 0;
    SerializableCallable body =
        (cx, scope, thisObj, args) -> {
          if (!(thisObj instanceof WrapperShell) || ((WrapperShell) thisObj).kind() != WrapperKind.XRAY) {
            return method.call(cx, scope, thisObj, args);
          }
          // source, flags and lastIndex as the Xray shows them: the target's native values.
          Object source = Props.get(thisObj, "source");
          Object flags = Props.get(thisObj, "flags");
          Object lastIndex = Props.get(thisObj, "lastIndex");
          // The viewer global's own RegExp as it was when the global was made.
          Scriptable constructor = viewer.constructor("RegExp");
          if (!(constructor instanceof org.mozilla.javascript.Function)) {
            throw Errors.generic();
          }
          Scriptable copy =
              ((org.mozilla.javascript.Function) constructor)
                  .construct(
                      cx,
                      viewer.global(),
                      new Object[] {source instanceof CharSequence ? source.toString() : "(?:)", flags instanceof CharSequence ? flags.toString() : ""});
          Props.put(copy, "lastIndex", lastIndex instanceof Number ? lastIndex : 0);
          Object result = method.call(cx, scope, copy, args);
          // The protocol moves lastIndex as the native exec does on the target itself (an Xray's
          // own lastIndex is read-only to its viewer); a number runs no code.
          Object moved = Props.get(copy, "lastIndex");
          WrapperShell xray = (WrapperShell) thisObj;
          if (moved instanceof Number && !xray.isDead()) {
            ScriptableObject.putProperty(xray.target, "lastIndex", moved);
          }
          return result;
        };
    return new LambdaFunction(viewer.global(), "[" + Keys.name(key) + "]", length, body);
  }

  /**
   * {@code Error.prototype.toString} as Error Xrays show it: on an Xray it reads {@code name} and
   * {@code message} through the Xray (so content's own {@code name}, or a message that is not a
   * string, is never used, and no content code runs); on anything else it is the native one.
   */
  static Object errorToString(GlobalState viewer, Callable nativeToString) {
    return viewer.xrayMethods.computeIfAbsent("Error#toString#" + System.identityHashCode(nativeToString), k -> {
      SerializableCallable body =
          (cx, scope, thisObj, args) -> {
            if (thisObj instanceof WrapperShell && ((WrapperShell) thisObj).kind() == WrapperKind.XRAY) {
              Object name = Props.get(thisObj, "name");
              Object message = Props.get(thisObj, "message");
              String n = name instanceof CharSequence ? name.toString() : "Error";
              String m = message instanceof CharSequence ? message.toString() : "";
              return n.isEmpty() ? m : m.isEmpty() ? n : n + ": " + m;
            }
            return nativeToString.call(cx, scope, thisObj, args);
          };
      return new LambdaFunction(viewer.global(), "toString", 0, body);
    });
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
      Callable implementation = ownerNative(cx, xray, method);
      try {
        Object result = implementation.call(cx, targetScope, xray.target, xray.toOwner(args));
        return xray.toViewer(result);
      } catch (RuntimeException e) {
        throw xray.translate(e);
      }
    }
    return method.call(cx, scope, thisObj, args);
  }

  /**
   * The target global's own native for {@code method}, so that what it makes (a sliced buffer, an
   * iterator) belongs to the target's global; {@code method} itself if the target's scripts put
   * anything but a native of the same name in its place.
   */
  private static Callable ownerNative(Context cx, WrapperShell xray, Callable method) {
    if (!(method instanceof org.mozilla.javascript.BaseFunction)) {
      return method;
    }
    String name = ((org.mozilla.javascript.BaseFunction) method).getFunctionName();
    GlobalState owner = GlobalState.ofOrNull(ScriptableObject.getTopLevelScope(xray.target));
    GlobalState viewer = GlobalState.ofOrNull(ScriptableObject.getTopLevelScope((Scriptable) method));
    if (owner == null || viewer == null || name == null || name.isEmpty()) {
      return method;
    }
    // Where the method may live: the Xray's own class, the typed arrays' shared prototype, Object
    // (an index loop, so the lookup allocates no list on every call).
    for (int i = 0; i < 3; i++) {
      String className = i == 0 ? xray.xrayClass : i == 1 ? GlobalState.TYPED_ARRAY : "Object";
      Scriptable viewerPrototype = viewer.prototype(className);
      Scriptable ownerPrototype = owner.prototype(className);
      if (viewerPrototype == null || ownerPrototype == null) {
        continue;
      }
      if (!Props.hasOwn(viewerPrototype, name)) {
        continue;
      }
      ScriptableObject.DescriptorInfo desc = owner.ownDescriptor(cx, ownerPrototype, name);
      Object candidate = desc == null || desc.isAccessorDescriptor() ? null : desc.value;
      if (isNative(candidate)
          && candidate.getClass() == method.getClass()
          && name.equals(((org.mozilla.javascript.BaseFunction) candidate).getFunctionName())) {
        return (Callable) candidate;
      }
    }
    return method;
  }
}
