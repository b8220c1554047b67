package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CrossOriginWindow;
import dev.compartments.wrappers.HostMember;
import dev.compartments.wrappers.HostObject;
import dev.compartments.wrappers.WrapperKind;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.SerializableCallable;
import org.mozilla.javascript.Undefined;

/**
 * Xrays of host native objects (Java-defined classes, Windows, Locations): the viewer sees exactly
 * the members the object's class declares ({@link HostObject#hostMember}), never what the object's
 * scripts added to it or to its prototype. A Window also shows its child frames, by index and,
 * after the viewer's expandos, by name.
 *
 * <p>Methods are enumerable, non-writable own properties whose values are functions of the
 * viewer's global, one per (class, member) and so stable in identity across every object of the
 * class; called on an Xray they run the class's native function on its target, with arguments
 * wrapped for the target and the result wrapped for the viewer (see {@link Natives#callOnXray}).
 * Accessors are own accessor properties whose getter and setter are such viewer functions. Writes
 * go to a declared setter; writes to other declared members are ignored; anything else the viewer
 * sets is an expando ({@link Expandos}).
 *
 * <p>{@code postMessage} of a Window is sent through {@link CrossOriginWindow#postMessage} with the
 * viewer as sender, so the window learns who posted, as it does through a cross-origin wrapper.
 *
 * <p>The viewer functions hold no reference to any target: they look the member up on the object
 * they are called on, so a viewer global keeps no other compartment alive.
 */
final class HostXray extends XrayHandler {
  static final HostXray INSTANCE = new HostXray();

  /** Which part of a member a viewer function stands for. */
  private enum Part {
    METHOD,
    GETTER,
    SETTER
  }

  private HostXray() {}

  private static HostObject host(WrapperShell w) {
    return (HostObject) w.target;
  }

  private static String className(Scriptable target) {
    return target.getClassName();
  }

  @Override
  String className(WrapperShell w) {
    return className(w.target);
  }

  /** The declared member {@code key}, or null. */
  private static HostMember member(WrapperShell w, Object key) {
    return key instanceof String ? host(w).hostMember((String) key) : null;
  }

  private static Scriptable frame(WrapperShell w, Object key) {
    if (key instanceof Integer && w.target instanceof CrossOriginWindow) {
      return ((CrossOriginWindow) w.target).frame((Integer) key);
    }
    return null;
  }

