package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CrossOriginLocation;
import dev.compartments.wrappers.CrossOriginWindow;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.SerializableCallable;
import org.mozilla.javascript.SymbolKey;
import org.mozilla.javascript.Undefined;

/**
 * Cross-origin wrappers for a Window or Location of another origin: only the HTML cross-origin
 * allowlist is reachable, through the host's {@link CrossOriginWindow} / {@link
 * CrossOriginLocation} methods; everything else throws a {@code SecurityError}. Functions handed out
 * belong to the caller's global and are cached per wrapper, so per caller.
 */
final class CrossOriginHandler extends Handler {
  static final CrossOriginHandler WINDOW = new CrossOriginHandler(true);
  static final CrossOriginHandler LOCATION = new CrossOriginHandler(false);

  private static final Set<String> WINDOW_GETTERS =
      Set.of("location", "window", "frames", "self", "top", "parent", "opener", "closed", "length");
  private static final Set<String> WINDOW_METHODS = Set.of("postMessage", "close", "blur", "focus");
  private static final Set<String> LOCATION_METHODS = Set.of("replace");
  /** Rhino's for-in asks for this legacy hook first; a cross-origin object has none. */
  private static final String ITERATOR_PROBE = "__iterator__";

  private final boolean window;

  private CrossOriginHandler(boolean window) {
    this.window = window;
  }

  static CrossOriginHandler forKind(ObjectKind objectKind) {
    if (objectKind == ObjectKind.WINDOW) {
      return WINDOW;
    }
    if (objectKind == ObjectKind.LOCATION) {
      return LOCATION;
    }
    throw new IllegalArgumentException("no cross-origin wrapper for " + objectKind);
  }

  @Override
  public WrapperKind kind() {
    return WrapperKind.CROSS_ORIGIN;
  }

  private static boolean undefinedAllowed(Object key) {
    return "then".equals(key)
        || key == SymbolKey.TO_STRING_TAG
        || key == SymbolKey.HAS_INSTANCE
        || key == SymbolKey.IS_CONCAT_SPREADABLE;
  }

  private static RuntimeException denied(WrapperShell w, String verb, Object key) {
    Audit.denied(w, key, "cross-origin object");
    return Errors.securityError(
        w.getParentScope(), "Permission denied to " + verb + " property \"" + Keys.name(key) + "\" on cross-origin object");
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    Object value = allowedValue(w, key);
    if (value == Scriptable.NOT_FOUND) {
      if (!window && "href".equals(key)) {
        throw denied(w, "get", key);
      }
      throw denied(w, "access", key);
    }
    return value;
  }

  /** The value of an allowlisted key as the viewer sees it, or NOT_FOUND if it is not allowed. */
  private Object allowedValue(WrapperShell w, Object key) {
    if (window && key instanceof String && !WINDOW_GETTERS.contains(key) && !WINDOW_METHODS.contains(key)) {
      Scriptable named = ((CrossOriginWindow) w.target).namedFrame((String) key);
      if (named != null) {
        return w.toViewer(named);
      }
    }
    if (undefinedAllowed(key) || ITERATOR_PROBE.equals(key)) {
      return Undefined.instance;
    }
    if (window) {
      CrossOriginWindow target = (CrossOriginWindow) w.target;
      if (key instanceof Integer) {
        Scriptable frame = target.frame((Integer) key);
        return frame == null ? Scriptable.NOT_FOUND : w.toViewer(frame);
      }
      if (!(key instanceof String)) {
        return Scriptable.NOT_FOUND;
      }
      String name = (String) key;
      if (WINDOW_GETTERS.contains(name)) {
        switch (name) {
          case "location":
            return w.toViewer(target.location());
          case "window":
          case "frames":
          case "self":
            return w;
          case "top":
            return w.toViewer(target.top());
          case "parent":
            return w.toViewer(target.parent());
          case "opener":
            Scriptable opener = target.opener();
            return opener == null ? null : w.toViewer(opener);
          case "closed":
            return target.closed();
          default:
            return target.frameCount();
        }
      }
      if (WINDOW_METHODS.contains(name)) {
        return function(w, name);
      }
      Scriptable frame = target.namedFrame(name);
      return frame == null ? Scriptable.NOT_FOUND : w.toViewer(frame);
    }
    if (LOCATION_METHODS.contains(key)) {
      return function(w, (String) key);
    }
    return Scriptable.NOT_FOUND;
  }

  @SuppressWarnings("unchecked")
  private Object function(WrapperShell w, String name) {
    Map<String, Object> functions = (Map<String, Object>) w.handlerState;
    if (functions == null) {
      synchronized (w) {
        functions = (Map<String, Object>) w.handlerState;
        if (functions == null) {
          functions = new ConcurrentHashMap<>();
          w.handlerState = functions;
        }
      }
    }
    return functions.computeIfAbsent(name, n -> newFunction(w, n));
  }

