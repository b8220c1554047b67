package dev.compartments.wrappers.internal;

import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** Cheap tests of what kind of JavaScript value a Java object is. */
public final class Values {
  private Values() {}

  /**
   * Whether {@code value} is an object the membrane must wrap (not a primitive, nor Rhino's
   * scriptable stand-in for undefined). Class tests come first: on JDK 17 a failing {@code
   * instanceof} against an interface such as {@link Scriptable} rescans the class every time
   * (JDK-8180450), and most values that cross are primitives.
   */
  public static boolean isObject(Object value) {
    if (value instanceof ScriptableObject) {
      return value != Undefined.SCRIPTABLE_UNDEFINED;
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof ConsString
        || value == Undefined.instance) {
      return false;
    }
    return value instanceof Scriptable && value != Undefined.SCRIPTABLE_UNDEFINED;
  }
}
