package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.ObjectKind;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;

/** A {@link WrapperShell} for a callable target: {@code typeof} is "function", calls go to the handler. */
final class FunctionShell extends WrapperShell implements Function {
  private static final long serialVersionUID = 1L;

  FunctionShell(
      Scriptable viewerGlobal,
      Scriptable target,
      Compartment viewer,
      Compartment owner,
      Handler handler,
      ObjectKind objectKind,
      String xrayClass) {
    super(viewerGlobal, target, viewer, owner, handler, objectKind, xrayClass);
  }

  @Override
  public String getTypeOf() {
    return "function";
  }

  @Override
  public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.call(this, cx, thisObj, args);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public Scriptable construct(Context cx, Scriptable scope, Object[] args) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.construct(this, cx, args);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }
}
