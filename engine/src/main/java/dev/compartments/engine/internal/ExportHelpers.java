package dev.compartments.engine.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.Undefined;

/**
 * {@code exportFunction}, {@code cloneInto} and {@code createObjectIn} (DESIGN.md section 4, after
 * Gecko's ExportHelpers.cpp), for {@code Components.utils} and for sandboxes made with {@code
 * wantExportHelpers}. Each acts for a caller compartment: the compartment of the global the
 * function was installed in.
 *
 * <p>Security guarantees: the caller reaches into a target scope only if it subsumes the target's
 * compartment (and, for {@code exportFunction}, the function's); what it gets back is wrapped for
 * it; the target never gets a raw object of another compartment (forwarders hold theirs in Java
 * fields, clones are built in the target's global).
 */
public final class ExportHelpers {
  private ExportHelpers() {}

  /** {@code exportFunction(fn, targetScope, {defineAs, allowCrossOriginArguments})}. */
  static Object exportFunction(Context cx, Runtime runtime, Compartment caller, Object[] args) {
    Membrane membrane = runtime.membrane();
    Object functionValue = arg(args, 0);
    Object scopeValue = arg(args, 1);
    Object optionsValue = arg(args, 2);
    if (!(functionValue instanceof Scriptable) || isSymbol(functionValue)
        || !(scopeValue instanceof Scriptable) || isSymbol(scopeValue) || !isObjectOrUndefined(optionsValue)) {
      // As Gecko: a primitive function or scope argument is an invalid argument; an object that
      // is not callable is "First argument must be a function" (checked below).
      throw error("Invalid argument");
    }
    Options options = Options.of(optionsValue);
    Object defineAs = options.any("defineAs");
    boolean allowCrossOriginArguments = options.bool("allowCrossOriginArguments", false);
    if (!(functionValue instanceof Scriptable) || isSymbol(functionValue)) {
      throw error("First argument must be a function");
    }
    Scriptable scope = (Scriptable) scopeValue;
    Scriptable function = (Scriptable) functionValue;
    checkAlive(scope);
    checkAlive(function);
    Compartment functionOwner = Wrappers.ownerOf(membrane, function);
    if (!caller.principal().subsumes(Wrappers.ownerOf(membrane, scope).principal())
        || !caller.principal().subsumes(functionOwner.principal())) {
      throw error("Permission denied to export function into scope");
    }
    Scriptable rawScope = Wrappers.unsafeUnwrap(scope);
    CompartmentGlobal target = globalOf(rawScope);
    if (isProxy(rawScope)) {
      throw error("Defining property on proxy object is not allowed");
    }
    Scriptable rawFunction = Wrappers.unsafeUnwrap(function);
    if (!(rawFunction instanceof Callable)) {
      throw error("First argument must be a function");
    }
    boolean define = !Undefined.isUndefined(defineAs);
    if (define && !(defineAs instanceof CharSequence)) {
      throw error("defineAs must be a string");
    }
    String name = define ? defineAs.toString() : ExportedFunction.nameOf(rawFunction);
    ExportedFunction forwarder =
        ExportedFunction.create(membrane, target, rawFunction, functionOwner, name, allowCrossOriginArguments);
    if (define) {
      defineEnumerable(cx, rawScope, name, forwarder);
    }
    return membrane.wrap(forwarder, caller);
  }

  /** {@code cloneInto(value, targetScope, {cloneFunctions, wrapReflectors, deepFreeze})}. */
  static Object cloneInto(Context cx, Runtime runtime, Compartment caller, Object[] args) {
    Membrane membrane = runtime.membrane();
    Object scopeValue = arg(args, 1);
    Object optionsValue = arg(args, 2);
    if (!(scopeValue instanceof Scriptable) || isSymbol(scopeValue)) {
      throw error("Invalid argument");
    }
    Scriptable scope = (Scriptable) scopeValue;
    checkAlive(scope);
    if (!caller.principal().subsumes(Wrappers.ownerOf(membrane, scope).principal())) {
      throw error("Permission denied to clone object into scope");
    }
    if (!isObjectOrUndefined(optionsValue)) {
      throw error("Invalid argument");
    }
    Options options = Options.of(optionsValue);
    boolean cloneFunctions = options.bool("cloneFunctions", false);
    boolean wrapReflectors = options.bool("wrapReflectors", false);
    boolean deepFreeze = options.bool("deepFreeze", false);
    CompartmentGlobal target = globalOf(Wrappers.unsafeUnwrap(scope));
    Object clone = clone(cx, runtime, arg(args, 0), caller, target, cloneFunctions, wrapReflectors, deepFreeze);
    return membrane.wrap(clone, caller);
  }

