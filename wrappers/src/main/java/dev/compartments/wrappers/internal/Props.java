package dev.compartments.wrappers.internal;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.SymbolScriptable;

/** Property operations on a raw object, by handler key (String, Integer index or Symbol). */
final class Props {
  private Props() {}

  /** The value of {@code key} on {@code object} or its prototypes, or {@link Scriptable#NOT_FOUND}. */
  static Object get(Scriptable object, Object key) {
    if (key instanceof String) {
      return ScriptableObject.getProperty(object, (String) key);
    }
    if (key instanceof Integer) {
      return ScriptableObject.getProperty(object, (Integer) key);
    }
    return ScriptableObject.getProperty(object, (Symbol) key);
  }

  /** Whether {@code object} has the own property {@code key}. */
  static boolean hasOwn(Scriptable object, Object key) {
    if (key instanceof String) {
      return object.has((String) key, object);
    }
    if (key instanceof Integer) {
      return object.has((Integer) key, object);
    }
    return object instanceof SymbolScriptable && ((SymbolScriptable) object).has((Symbol) key, object);
  }

  /** Whether {@code object} or one of its prototypes has {@code key}. */
  static boolean hasAny(Scriptable object, Object key) {
    if (key instanceof String) {
      return ScriptableObject.hasProperty(object, (String) key);
    }
    if (key instanceof Integer) {
      return ScriptableObject.hasProperty(object, (Integer) key);
    }
    return ScriptableObject.hasProperty(object, (Symbol) key);
  }

  /** Sets {@code key} on {@code object} as an assignment would. */
  static void put(Scriptable object, Object key, Object value) {
    if (key instanceof String) {
      ScriptableObject.putProperty(object, (String) key, value);
    } else if (key instanceof Integer) {
      ScriptableObject.putProperty(object, (Integer) key, value);
    } else {
      ScriptableObject.putProperty(object, (Symbol) key, value);
    }
  }

  /** Deletes the own property {@code key} of {@code object}. */
  static void delete(Scriptable object, Object key) {
    if (key instanceof String) {
      ScriptableObject.deleteProperty(object, (String) key);
    } else if (key instanceof Integer) {
      ScriptableObject.deleteProperty(object, (Integer) key);
    } else {
      ScriptableObject.deleteProperty(object, (Symbol) key);
    }
  }
}
