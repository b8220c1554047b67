package dev.compartments.wrappers.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Slot;
import org.mozilla.javascript.SlotMap;
import org.mozilla.javascript.Undefined;

/** Reading Rhino's own slots without running any script. */
final class Slots {
  /** What {@link #dataValue} answers for a property that is not a plain data slot. */
  static final Object NOT_DATA = new Object();

  /** {@code SlotMapOwner.getMap()}, package-private in Rhino; null where it cannot be reached. */
  private static final MethodHandle GET_MAP;

  static {
    MethodHandle getMap = null;
    try {
      Class<?> owner = Class.forName("org.mozilla.javascript.SlotMapOwner", false, ScriptableObject.class.getClassLoader());
      getMap =
          MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
              .findVirtual(owner, "getMap", MethodType.methodType(SlotMap.class))
              .asType(MethodType.methodType(SlotMap.class, ScriptableObject.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      getMap = null;
    }
    GET_MAP = getMap;
  }

  private Slots() {}

  /**
   * The own property {@code name} of a plain object, in one slot query: its value if it is a plain
   * data slot, {@link Scriptable#NOT_FOUND} if there is no such slot, {@link #NOT_DATA} for
   * anything else (an accessor, a lazily made or built-in slot), and for names that look like
   * array indices (Rhino keeps those as index slots).
   */
  static Object dataValue(ScriptableObject object, String name) {
    if (maybeIndexName(name)) {
      return NOT_DATA;
    }
    SlotMap map;
    try {
      map = (SlotMap) GET_MAP.invokeExact(object);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    Slot slot = map.query(name, 0);
    if (slot == null) {
      return Scriptable.NOT_FOUND;
    }
    return slot.getClass() == Slot.class ? slot.getValue(object) : NOT_DATA;
  }

  /**
   * The own data property {@code name} (or {@code index} when name is null) of a plain object or
   * array, read without running anything: its value, {@link Scriptable#NOT_FOUND} if there is no
   * such property, or {@link #NOT_DATA} for an accessor or a slot Rhino makes or computes itself.
   */
  static Object ownData(ScriptableObject object, String name, int index) {
    if (name != null && object.getClass() == org.mozilla.javascript.NativeObject.class) {
      Object value = dataValue(object, name);
      if (value != NOT_DATA || !maybeIndexName(name)) {
        return value;
      }
    }
    if (!(name != null ? object.has(name, object) : object.has(index, object))) {
      return Scriptable.NOT_FOUND;
    }
    if (isAccessor(object, name, index)) {
      return NOT_DATA;
    }
    return name != null ? object.get(name, object) : object.get(index, object);
  }

  private static boolean maybeIndexName(String name) {
    return GET_MAP == null || name.isEmpty() || Character.isDigit(name.charAt(0)) || name.charAt(0) == '-';
  }

  /** Whether the own property {@code name} (or {@code index} when name is null) has a getter or setter. */
  static boolean isAccessor(ScriptableObject object, String name, int index) {
    return isAccessorValue(object.getGetterOrSetter(name, index, object, false))
        || isAccessorValue(object.getGetterOrSetter(name, index, object, true));
  }

  static boolean isAccessorValue(Object getterOrSetter) {
    return getterOrSetter != null && !Undefined.isUndefined(getterOrSetter);
  }
}
