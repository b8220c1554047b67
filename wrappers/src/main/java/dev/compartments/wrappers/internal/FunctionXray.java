package dev.compartments.wrappers.internal;

import java.util.List;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * Xrays of functions: {@code length}, {@code name}, and for standard constructors {@code prototype}
 * (the target global's standard prototype, through an Xray) and the statics of the viewer's own
 * constructor of that class. Calling runs the real function with the arguments wrapped for its
 * compartment. Anything else the viewer sets is an expando.
 */
final class FunctionXray extends XrayHandler {
  static final FunctionXray INSTANCE = new FunctionXray();

  private static String standardClass(WrapperShell w) {
    return GlobalState.of(w.target).constructorClass(w.target);
  }

  @Override
  DescriptorInfo nativeDescriptor(WrapperShell w, Object key) {
    if ("length".equals(key)) {
      int length = w.target instanceof BaseFunction ? ((BaseFunction) w.target).getLength() : 0;
      return readOnly(length);
    }
    if ("name".equals(key)) {
      return readOnly(w.target instanceof BaseFunction ? FunctionNames.xrayName((BaseFunction) w.target) : "");
    }
    String standard = standardClass(w);
    if (standard == null) {
      return null;
    }
    if ("prototype".equals(key)) {
      Scriptable prototype = GlobalState.of(w.target).prototype(standard);
      return prototype == null ? null : new DescriptorInfo(false, false, false, w.toViewer(prototype));
    }
    GlobalState viewer = GlobalState.ofOrNull(w.getParentScope());
    Scriptable constructor = viewer == null ? null : viewer.constructor(standard);
    if (constructor == null || !Props.hasOwn(constructor, key)) {
      return null;
    }
    DescriptorInfo desc = viewer.ownDescriptor(Context.getCurrentContext(), constructor, key);
    return desc == null || desc.isAccessorDescriptor() ? null : desc;
  }

  @Override
  List<Object> nativeKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    List<Object> keys = keys("length", "name");
    String standard = standardClass(w);
    if (standard != null && nonEnumerable) {
      keys.add("prototype");
      GlobalState viewer = GlobalState.ofOrNull(w.getParentScope());
      Scriptable constructor = viewer == null ? null : viewer.constructor(standard);
      if (constructor != null) {
        for (Object key : viewer.ownKeys(Context.getCurrentContext(), constructor)) {
          if (!keys.contains(key) && nativeDescriptor(w, key) != null
              && (symbols || !(key instanceof org.mozilla.javascript.Symbol))) {
            keys.add(key);
          }
        }
      }
    }
    return nonEnumerable ? keys : List.of();
  }

  @Override
  Object call(WrapperShell w, Context cx, Scriptable thisObj, Object[] args) {
    return TransparentHandler.TRANSPARENT.call(w, cx, thisObj, args);
  }

  @Override
  Scriptable construct(WrapperShell w, Context cx, Object[] args) {
    return TransparentHandler.TRANSPARENT.construct(w, cx, args);
  }
}
