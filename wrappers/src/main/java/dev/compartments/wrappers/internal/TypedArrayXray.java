package dev.compartments.wrappers.internal;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.typedarrays.NativeTypedArrayView;

/**
 * Xrays of typed arrays: the keys are the indices, but reading or writing an element throws, as in
 * Gecko: copy the data across with {@code cloneInto}. {@code length} and the methods are native.
 */
final class TypedArrayXray extends XrayHandler {
  static final TypedArrayXray INSTANCE = new TypedArrayXray();
  static final String MESSAGE =
      "Accessing TypedArray data over Xrays is slow, and forbidden in order to encourage"
          + " performant code. To copy TypedArrays across origin boundaries, consider using"
          + " Components.utils.cloneInto().";

  @Override
  Object get(WrapperShell w, Object key, Scriptable start) {
    if (key instanceof Integer) {
      throw Errors.error(MESSAGE);
    }
    return super.get(w, key, start);
  }

  @Override
  void put(WrapperShell w, Object key, Object value) {
    if (key instanceof Integer) {
      throw Errors.error(MESSAGE);
    }
    super.put(w, key, value);
  }

  @Override
  boolean has(WrapperShell w, Object key) {
    if (key instanceof Integer) {
      int index = (Integer) key;
      return index >= 0 && index < length(w);
    }
    return super.has(w, key);
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if (key instanceof Integer) {
      throw Errors.error(MESSAGE);
    }
    return null;
  }

  @Override
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    if (key instanceof Integer) {
      throw Errors.error(MESSAGE);
    }
    return super.defineOwnProperty(w, key, desc);
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    int length = length(w);
    List<Object> keys = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      keys.add(i);
    }
    return keys;
  }

  private static int length(WrapperShell w) {
    return w.target instanceof NativeTypedArrayView ? ((NativeTypedArrayView<?>) w.target).size() : 0;
  }
}