  private Object newFunction(WrapperShell w, String name) {
    if (name.startsWith("get ")) {
      String attribute = name.substring(4);
      SerializableCallable getter =
          (cx, scope, thisObj, args) -> {
            w.checkAlive();
            try {
              return allowedValue(w, attribute);
            } catch (RuntimeException e) {
              throw w.translate(e);
            }
          };
      return new LambdaFunction(w.getParentScope(), name, 0, getter);
    }
    if ("set location".equals(name)) {
      SerializableCallable setter =
          (cx, scope, thisObj, args) -> {
            w.checkAlive();
            try {
              ((CrossOriginWindow) w.target).navigate(ScriptRuntime.toString(args, 0));
            } catch (RuntimeException e) {
              throw w.translate(e);
            }
            return Undefined.instance;
          };
      return new LambdaFunction(w.getParentScope(), name, 1, setter);
    }
    if ("set href".equals(name)) {
      SerializableCallable setter =
          (cx, scope, thisObj, args) -> {
            w.checkAlive();
            try {
              ((CrossOriginLocation) w.target).assignHref(ScriptRuntime.toString(args, 0));
            } catch (RuntimeException e) {
              throw w.translate(e);
            }
            return Undefined.instance;
          };
      return new LambdaFunction(w.getParentScope(), name, 1, setter);
    }
    int length = "postMessage".equals(name) ? 2 : "replace".equals(name) ? 1 : 0;
    SerializableCallable body =
        (cx, scope, thisObj, args) -> {
          w.checkAlive();
          try {
            invoke(w, name, args);
          } catch (RuntimeException e) {
            throw w.translate(e);
          }
          return Undefined.instance;
        };
    return new LambdaFunction(w.getParentScope(), name, length, body);
  }

  private void invoke(WrapperShell w, String name, Object[] args) {
    if (!window) {
      ((CrossOriginLocation) w.target).replace(ScriptRuntime.toString(args, 0));
      return;
    }
    CrossOriginWindow target = (CrossOriginWindow) w.target;
    switch (name) {
      case "postMessage":
        if (args.length < 2) {
          throw Errors.typeError("Window.postMessage: At least 2 arguments required, but only " + args.length + " passed");
        }
        target.postMessage(w.viewer, args[0], ScriptRuntime.toString(args[1]));
        break;
      case "close":
        target.close();
        break;
      case "blur":
        target.blur();
        break;
      default:
        target.focus();
        break;
    }
  }

  /**
   * Whether {@code key} is on the allowlist; a name off the list throws the "access" denial, as
   * [[GetOwnProperty]] does. Rhino also asks this while it looks for where an assignment lands;
   * there a name off the list answers false, so that the assignment reaches {@link #put} and
   * throws the "set" denial. Only the denied path pays for the stack walk that tells them apart.
   */
  @Override
  boolean has(WrapperShell w, Object key) {
    if (ITERATOR_PROBE.equals(key)) {
      return false;
    }
    if ((!window && "href".equals(key)) || allowedValue(w, key) != Scriptable.NOT_FOUND) {
      return true;
    }
    Caller caller = caller();
    if (caller == Caller.ASSIGNMENT) {
      return false;
    }
    if (caller == Caller.LINKER) {
      // The compiled-code linker probes before the real read, which then reports the denial.
      throw Errors.securityError(
          w.getParentScope(), "Permission denied to access property \"" + Keys.name(key) + "\" on cross-origin object");
    }
    throw denied(w, "access", key);
  }

  private enum Caller {
    ASSIGNMENT,
    LINKER,
    OTHER
  }

  private static Caller caller() {
    return StackWalker.getInstance()
        .walk(frames -> frames.limit(24)
            .map(f -> {
              if (f.getClassName().equals("org.mozilla.javascript.ScriptableObject")
                  && f.getMethodName().equals("putProperty")) {
                return Caller.ASSIGNMENT;
              }
              if (f.getClassName().startsWith("org.mozilla.javascript.optimizer.")
                  && f.getClassName().contains("Linker")) {
                return Caller.LINKER;
              }
              return null;
            })
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(Caller.OTHER));
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    if (window && "location".equals(key)) {
      ((CrossOriginWindow) w.target).navigate(ScriptRuntime.toString(value));
      return;
    }
    if (!window && "href".equals(key)) {
      ((CrossOriginLocation) w.target).assignHref(ScriptRuntime.toString(value));
      return;
    }
    throw denied(w, "set", key);
  }

  @Override
  void delete(WrapperShell w, Object key) {
    throw denied(w, "delete", key);
  }

  @Override
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    List<Object> keys = new ArrayList<>();
    if (window) {
      int frames = ((CrossOriginWindow) w.target).frameCount();
      for (int i = 0; i < frames; i++) {
        keys.add(i);
      }
    }
    if (nonEnumerable) {
      if (window) {
        keys.addAll(WINDOW_GETTERS);
        keys.addAll(WINDOW_METHODS);
      } else {
        keys.add("href");
        keys.addAll(LOCATION_METHODS);
      }
      keys.add("then");
      if (symbols) {
        keys.add(SymbolKey.TO_STRING_TAG);
        keys.add(SymbolKey.HAS_INSTANCE);
        keys.add(SymbolKey.IS_CONCAT_SPREADABLE);
      }
    }
    return keys.toArray();
  }

  @Override
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    if (!window && "href".equals(key)) {
      return new DescriptorInfo(false, Scriptable.NOT_FOUND, true, Undefined.instance, function(w, "set href"), Scriptable.NOT_FOUND);
    }
    Object value = allowedValue(w, key);
    if (value == Scriptable.NOT_FOUND) {
      throw denied(w, "access", key);
    }
    if (window && key instanceof String && WINDOW_GETTERS.contains(key)) {
      // HTML's CrossOriginGetOwnPropertyHelper: attributes are accessors of the caller's realm,
      // location with a setter, the others getter-only.
      Object setter = "location".equals(key) ? function(w, "set location") : Undefined.instance;
      return new DescriptorInfo(false, Scriptable.NOT_FOUND, true, function(w, "get " + key), setter, Scriptable.NOT_FOUND);
    }
    return new DescriptorInfo(key instanceof Integer, false, true, value);
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    throw denied(w, "define", key);
  }

  @Override
  void setPrototype(WrapperShell w, Scriptable prototype) {
    if (prototype != null) {
      throw Errors.typeError("can't set prototype of a cross-origin object");
    }
  }

  @Override
  boolean preventExtensions(WrapperShell w) {
    throw Errors.typeError("can't prevent extensions on a cross-origin object");
  }
}
