package dev.compartments.wrappers.internal;

import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/** Xrays of RegExp instances: only {@code lastIndex} is own; methods and flags are the native ones. */
final class RegExpXray extends XrayHandler {
  static final RegExpXray INSTANCE = new RegExpXray();

  /**
   * The pattern and flags. Rhino keeps them as read-only, permanent data properties of each
   * instance (no script can change them), so the Xray reads them there; they are not listed as own.
   */
  private static final Set<String> STATE =
      Set.of("source", "flags", "global", "ignoreCase", "multiline", "sticky", "unicode", "dotAll", "hasIndices");

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    if (key instanceof String && STATE.contains(key)) {
      DescriptorInfo desc = GlobalState.of(w.target).ownDescriptor(Context.getCurrentContext(), w.target, key);
      if (desc != null && !desc.isAccessorDescriptor() && desc.isConfigurable(false)
          && (desc.value instanceof Boolean || desc.value instanceof CharSequence)) {
        return desc.value instanceof CharSequence ? desc.value.toString() : desc.value;
      }
    }
    return super.get(w, key, start);
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if (!"lastIndex".equals(key)) {
      return null;
    }
    DescriptorInfo desc = GlobalState.of(w.target).ownDescriptor(Context.getCurrentContext(), w.target, key);
    if (desc == null || desc.isAccessorDescriptor() || !(desc.value instanceof Number)) {
      return null;
    }
    return new DescriptorInfo(false, true, false, desc.value);
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    return nonEnumerable && nativeDescriptor(w, "lastIndex") != null ? List.of("lastIndex") : List.of();
  }
}
