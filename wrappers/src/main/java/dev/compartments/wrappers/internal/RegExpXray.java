package dev.compartments.wrappers.internal;

import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/** Xrays of RegExp instances: only {@code lastIndex} is own; methods and flags are the native ones. */
final class RegExpXray extends XrayHandler {
  static final RegExpXray INSTANCE = new RegExpXray();

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
