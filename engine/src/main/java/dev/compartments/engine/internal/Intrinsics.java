package dev.compartments.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Native builtins that no script can reach or replace, for the structured clone: they read and
 * write the internal state of Date, Map and Set objects and unbox primitives, whatever the scripts
 * of the object's global did to its prototypes.
 *
 * <p>They live in a sealed standard-object scope private to this class, built once (with the first
 * context that asks) and never handed to a script. Rhino's native methods check only the Java class
 * of their {@code this}, so they work on objects of any global; the only objects they create are the
 * new Date, Map and Set of {@link #newDate}, {@link #newMap} and {@link #newSet}, which the caller
 * moves into its global before anyone sees them. Immutable; thread-safe.
 */
final class Intrinsics {
  private final Scriptable scope;
  private final Function dateConstructor;
  private final Function mapConstructor;
  private final Function setConstructor;
  private final Callable dateGetTime;
  private final Callable mapForEach;
  private final Callable mapSet;
  private final Callable setForEach;
  private final Callable setAdd;
  private final Callable booleanValueOf;
  private final Callable numberValueOf;
  private final Callable stringValueOf;
  private final Callable bigIntValueOf;
  private final Callable objectFreeze;

  private Intrinsics(Context cx) {
    ScriptableObject sealed = cx.initSafeStandardObjects(null, true);
    this.scope = sealed;
    this.dateConstructor = (Function) ScriptableObject.getProperty(sealed, "Date");
    this.mapConstructor = (Function) ScriptableObject.getProperty(sealed, "Map");
    this.setConstructor = (Function) ScriptableObject.getProperty(sealed, "Set");
    this.dateGetTime = method(sealed, "Date", "getTime");
    this.mapForEach = method(sealed, "Map", "forEach");
    this.mapSet = method(sealed, "Map", "set");
    this.setForEach = method(sealed, "Set", "forEach");
    this.setAdd = method(sealed, "Set", "add");
    this.booleanValueOf = method(sealed, "Boolean", "valueOf");
    this.numberValueOf = method(sealed, "Number", "valueOf");
    this.stringValueOf = method(sealed, "String", "valueOf");
    this.bigIntValueOf = method(sealed, "BigInt", "valueOf");
    Scriptable object = (Scriptable) ScriptableObject.getProperty(sealed, "Object");
    this.objectFreeze = (Callable) ScriptableObject.getProperty(object, "freeze");
  }

  /** Lazy, race-free initialization by the class loader. */
  private static final class Holder {
    static final Intrinsics INSTANCE = build();

    private static Intrinsics build() {
      Context current = Context.getCurrentContext();
      if (current != null) {
        return new Intrinsics(current);
      }
      try (Context cx = new ContextFactory().enterContext()) {
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        return new Intrinsics(cx);
      }
    }
  }

  /** The intrinsics, built on first use. */
  static Intrinsics get() {
    return Holder.INSTANCE;
  }

  private static Callable method(Scriptable scope, String constructor, String name) {
    Scriptable ctor = (Scriptable) ScriptableObject.getProperty(scope, constructor);
    Scriptable prototype = (Scriptable) ScriptableObject.getProperty(ctor, "prototype");
    return (Callable) ScriptableObject.getProperty(prototype, name);
  }

  private Object call(Context cx, Callable method, Scriptable thisObj, Object... args) {
    return method.call(cx, scope, thisObj, args);
  }

  /** The time value of a raw Date. */
  double timeOf(Context cx, Scriptable date) {
    return ((Number) call(cx, dateGetTime, date)).doubleValue();
  }

  /** A new Date of {@code time}, still in the private scope: re-parent it before anyone sees it. */
  ScriptableObject newDate(Context cx, double time) {
    return (ScriptableObject) dateConstructor.construct(cx, scope, new Object[] {time});
  }

  /** A new empty Map, still in the private scope: re-parent it before anyone sees it. */
  ScriptableObject newMap(Context cx) {
    return (ScriptableObject) mapConstructor.construct(cx, scope, ScriptRuntime.emptyArgs);
  }

  /** A new empty Set, still in the private scope: re-parent it before anyone sees it. */
  ScriptableObject newSet(Context cx) {
    return (ScriptableObject) setConstructor.construct(cx, scope, ScriptRuntime.emptyArgs);
  }

  /** The entries of a raw Map, as {key, value} pairs in insertion order (raw values). */
  List<Object[]> mapEntries(Context cx, Scriptable map) {
    List<Object[]> entries = new ArrayList<>();
    Callable collect =
        (c, s, thisObj, args) -> {
          entries.add(new Object[] {args[1], args[0]});
          return Undefined.instance;
        };
    call(cx, mapForEach, map, collect);
    return entries;
  }

  /** The values of a raw Set in insertion order (raw values). */
  List<Object> setValues(Context cx, Scriptable set) {
    List<Object> values = new ArrayList<>();
    Callable collect =
        (c, s, thisObj, args) -> {
          values.add(args[0]);
          return Undefined.instance;
        };
    call(cx, setForEach, set, collect);
    return values;
  }

  void mapSet(Context cx, Scriptable map, Object key, Object value) {
    call(cx, mapSet, map, key, value);
  }

  void setAdd(Context cx, Scriptable set, Object value) {
    call(cx, setAdd, set, value);
  }

  /** The primitive inside a boxed Boolean, Number, String or BigInt ({@code kind} is its class name). */
  Object unbox(Context cx, Scriptable boxed, String kind) {
    switch (kind) {
      case "Boolean":
        return call(cx, booleanValueOf, boxed);
      case "Number":
        return call(cx, numberValueOf, boxed);
      case "String":
        return call(cx, stringValueOf, boxed);
      case "BigInt":
        return call(cx, bigIntValueOf, boxed);
      default:
        throw new IllegalStateException("not a boxed primitive class: " + kind);
    }
  }

  /** {@code Object.freeze(object)}. */
  void freeze(Context cx, Scriptable object) {
    call(cx, objectFreeze, scope, object);
  }
}
