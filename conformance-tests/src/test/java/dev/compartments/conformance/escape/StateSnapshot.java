package dev.compartments.conformance.escape;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The raw state of one global, taken by Java so that no script runs: its own properties and those
 * of every raw object of its compartment up to {@link #DEPTH} steps from it (the standard
 * constructors and prototypes among them), each with its value, getter, setter and attributes
 * compared by identity, plus each object's prototype and extensibility.
 *
 * <p>It reads with the global's own {@code Reflect.ownKeys} and {@code Object.getOwnPropertyDescriptor},
 * captured before any hostile script ran ({@link Reader}), so a script that replaced them cannot
 * fool it. Not thread-safe; use it on the thread that runs the case, with its context entered.
 */
final class StateSnapshot {
  /** How many steps from the global the snapshot reaches: the global, its values, their values. */
  static final int DEPTH = 2;

  /** One own property as it was: values compared by identity (primitives by equality). */
  private record Prop(Object value, Object getter, Object setter, String flags) {
    boolean same(Prop other) {
      return same(value, other.value) && same(getter, other.getter) && same(setter, other.setter)
          && flags.equals(other.flags);
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof Scriptable || b instanceof Scriptable) {
        return a == b;
      }
      if (a instanceof Double && b instanceof Double && ((Double) a).isNaN() && ((Double) b).isNaN()) {
        return true;
      }
      return Objects.equals(a, b) || (a instanceof Number && b instanceof Number
          && ((Number) a).doubleValue() == ((Number) b).doubleValue());
    }
  }

  /** One object's state. */
  private record ObjectState(String path, Object prototype, boolean extensible, Map<Object, Prop> props) {}

  /** The builtins of a global that read raw objects, captured when the global was made. */
  static final class Reader {
    private final Scriptable global;
    private final Callable ownKeys;
    private final Callable getOwnPropertyDescriptor;

    Reader(Scriptable global) {
      this.global = global;
      Scriptable reflect = (Scriptable) ScriptableObject.getProperty(global, "Reflect");
      Scriptable object = (Scriptable) ScriptableObject.getProperty(global, "Object");
      this.ownKeys = (Callable) ScriptableObject.getProperty(reflect, "ownKeys");
      this.getOwnPropertyDescriptor = (Callable) ScriptableObject.getProperty(object, "getOwnPropertyDescriptor");
    }

    Object[] keys(Context cx, Scriptable object) {
      Scriptable array = (Scriptable) ownKeys.call(cx, global, global, new Object[] {object});
      int length = ((Number) ScriptableObject.getProperty(array, "length")).intValue();
      Object[] keys = new Object[length];
      for (int i = 0; i < length; i++) {
        keys[i] = ScriptableObject.getProperty(array, i);
      }
      return keys;
    }

    Prop prop(Context cx, Scriptable object, Object key) {
      Object desc = getOwnPropertyDescriptor.call(cx, global, global, new Object[] {object, key});
      if (!(desc instanceof Scriptable)) {
        return null;
      }
      Scriptable d = (Scriptable) desc;
      return new Prop(
          field(d, "value"),
          field(d, "get"),
          field(d, "set"),
          flag(d, "writable", 'w') + flag(d, "enumerable", 'e') + flag(d, "configurable", 'c'));
    }

    private static Object field(Scriptable desc, String name) {
      Object value = ScriptableObject.getProperty(desc, name);
      return value == Scriptable.NOT_FOUND ? Undefined.instance : value;
    }

    private static String flag(Scriptable desc, String name, char letter) {
      return Boolean.TRUE.equals(ScriptableObject.getProperty(desc, name)) ? String.valueOf(letter) : "-";
    }
  }

  private final Map<Scriptable, ObjectState> states;

  private StateSnapshot(Map<Scriptable, ObjectState> states) {
    this.states = states;
  }

  /**
   * The state of {@code global} and the raw objects of {@code compartment} it reaches, and of
   * {@code moreRoots} (raw objects of the compartment reachable otherwise, such as those given to
   * another compartment), except the values of the global's own properties named in {@code
   * skipped} (whose identity alone is kept).
   */
  static StateSnapshot take(
      Context cx,
      Reader reader,
      Membrane membrane,
      Compartment compartment,
      Scriptable global,
      Map<String, Scriptable> moreRoots,
      Set<String> skipped) {
    Map<Scriptable, ObjectState> states = new IdentityHashMap<>();
    List<Object[]> queue = new ArrayList<>();
    queue.add(new Object[] {global, "global", 0});
    // Objects given away: one step from the global in depth, so their own values are recorded too.
    moreRoots.forEach((name, root) -> queue.add(new Object[] {root, name, 1}));
    for (int i = 0; i < queue.size(); i++) {
      Scriptable object = (Scriptable) queue.get(i)[0];
      String path = (String) queue.get(i)[1];
      int depth = (Integer) queue.get(i)[2];
      if (states.containsKey(object) || !(object instanceof ScriptableObject)) {
        // Rhino's few Scriptables that are not ScriptableObjects hold no properties of their own.
        continue;
      }
      Map<Object, Prop> props = new LinkedHashMap<>();
      for (Object key : reader.keys(cx, object)) {
        Prop prop = reader.prop(cx, object, key);
        if (prop == null) {
          continue;
        }
        props.put(key, prop);
        boolean skip = depth == 0 && skipped.contains(String.valueOf(key));
        if (depth + 1 <= DEPTH && !skip) {
          for (Object value : new Object[] {prop.value, prop.getter, prop.setter}) {
            if (value instanceof ScriptableObject
                && !Wrappers.isWrapper(value)
                && membrane.compartmentOf((Scriptable) value) == compartment) {
              queue.add(new Object[] {value, path + "." + key, depth + 1});
            }
          }
        }
      }
      boolean extensible = ((ScriptableObject) object).isExtensible();
      states.put(object, new ObjectState(path, object.getPrototype(), extensible, props));
    }
    return new StateSnapshot(states);
  }

  /** What differs between this snapshot and a later one of the same objects, one line each. */
  List<String> changesSince(Context cx, Reader reader) {
    List<String> changes = new ArrayList<>();
    for (Map.Entry<Scriptable, ObjectState> e : states.entrySet()) {
      Scriptable object = e.getKey();
      ObjectState before = e.getValue();
      if (object.getPrototype() != before.prototype()) {
        changes.add(before.path() + ": [[Prototype]] changed");
      }
      boolean extensible = ((ScriptableObject) object).isExtensible();
      if (extensible != before.extensible()) {
        changes.add(before.path() + ": extensibility changed");
      }
      Map<Object, Prop> now = new LinkedHashMap<>();
      for (Object key : reader.keys(cx, object)) {
        Prop prop = reader.prop(cx, object, key);
        if (prop != null) {
          now.put(key, prop);
        }
      }
      for (Map.Entry<Object, Prop> p : before.props().entrySet()) {
        Prop after = now.get(p.getKey());
        if (after == null) {
          changes.add(before.path() + "." + p.getKey() + " was deleted");
        } else if (!p.getValue().same(after)) {
          changes.add(before.path() + "." + p.getKey() + " changed");
        }
      }
      for (Object key : now.keySet()) {
        if (!before.props().containsKey(key)) {
          changes.add(before.path() + "." + key + " was added");
        }
      }
    }
    return changes;
  }
}