  /** {@code createObjectIn(targetScope, {defineAs})}. */
  static Object createObjectIn(Context cx, Runtime runtime, Compartment caller, Object[] args) {
    Membrane membrane = runtime.membrane();
    Object scopeValue = arg(args, 0);
    if (!(scopeValue instanceof Scriptable) || isSymbol(scopeValue)) {
      throw error("Expected an object as the target scope");
    }
    Scriptable scope = (Scriptable) scopeValue;
    checkAlive(scope);
    if (!caller.principal().subsumes(Wrappers.ownerOf(membrane, scope).principal())) {
      throw error("Permission denied to create object in the target scope");
    }
    Options options = Options.of(arg(args, 1));
    Object defineAs = options.any("defineAs");
    boolean define = !Undefined.isUndefined(defineAs);
    if (define && !(defineAs instanceof CharSequence)) {
      throw error("defineAs must be a string");
    }
    Scriptable rawScope = Wrappers.unsafeUnwrap(scope);
    CompartmentGlobal target = globalOf(rawScope);
    if (define && isProxy(rawScope)) {
      throw error("Defining property on proxy object is not allowed");
    }
    NativeObject object = new NativeObject();
    ScriptRuntime.setBuiltinProtoAndParent(object, target, TopLevel.Builtins.Object);
    if (define) {
      defineEnumerable(cx, rawScope, defineAs.toString(), object);
    }
    // As Gecko does, the caller gets the new object with its Xrays waived, to populate it.
    return membrane.waive(object, caller);
  }

  /**
   * The structured clone of {@code value}, as {@code from} holds it, built in {@code target}: a
   * primitive, or an object of {@code target}'s compartment. See {@link StructuredClone}.
   */
  static Object clone(
      Context cx,
      Runtime runtime,
      Object value,
      Compartment from,
      CompartmentGlobal target,
      boolean cloneFunctions,
      boolean wrapReflectors,
      boolean deepFreeze) {
    if (!(value instanceof Scriptable) && !(value instanceof Symbol)) {
      return value;
    }
    return new StructuredClone(cx, runtime.membrane(), from, target, cloneFunctions, wrapReflectors, deepFreeze)
        .run(value);
  }

  /**
   * Defines {@code exportFunction}, {@code cloneInto}, {@code createObjectIn} and {@code isProxy}
   * on {@code global} (a sandbox made with {@code wantExportHelpers: true}), acting for its
   * compartment.
   */
  static void installOnGlobal(Context cx, Runtime runtime, CompartmentGlobal global) {
    Compartment compartment = global.compartment();
    NativeFn.define(global, global, "exportFunction", 3,
        (c, scope, thisObj, args) -> exportFunction(c, runtime, compartment, args));
    NativeFn.define(global, global, "cloneInto", 3,
        (c, scope, thisObj, args) -> cloneInto(c, runtime, compartment, args));
    NativeFn.define(global, global, "createObjectIn", 2,
        (c, scope, thisObj, args) -> createObjectIn(c, runtime, compartment, args));
    NativeFn.define(global, global, "isProxy", 1,
        (c, scope, thisObj, args) -> isProxyFor(runtime.membrane(), compartment, arg(args, 0)));
  }

  /**
   * {@code isProxy(value)} for {@code caller}: whether the object behind {@code value} is a scripted
   * Proxy. Like Gecko's, it must unwrap the value, so it refuses objects the caller does not subsume.
   */
  private static boolean isProxyFor(Membrane membrane, Compartment caller, Object value) {
    if (!(value instanceof Scriptable) || isSymbol(value)) {
      return false;
    }
    Scriptable object = (Scriptable) value;
    if (Wrappers.isWrapper(object) && !caller.principal().subsumes(Wrappers.ownerOf(membrane, object).principal())) {
      throw error("Permission denied to access object");
    }
    return isProxy(Wrappers.unsafeUnwrap(object));
  }

  private static boolean isProxy(Scriptable raw) {
    return raw.getClass().getName().startsWith("org.mozilla.javascript.NativeProxy");
  }

  /** Defines {@code name} as an enumerable, writable, configurable data property (JSPROP_ENUMERATE). */
  private static void defineEnumerable(Context cx, Scriptable rawScope, String name, Object value) {
    if (rawScope instanceof ScriptableObject) {
      ((ScriptableObject) rawScope).defineOwnProperty(cx, name, new DescriptorInfo(true, true, true, value));
    } else {
      rawScope.put(name, rawScope, value);
    }
  }

  /** The global a raw target scope belongs to. */
  private static CompartmentGlobal globalOf(Scriptable rawScope) {
    Scriptable top = ScriptableObject.getTopLevelScope(rawScope);
    if (!(top instanceof CompartmentGlobal)) {
      throw error("Invalid argument");
    }
    return (CompartmentGlobal) top;
  }

  private static void checkAlive(Scriptable value) {
    if (Wrappers.isDead(value)) {
      throw ScriptRuntime.typeError("can't access dead object");
    }
  }

  private static boolean isObjectOrUndefined(Object value) {
    return Undefined.isUndefined(value) || (value instanceof Scriptable && !isSymbol(value));
  }

  private static boolean isSymbol(Object value) {
    return value instanceof Symbol;
  }

  private static Object arg(Object[] args, int index) {
    return args.length > index ? args[index] : Undefined.instance;
  }

  private static RuntimeException error(String message) {
    return ScriptRuntime.constructError("Error", message);
  }

  /** Runs one of the helpers for the host (acting as {@code caller}); see {@code Engine}. */
  public static Object forHost(String function, Context cx, Runtime runtime, Compartment caller, Object[] args) {
    switch (function) {
      case "cloneInto":
        return cloneInto(cx, runtime, caller, args);
      case "exportFunction":
        return exportFunction(cx, runtime, caller, args);
      case "createObjectIn":
        return createObjectIn(cx, runtime, caller, args);
      default:
        throw new IllegalArgumentException("no helper " + function);
    }
  }
}
