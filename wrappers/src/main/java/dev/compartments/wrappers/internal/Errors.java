package dev.compartments.wrappers.internal;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/** The errors the membrane throws into scripts, worded as Gecko words them. */
public final class Errors {
  /**
   * Every error made here, weakly and by identity: it tells the membrane's own errors, meant for the
   * script that caused them, from errors the engine raised in another compartment's code.
   */
  private static final java.util.Set<EcmaError> OWN =
      java.util.Collections.newSetFromMap(new com.google.common.collect.MapMaker().weakKeys().<EcmaError, Boolean>makeMap());

  private Errors() {}

  /** An error of {@code name} with {@code message}, at the script position now running, marked as the membrane's. */
  private static EcmaError make(String name, String message) {
    EcmaError error = ScriptRuntime.constructError(name, message);
    OWN.add(error);
    return error;
  }

  /** An error of {@code name} with {@code message}, at the script position now running. */
  static EcmaError relocated(String name, String message) {
    return make(name, message);
  }

  /** Whether {@code e} is an error the membrane made (a denial, a dead wrapper, the generic error). */
  static boolean isOwn(RuntimeException e) {
    return e instanceof EcmaError && OWN.contains(e);
  }

  /** {@code Error: Permission denied to access property "x"}. */
  public static EcmaError deniedProperty(Object key) {
    return make("Error", "Permission denied to access property \"" + Keys.name(key) + "\"");
  }

  /** {@code Error: Permission denied to access object}. */
  public static EcmaError deniedObject() {
    return make("Error", "Permission denied to access object");
  }

  /** {@code Error: <message>}. */
  public static EcmaError error(String message) {
    return make("Error", message);
  }

  /** {@code TypeError: <message>}. */
  public static EcmaError typeError(String message) {
    return make("TypeError", message);
  }

  /** {@code TypeError: can't access dead object}. */
  public static EcmaError dead() {
    return make("TypeError", "can't access dead object");
  }

  /** The generic error a script gets for an exception it may not see. */
  public static EcmaError generic() {
    return make("Error", "An exception was thrown");
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
