package dev.compartments.engine.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrappedException;

/**
 * The forwarder that {@code exportFunction} (and {@code cloneInto} with {@code cloneFunctions})
 * makes: a native function of the target's global (its home) that calls a function of another
 * compartment (the callee), as Gecko's {@code FunctionForwarder} does.
 *
 * <p>Invariants: the callee is held in a Java field only; no property, prototype or {@code
 * toString} of the forwarder leads to it (it has {@code length} and {@code name} only, and shows
 * native code). On every call across compartments, {@code this} and each argument must be a
 * primitive, an object of the home compartment, an object of the callee's compartment, or an object
 * the home compartment subsumes (unless {@code allowCrossOriginArguments}); they reach the callee
 * wrapped for its compartment, and the result comes back wrapped for the home. An exception whose
 * value the home compartment may not see becomes the generic {@code Error: An exception was
 * thrown}. Java failures never reach a script ({@link NativeFn#guard}).
 *
 * <p>Thread-safe as far as Rhino functions are.
 */
final class ExportedFunction extends BaseFunction {
  private static final long serialVersionUID = 1L;

  private final transient Membrane membrane;
  private final transient Scriptable callee;
  /** The callee's global, where every call runs. */
  private final transient Scriptable calleeScope;
  private final transient Compartment calleeCompartment;
  private final transient Compartment home;
  private final String name;
  private final int length;
  private final boolean constructible;
  private final boolean allowCrossOriginArguments;

  private ExportedFunction(
      Membrane membrane,
      CompartmentGlobal homeGlobal,
      Scriptable callee,
      Compartment calleeCompartment,
      String name,
      boolean allowCrossOriginArguments) {
    super(homeGlobal, ScriptableObject.getFunctionPrototype(homeGlobal));
    this.membrane = membrane;
    this.callee = callee;
    this.calleeScope = ScriptableObject.getTopLevelScope(callee);
    this.calleeCompartment = calleeCompartment;
    this.home = homeGlobal.compartment();
    this.name = name;
    this.length = callee instanceof BaseFunction ? Math.max(((BaseFunction) callee).getLength(), 0) : 0;
    this.constructible = isConstructor(callee);
    this.allowCrossOriginArguments = allowCrossOriginArguments;
  }

  /**
   * A forwarder in {@code homeGlobal} to {@code callee}, a callable as {@code calleeCompartment}
   * holds it (raw, or a wrapper that compartment holds).
   */
  static ExportedFunction create(
      Membrane membrane,
      CompartmentGlobal homeGlobal,
      Scriptable callee,
      Compartment calleeCompartment,
      String name,
      boolean allowCrossOriginArguments) {
    return new ExportedFunction(
        membrane, homeGlobal, callee, calleeCompartment, name, allowCrossOriginArguments);
  }

  /** The explicit name of {@code function}, or the empty string. */
  static String nameOf(Scriptable function) {
    if (function instanceof BaseFunction) {
      String name = ((BaseFunction) function).getFunctionName();
      return name == null ? "" : name;
    }
    return "";
  }

  /**
   * Whether {@code function} can be called with {@code new}. Where Rhino cannot tell (builtins, bound
   * functions, wrappers, host functions), the forwarder is constructible and the callee's own
   * {@code construct} decides, as Gecko does for all forwarders.
   */
  private static boolean isConstructor(Scriptable function) {
    if (function instanceof ExportedFunction) {
      return ((ExportedFunction) function).constructible;
    }
    if (function instanceof JSFunction) {
      return ((JSFunction) function).getDescriptor().getConstructor() != null;
    }
    if (function instanceof LambdaConstructor) {
      return true;
    }
    if (function instanceof LambdaFunction) {
      return false;
    }
    return function instanceof Function;
  }

