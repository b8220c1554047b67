package dev.compartments.wrappers.internal;

import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** Reading Rhino's own slots without running any script. */
final class Slots {
  private Slots() {}

  /** Whether the own property {@code name} (or {@code index} when name is null) has a getter or setter. */
  static boolean isAccessor(ScriptableObject object, String name, int index) {
    return isAccessorValue(object.getGetterOrSetter(name, index, object, false))
        || isAccessorValue(object.getGetterOrSetter(name, index, object, true));
  }

  static boolean isAccessorValue(Object getterOrSetter) {
    return getterOrSetter != null && !Undefined.isUndefined(getterOrSetter);
  }
}
