package dev.compartments.engine.internal;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * A function of a global implemented in Java, for the engine's builtins ({@code Cu.*}, {@code
 * Host.*}). Its body never lets a Java exception reach the script: anything but a script error
 * becomes {@code Error: An exception was thrown}, and an {@link IllegalArgumentException} (a caller
 * mistake) becomes an {@code Error} with its message.
 */
public final class NativeFn extends BaseFunction {
  private static final long serialVersionUID = 1L;

  /** The body of a native function. */
  @FunctionalInterface
  public interface Body {
    Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args);
  }

  private final String name;
  private final int length;
  private final transient Body body;
  private final boolean constructible;

  private NativeFn(Scriptable global, String name, int length, Body body, boolean constructible) {
    super(global, ScriptableObject.getFunctionPrototype(global));
    this.name = name;
    this.length = length;
    this.body = body;
    this.constructible = constructible;
  }

  /** A plain function {@code name} of {@code global}. */
  public static NativeFn of(Scriptable global, String name, int length, Body body) {
    return new NativeFn(global, name, length, body, false);
  }

  /** A function that {@code new} may also call, with the same body. */
  public static NativeFn constructible(Scriptable global, String name, int length, Body body) {
    return new NativeFn(global, name, length, body, true);
  }

  /** Defines {@code name} on {@code holder} as a non-enumerable native function. */
  public static NativeFn define(Scriptable global, Scriptable holder, String name, int length, Body body) {
    NativeFn fn = of(global, name, length, body);
    ScriptableObject.defineProperty(holder, name, fn, ScriptableObject.DONTENUM);
    return fn;
  }

  @Override
  public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
    return guard(() -> body.call(cx, ScriptableObject.getTopLevelScope(this), thisObj, args));
  }

  @Override
  public Scriptable construct(Context cx, Scriptable scope, Object[] args) {
    if (!constructible) {
      throw ScriptRuntime.typeError(name + " is not a constructor");
    }
    Object result = call(cx, scope, null, args);
    if (!(result instanceof Scriptable)) {
      throw ScriptRuntime.typeError(name + " did not construct an object");
    }
    return (Scriptable) result;
  }

  /** Runs {@code action}, letting script errors through and hiding every Java failure. */
  public static Object guard(java.util.function.Supplier<Object> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      throw scriptError(e);
    }
  }

  /**
   * What a script sees of {@code e}, thrown by Java code a script called: Rhino's own script
   * errors as they are, a caller mistake ({@code IllegalArgumentException}, a denial) as an Error
   * with its message, anything else as the generic {@code Error: An exception was thrown}.
   */
  public static RuntimeException scriptError(RuntimeException e) {
    if (e instanceof org.mozilla.javascript.RhinoException) {
      if (e instanceof org.mozilla.javascript.WrappedException) {
        return ScriptRuntime.constructError("Error", "An exception was thrown");
      }
      return e;
    }
    if (e instanceof IllegalArgumentException || e instanceof dev.compartments.wrappers.PermissionDeniedException) {
      return ScriptRuntime.constructError("Error", String.valueOf(e.getMessage()));
    }
    return ScriptRuntime.constructError("Error", "An exception was thrown");
  }

  @Override
  public String getFunctionName() {
    return name;
  }

  @Override
  public int getLength() {
    return length;
  }

  @Override
  public int getArity() {
    return length;
  }
}
