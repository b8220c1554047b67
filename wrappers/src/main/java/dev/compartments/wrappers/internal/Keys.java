package dev.compartments.wrappers.internal;

import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Symbol;

/**
 * Property keys as the handlers see them: a {@link String}, an {@link Integer} index, or a {@link
 * Symbol}.
 */
final class Keys {
  private Keys() {}

  /** Normalizes any JavaScript property key value to a handler key. */
  static Object normalize(Object id) {
    if (id instanceof Symbol) {
      return id;
    }
    if (id instanceof Integer) {
      return id;
    }
    if (id instanceof Number) {
      double d = ((Number) id).doubleValue();
      if (d >= 0 && d <= Integer.MAX_VALUE && d == (int) d) {
        return Integer.valueOf((int) d);
      }
    }
    String name = ScriptRuntime.toString(id);
    int index = arrayIndex(name);
    return index >= 0 ? Integer.valueOf(index) : name;
  }

  /** The int the canonical decimal string {@code name} spells, or -1 if it spells none. */
  private static int arrayIndex(String name) {
    int length = name.length();
    if (length == 0 || length > 10 || (length > 1 && name.charAt(0) == '0')) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= Integer.MAX_VALUE ? (int) value : -1;
  }

  /** The key as Gecko names it in messages: the string, the index, or {@code Symbol.x}. */
  static String name(Object key) {
    if (key instanceof Symbol) {
      String text = key.toString();
      if (text.startsWith("Symbol(") && text.endsWith(")")) {
        return text.substring("Symbol(".length(), text.length() - 1);
      }
      return text;
    }
    return String.valueOf(key);
  }
}
