package dev.compartments.wrappers.internal;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/** The errors the membrane throws into scripts, worded as Gecko words them. */
public final class Errors {
  private Errors() {}

  /** {@code Error: Permission denied to access property "x"}. */
  public static EcmaError deniedProperty(Object key) {
    return ScriptRuntime.constructError(
        "Error", "Permission denied to access property \"" + Keys.name(key) + "\"");
  }

  /** {@code Error: Permission denied to access object}. */
  public static EcmaError deniedObject() {
    return ScriptRuntime.constructError("Error", "Permission denied to access object");
  }

  /** {@code Error: <message>}. */
  public static EcmaError error(String message) {
    return ScriptRuntime.constructError("Error", message);
  }

  /** {@code TypeError: <message>}. */
  public static EcmaError typeError(String message) {
    return ScriptRuntime.typeError(message);
  }

  /** {@code TypeError: can't access dead object}. */
  public static EcmaError dead() {
    return ScriptRuntime.typeError("can't access dead object");
  }

  /** The generic error a script gets for an exception it may not see. */
  public static EcmaError generic() {
    return ScriptRuntime.constructError("Error", "An exception was thrown");
  }

  /**
   * A {@code SecurityError} DOMException-like error (name {@code SecurityError}, code 18) made in
   * {@code scope}'s global, thrown as a JavaScript exception.
   */
  public static JavaScriptException securityError(Scriptable scope, String message) {
    Context cx = Context.getCurrentContext();
    Scriptable top = ScriptableObject.getTopLevelScope(scope);
    Scriptable error = cx.newObject(top, "Error", new Object[] {message});
    ScriptableObject.defineProperty(error, "name", "SecurityError", ScriptableObject.DONTENUM);
    ScriptableObject.defineProperty(error, "code", 18, ScriptableObject.DONTENUM);
    return new JavaScriptException(error, null, 0);
  }
}
