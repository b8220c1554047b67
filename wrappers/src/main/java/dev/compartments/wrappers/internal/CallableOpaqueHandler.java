package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * System functions seen by non-system code: property access is denied as for {@link
 * OpaqueHandler}, but calls and {@code new} go through, provided {@code this} and every argument
 * is a primitive, an object of the caller's own compartment, or an object the caller subsumes.
 */
final class CallableOpaqueHandler extends OpaqueHandler {
  static final CallableOpaqueHandler CALLABLE = new CallableOpaqueHandler();

  @Override
  public WrapperKind kind() {
    return WrapperKind.CALLABLE_OPAQUE;
  }

  @Override
  Object call(WrapperShell w, Context cx, Scriptable thisObj, Object[] args) {
    checkPassable(w, thisObj);
    for (Object arg : args) {
      checkPassable(w, arg);
    }
    return TransparentHandler.TRANSPARENT.call(w, cx, thisObj, args);
  }

  @Override
  Scriptable construct(WrapperShell w, Context cx, Object[] args) {
    for (Object arg : args) {
      checkPassable(w, arg);
    }
    return TransparentHandler.TRANSPARENT.construct(w, cx, args);
  }

  /** Refuses objects the caller neither owns nor subsumes. */
  static void checkPassable(WrapperShell w, Object value) {
    if (!Values.isObject(value)) {
      return;
    }
    Scriptable object = (Scriptable) value;
    if (object instanceof WrapperShell) {
      Compartment from = ((WrapperShell) object).owner;
      if (w.viewer.principal().subsumes(from.principal())) {
        return;
      }
    } else if (w.membrane().compartmentOf(object) == w.viewer) {
      return;
    }
    Audit.denied(w, null, "object passed to privileged code");
    throw Errors.error("Permission denied to pass object to privileged code");
  }
}
