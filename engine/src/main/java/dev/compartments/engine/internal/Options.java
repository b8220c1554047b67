package dev.compartments.engine.internal;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Reads an options object as Gecko's {@code OptionsBase} does: an absent property gives the
 * default, a property of the wrong type throws {@code Expected a boolean value for property X}
 * (or object, string, number).
 */
final class Options {
  private final Scriptable object;

  private Options(Scriptable object) {
    this.object = object;
  }

  /** Options from {@code value}: undefined or null give every default; a non-object is an error. */
  static Options of(Object value) {
    if (value == null || Undefined.isUndefined(value)) {
      return new Options(null);
    }
    if (!(value instanceof Scriptable)) {
      throw ScriptRuntime.constructError("Error", "Invalid argument");
    }
    return new Options((Scriptable) value);
  }

  private Object raw(String name) {
    if (object == null) {
      return Undefined.instance;
    }
    Object value = ScriptableObject.getProperty(object, name);
    return value == Scriptable.NOT_FOUND ? Undefined.instance : value;
  }

  boolean has(String name) {
    return !Undefined.isUndefined(raw(name));
  }

  boolean bool(String name, boolean defaultValue) {
    Object value = raw(name);
    if (Undefined.isUndefined(value)) {
      return defaultValue;
    }
    if (!(value instanceof Boolean)) {
      throw expected("a boolean", name);
    }
    return (Boolean) value;
  }

  String string(String name, String defaultValue) {
    Object value = raw(name);
    if (Undefined.isUndefined(value)) {
      return defaultValue;
    }
    if (!(value instanceof CharSequence)) {
      throw expected("a string", name);
    }
    return value.toString();
  }

  Scriptable object(String name) {
    Object value = raw(name);
    if (Undefined.isUndefined(value)) {
      return null;
    }
    if (!(value instanceof Scriptable)) {
      throw expected("an object", name);
    }
    return (Scriptable) value;
  }

  int integer(String name, int defaultValue) {
    Object value = raw(name);
    if (Undefined.isUndefined(value)) {
      return defaultValue;
    }
    if (!(value instanceof Number) || ((Number) value).doubleValue() != (int) ((Number) value).doubleValue()) {
      throw expected("an integer", name);
    }
    return ((Number) value).intValue();
  }

  Object any(String name) {
    return raw(name);
  }

  static RuntimeException expected(String what, String name) {
    return ScriptRuntime.constructError("Error", "Expected " + what + " value for property " + name);
  }
}