  @Override
  Object nativeGet(WrapperShell w, Object key, Scriptable start) {
    HostMember member = member(w, key);
    if (member != null) {
      if (member.isMethod()) {
        return viewerFunction(w, member.name(), Part.METHOD);
      }
      return Natives.callOnXray(Context.getCurrentContext(), w.getParentScope(), member.getter(), w, new Object[0]);
    }
    Scriptable frame = frame(w, key);
    return frame == null ? Scriptable.NOT_FOUND : w.toViewer(frame);
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    HostMember member = member(w, key);
    if (member != null) {
      if (member.isMethod()) {
        return new DescriptorInfo(true, false, true, viewerFunction(w, member.name(), Part.METHOD));
      }
      Object setter =
          member.setter() == null ? Undefined.instance : viewerFunction(w, member.name(), Part.SETTER);
      return new DescriptorInfo(
          true, Scriptable.NOT_FOUND, true, viewerFunction(w, member.name(), Part.GETTER), setter, Scriptable.NOT_FOUND);
    }
    Scriptable frame = frame(w, key);
    return frame == null ? null : new DescriptorInfo(true, false, true, w.toViewer(frame));
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    List<Object> keys = new ArrayList<>();
    if (w.target instanceof CrossOriginWindow) {
      int frames = ((CrossOriginWindow) w.target).frameCount();
      for (int i = 0; i < frames; i++) {
        keys.add(i);
      }
    }
    keys.addAll(host(w).hostMemberNames());
    return keys;
  }

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    Object value = super.get(w, key, start);
    if (value == Scriptable.NOT_FOUND) {
      Scriptable frame = namedFrame(w, key);
      if (frame != null) {
        return w.toViewer(frame);
      }
    }
    return value;
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    return super.has(w, key) || namedFrame(w, key) != null;
  }

  private static Scriptable namedFrame(WrapperShell w, Object key) {
    if (key instanceof String && w.target instanceof CrossOriginWindow) {
      return ((CrossOriginWindow) w.target).namedFrame((String) key);
    }
    return null;
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    HostMember member = member(w, key);
    if (member != null && member.setter() != null) {
      Natives.callOnXray(Context.getCurrentContext(), w.getParentScope(), member.setter(), w, new Object[] {value});
      return;
    }
    super.put(w, key, value);
  }

  /**
   * The viewer-global function for {@code part} of member {@code name} of the target's class:
   * created once per viewer global, class and member.
   */
  private static Object viewerFunction(WrapperShell w, String name, Part part) {
    GlobalState viewer = GlobalState.ofOrNull(w.getParentScope());
    if (viewer == null) {
      throw Errors.deniedProperty(name);
    }
    String cls = className(w.target);
    String cacheKey = "host:" + cls + "#" + name + "#" + part;
    return viewer.xrayMethods.computeIfAbsent(cacheKey, k -> newViewerFunction(viewer, cls, name, part));
  }

  private static Object newViewerFunction(GlobalState viewer, String cls, String name, Part part) {
    String functionName = part == Part.GETTER ? "get " + name : part == Part.SETTER ? "set " + name : name;
    int length = part == Part.SETTER ? 1 : 0;
    SerializableCallable body = (cx, scope, thisObj, args) -> invoke(cx, scope, cls, name, part, thisObj, args);
    return new LambdaFunction(viewer.global(), functionName, length, body);
  }

  /** Runs {@code part} of member {@code name} of class {@code cls} on {@code thisObj}. */
  private static Object invoke(
      Context cx, Scriptable scope, String cls, String name, Part part, Scriptable thisObj, Object[] args) {
    if (thisObj instanceof WrapperShell) {
      WrapperShell xray = (WrapperShell) thisObj;
      if (xray.kind() != WrapperKind.XRAY || !(xray.target instanceof HostObject) || !cls.equals(className(xray.target))) {
        throw notImplemented(cls, name);
      }
      xray.checkAlive();
      Callable fn = pick(((HostObject) xray.target).hostMember(name), part, cls, name);
      if (part == Part.METHOD && "postMessage".equals(name) && xray.target instanceof CrossOriginWindow) {
        return postMessage(xray, args);
      }
      return Natives.callOnXray(cx, scope, fn, xray, args);
    }
    if (thisObj instanceof HostObject && cls.equals(className(thisObj))) {
      // The viewer's own object of the same class: its own native, as it is.
      Callable fn = pick(((HostObject) thisObj).hostMember(name), part, cls, name);
      return fn.call(cx, scope, thisObj, args);
    }
    throw notImplemented(cls, name);
  }

  private static Callable pick(HostMember member, Part part, String cls, String name) {
    Callable fn = null;
    if (member != null) {
      fn = part == Part.METHOD ? member.method() : part == Part.GETTER ? member.getter() : member.setter();
    }
    if (fn == null) {
      throw notImplemented(cls, name);
    }
    return fn;
  }

  private static RuntimeException notImplemented(String cls, String name) {
    return Errors.typeError("'" + name + "' called on an object that does not implement interface " + cls + ".");
  }

  private static Object postMessage(WrapperShell xray, Object[] args) {
    if (args.length < 2) {
      throw Errors.typeError("Window.postMessage: At least 2 arguments required, but only " + args.length + " passed");
    }
    try {
      ((CrossOriginWindow) xray.target).postMessage(xray.viewer, args[0], ScriptRuntime.toString(args[1]));
    } catch (RuntimeException e) {
      throw xray.translate(e);
    }
    return Undefined.instance;
  }
}
