package dev.compartments.wrappers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.Symbol;

/**
 * Xray expandos: properties a viewer sets on an Xray that does not write through. They live on the
 * target, in a holder per viewer origin, so every viewer of that origin sees them and nobody else
 * does: neither the target's own scripts, nor waivers, nor viewers of other origins. Values are kept
 * as the viewer that set them passed them and are wrapped for whichever viewer reads them.
 *
 * <p>Thread-safe: each target's table is guarded by its own lock.
 */
final class Expandos {
  private static final Object KEY = Expandos.class;

  private Expandos() {}

  /** One expando: a data value or an accessor pair, with its attributes. */
  record Entry(DescriptorInfo desc) {}

  /** The per-origin holders of one target. */
  static final class Table {
    final Map<String, LinkedHashMap<Object, Entry>> byOrigin = new HashMap<>();
    final Map<String, Object> prototypes = new HashMap<>();
  }

  private static Table table(WrapperShell w, boolean create) {
    if (!(w.target instanceof ScriptableObject)) {
      if (create) {
        throw Errors.deniedObject();
      }
      return null;
    }
    ScriptableObject target = (ScriptableObject) w.target;
    Table table = (Table) target.getAssociatedValue(KEY);
    if (table == null && create) {
      table = (Table) target.associateValue(KEY, new Table());
    }
    return table;
  }

  private static String origin(WrapperShell w) {
    return w.viewer.principal().origin();
  }

  static Entry find(WrapperShell w, Object key) {
    Table table = table(w, false);
    if (table == null) {
      return null;
    }
    synchronized (table) {
      Map<Object, Entry> holder = table.byOrigin.get(origin(w));
      return holder == null ? null : holder.get(key);
    }
  }

  /** The value of expando {@code key} for the viewer, calling its getter on {@code start}. */
  static Object get(WrapperShell w, Object key, Scriptable start) {
    Entry entry = find(w, key);
    if (entry == null) {
      return Scriptable.NOT_FOUND;
    }
    DescriptorInfo desc = entry.desc();
    if (desc.isAccessorDescriptor()) {
      Object getter = w.membrane().wrap(desc.getter, w.viewer);
      if (!(getter instanceof org.mozilla.javascript.Callable)) {
        return org.mozilla.javascript.Undefined.instance;
      }
      org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.getCurrentContext();
      return ((org.mozilla.javascript.Callable) getter).call(cx, w.getParentScope(), start, new Object[0]);
    }
    return w.membrane().wrap(desc.value, w.viewer);
  }

  /** The descriptor of expando {@code key} as the viewer sees it, or null. */
  static DescriptorInfo descriptor(WrapperShell w, Object key) {
    Entry entry = find(w, key);
    if (entry == null) {
      return null;
    }
    DescriptorInfo d = entry.desc();
    return new DescriptorInfo(
        d.enumerable,
        d.writable,
        d.configurable,
        d.getter == Scriptable.NOT_FOUND ? d.getter : w.membrane().wrap(d.getter, w.viewer),
        d.setter == Scriptable.NOT_FOUND ? d.setter : w.membrane().wrap(d.setter, w.viewer),
        d.value == Scriptable.NOT_FOUND ? d.value : w.membrane().wrap(d.value, w.viewer));
  }

  /** Sets expando {@code key} as an assignment would: through a setter, else as a data property. */
  static void put(WrapperShell w, Object key, Object value, Scriptable start) {
    Entry entry = find(w, key);
    if (entry != null && entry.desc().isAccessorDescriptor()) {
      Object setter = w.membrane().wrap(entry.desc().setter, w.viewer);
      if (setter instanceof org.mozilla.javascript.Callable) {
        org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.getCurrentContext();
        ((org.mozilla.javascript.Callable) setter).call(cx, w.getParentScope(), start, new Object[] {value});
      }
      return;
    }
    if (entry != null && entry.desc().isWritable(false)) {
      return;
    }
    define(w, key, new DescriptorInfo(true, true, true, value));
  }

  /** Defines expando {@code key}; values are kept as this viewer passed them. */
  static boolean define(WrapperShell w, Object key, DescriptorInfo desc) {
    Table table = table(w, true);
    synchronized (table) {
      LinkedHashMap<Object, Entry> holder =
          table.byOrigin.computeIfAbsent(origin(w), o -> new LinkedHashMap<>());
      Entry existing = holder.get(key);
      if (existing != null && existing.desc().isConfigurable(false)) {
        return false;
      }
      DescriptorInfo merged = desc;
      if (existing != null) {
        DescriptorInfo old = existing.desc();
        merged =
            new DescriptorInfo(
                desc.hasEnumerable() ? desc.enumerable : old.enumerable,
                desc.isAccessorDescriptor() ? Scriptable.NOT_FOUND
                    : desc.hasWritable() ? desc.writable : old.writable,
                desc.hasConfigurable() ? desc.configurable : old.configurable,
                desc.isAccessorDescriptor() ? desc.getter : Scriptable.NOT_FOUND,
                desc.isAccessorDescriptor() ? desc.setter : Scriptable.NOT_FOUND,
                desc.isAccessorDescriptor() ? Scriptable.NOT_FOUND
                    : desc.hasValue() ? desc.value : old.value);
      } else {
        merged =
            new DescriptorInfo(
                desc.isEnumerable(),
                desc.isAccessorDescriptor() ? Scriptable.NOT_FOUND : (Object) desc.isWritable(),
                desc.isConfigurable(),
                desc.getter,
                desc.setter,
                desc.isAccessorDescriptor()
                    ? Scriptable.NOT_FOUND
                    : desc.hasValue() ? desc.value : org.mozilla.javascript.Undefined.instance);
      }
      holder.put(key, new Entry(merged));
      return true;
    }
  }

  /** Deletes expando {@code key}; false if it is not configurable. */
  static boolean delete(WrapperShell w, Object key) {
    Table table = table(w, false);
    if (table == null) {
      return true;
    }
    synchronized (table) {
      Map<Object, Entry> holder = table.byOrigin.get(origin(w));
      if (holder == null) {
        return true;
      }
      Entry entry = holder.get(key);
      if (entry != null && entry.desc().isConfigurable(false)) {
        return false;
      }
      holder.remove(key);
      return true;
    }
  }

  /** The viewer's expando keys, in definition order. */
  static List<Object> keys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    Table table = table(w, false);
    List<Object> keys = new ArrayList<>();
    if (table == null) {
      return keys;
    }
    synchronized (table) {
      Map<Object, Entry> holder = table.byOrigin.get(origin(w));
      if (holder == null) {
        return keys;
      }
      for (Map.Entry<Object, Entry> e : holder.entrySet()) {
        if ((symbols || !(e.getKey() instanceof Symbol))
            && (nonEnumerable || e.getValue().desc().isEnumerable())) {
          keys.add(e.getKey());
        }
      }
    }
    return keys;
  }

  /** The prototype this viewer's origin set on the Xray, or null if none was set. */
  static Object prototype(WrapperShell w) {
    Table table = table(w, false);
    if (table == null) {
      return null;
    }
    synchronized (table) {
      return table.prototypes.get(origin(w));
    }
  }

  /** Records the prototype this viewer's origin sees; {@code Scriptable.NOT_FOUND} stands for null. */
  static void setPrototype(WrapperShell w, Object prototype) {
    Table table = table(w, true);
    synchronized (table) {
      table.prototypes.put(origin(w), prototype);
    }
  }
}