  @Override
  public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
    try {
      return forward(cx, thisObj, args, false);
    } catch (RuntimeException e) {
      throw NativeFn.scriptError(e);
    }
  }

  @Override
  public Scriptable construct(Context cx, Scriptable scope, Object[] args) {
    if (!constructible) {
      throw ScriptRuntime.typeError((name.isEmpty() ? "function" : name) + " is not a constructor");
    }
    return (Scriptable) NativeFn.guard(() -> forward(cx, null, args, true));
  }

  private Object forward(Context cx, Scriptable thisObj, Object[] args, boolean construct) {
    if (home.isNuked() || calleeCompartment.isNuked()) {
      throw ScriptRuntime.typeError("can't access dead object");
    }
    boolean crossing = calleeCompartment != home;
    Scriptable calleeThis = calleeScope;
    Object[] calleeArgs = args;
    if (crossing) {
      if (!construct && !isHomeGlobalOrAbsent(thisObj)) {
        checkPassable(thisObj);
        calleeThis = (Scriptable) membrane.wrap(thisObj, calleeCompartment);
      }
      // Primitives cross as they are; the array is copied only when an object must be wrapped.
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        if (Wrappers.isObject(arg)) {
          checkPassable(arg);
          Object wrapped = membrane.wrap(arg, calleeCompartment);
          if (wrapped != arg) {
            if (calleeArgs == args) {
              calleeArgs = args.clone();
            }
            calleeArgs[i] = wrapped;
          }
        }
      }
    } else if (thisObj != null && !Undefined.isUndefined(thisObj)) {
      calleeThis = thisObj;
    }
    Object result;
    try {
      final Scriptable finalThis = calleeThis;
      final Object[] finalArgs = calleeArgs;
      result = membrane.runIn(calleeScope, () -> {
        if (construct) {
          if (!(callee instanceof Function)) {
            throw ScriptRuntime.typeError((name.isEmpty() ? "function" : name) + " is not a constructor");
          }
          return ((Function) callee).construct(cx, calleeScope, finalArgs);
        }
        return ((Callable) callee).call(cx, calleeScope, finalThis, finalArgs);
      });
    } catch (RuntimeException e) {
      throw sanitize(e);
    }
    return membrane.wrap(result, home);
  }

  /** An absent {@code this}, or the home's own global (what a plain {@code f()} call passes). */
  private boolean isHomeGlobalOrAbsent(Scriptable thisObj) {
    return thisObj == null
        || Undefined.isUndefined(thisObj)
        || (thisObj instanceof CompartmentGlobal && ((CompartmentGlobal) thisObj).compartment() == home);
  }

  /** Gecko's {@code CheckSameOriginArg}: refuses objects the home may not pass on. */
  private void checkPassable(Object value) {
    if (allowCrossOriginArguments || !Wrappers.isObject(value)) {
      return;
    }
    Scriptable object = (Scriptable) value;
    if (Wrappers.isWrapper(object)) {
      Compartment owner = Wrappers.ownerOf(membrane, object);
      if (owner == calleeCompartment || home.principal().subsumes(owner.principal())) {
        return;
      }
    } else if (membrane.compartmentOf(object) == home) {
      return;
    }
    throw ScriptRuntime.constructError("Error", "Permission denied to pass object to exported function");
  }

  /**
   * Gecko's {@code MaybeSanitizeException}: an exception reaches the home only if the home may see
   * its value; a thrown object is wrapped for the home.
   */
  private RuntimeException sanitize(RuntimeException e) {
    if (e instanceof JavaScriptException) {
      JavaScriptException thrown = (JavaScriptException) e;
      Object value = thrown.getValue();
      if (!(value instanceof Scriptable)) {
        return e;
      }
      Compartment owner = Wrappers.ownerOf(membrane, (Scriptable) value);
      if (owner != home && !home.principal().subsumes(owner.principal())) {
        return generic();
      }
      Object wrapped = membrane.wrap(value, home);
      return wrapped == value ? e : new JavaScriptException(wrapped, thrown.sourceName(), thrown.lineNumber());
    }
    if (e instanceof RhinoException && !(e instanceof WrappedException)) {
      // A Rhino error (TypeError, SyntaxError...) raised on the callee's side: an error object of
      // the callee's compartment, as far as the home can tell.
      boolean visible = calleeCompartment == home || home.principal().subsumes(calleeCompartment.principal());
      return visible ? e : generic();
    }
    return e;
  }

  private static RuntimeException generic() {
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
