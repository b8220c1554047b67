package dev.compartments.engine.internal;

import dev.compartments.engine.SandboxOptions;
import dev.compartments.principals.OriginAttributes;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * {@code Components.utils} ({@code Cu}), {@code Components} and {@code
 * Services.scriptSecurityManager} in system-principal globals (DESIGN.md section 5), and the
 * {@code Host} window functions. Every function acts for the compartment of the global it was
 * installed in (the caller).
 */
public final class ComponentsUtils {
  private ComponentsUtils() {}

  /** Installs {@code Components}, {@code Cu}, {@code Services} and {@code Host} in {@code global}. */
  public static void install(Context cx, Runtime runtime, CompartmentGlobal global) {
    Scriptable cu = cx.newObject(global);
    Membrane membrane = runtime.membrane();
    Compartment caller = global.compartment();

    NativeFn sandbox =
        NativeFn.constructible(global, "Sandbox", 2, (c, scope, thisObj, args) -> newSandbox(c, runtime, global, args));
    ScriptableObject.defineProperty(cu, "Sandbox", sandbox, ScriptableObject.DONTENUM);
    NativeFn.define(global, cu, "evalInSandbox", 2, (c, scope, thisObj, args) -> evalInSandbox(c, runtime, caller, args));
    NativeFn.define(global, cu, "waiveXrays", 1, (c, scope, thisObj, args) -> membrane.waive(arg(args, 0), caller));
    NativeFn.define(global, cu, "unwaiveXrays", 1, (c, scope, thisObj, args) -> {
      Object value = arg(args, 0);
      if (Wrappers.kindOf(value) == WrapperKind.WAIVER) {
        return membrane.wrap(Wrappers.unsafeUnwrap((Scriptable) value), caller);
      }
      return value;
    });
    NativeFn.define(global, cu, "isXrayWrapper", 1, (c, scope, thisObj, args) -> Wrappers.isXray(arg(args, 0)));
    NativeFn.define(global, cu, "isOpaqueWrapper", 1, (c, scope, thisObj, args) -> Wrappers.isOpaque(arg(args, 0)));
    NativeFn.define(global, cu, "isDeadWrapper", 1, (c, scope, thisObj, args) -> Wrappers.isDead(arg(args, 0)));
    NativeFn.define(global, cu, "getObjectPrincipal", 1, (c, scope, thisObj, args) ->
        PrincipalObject.create(global, Wrappers.ownerOf(membrane, object(args, 0, "getObjectPrincipal")).principal()));
    NativeFn.define(global, cu, "getGlobalForObject", 1, (c, scope, thisObj, args) -> {
      Scriptable raw = Wrappers.unsafeUnwrap(object(args, 0, "getGlobalForObject"));
      return membrane.wrap(ScriptableObject.getTopLevelScope(raw), caller);
    });
    NativeFn.define(global, cu, "isProxy", 1, (c, scope, thisObj, args) -> isProxy(arg(args, 0)));
    NativeFn.define(global, cu, "nukeSandbox", 1, (c, scope, thisObj, args) -> {
      SandboxGlobal target = sandboxArg(args, 0, "nukeSandbox");
      membrane.nuke(target.compartment());
      return Undefined.instance;
    });
    NativeFn.define(global, cu, "getSandboxMetadata", 1, (c, scope, thisObj, args) -> {
      SandboxGlobal target = sandboxArg(args, 0, "getSandboxMetadata");
      return membrane.wrap(target.metadata(), caller);
    });
    NativeFn.define(global, cu, "setSandboxMetadata", 2, (c, scope, thisObj, args) -> {
      SandboxGlobal target = sandboxArg(args, 0, "setSandboxMetadata");
      target.setMetadata(ExportHelpers.clone(c, runtime, arg(args, 1), caller, target, false, false, false));
      return Undefined.instance;
    });
    NativeFn.define(global, cu, "exportFunction", 3, (c, scope, thisObj, args) -> ExportHelpers.exportFunction(c, runtime, caller, args));
    NativeFn.define(global, cu, "cloneInto", 3, (c, scope, thisObj, args) -> ExportHelpers.cloneInto(c, runtime, caller, args));
    NativeFn.define(global, cu, "createObjectIn", 2, (c, scope, thisObj, args) -> ExportHelpers.createObjectIn(c, runtime, caller, args));

    Scriptable components = cx.newObject(global);
    ScriptableObject.defineProperty(components, "utils", cu, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    for (String name : List.of("classes", "interfaces", "results")) {
      ScriptableObject.defineProperty(components, name, cx.newObject(global), ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    }
    ScriptableObject.defineProperty(global, "Components", components, ScriptableObject.DONTENUM);
    ScriptableObject.defineProperty(global, "Cu", cu, ScriptableObject.DONTENUM);

    Scriptable manager = cx.newObject(global);
    NativeFn.define(global, manager, "getSystemPrincipal", 0, (c, scope, thisObj, args) -> PrincipalObject.create(global, Principal.system()));
    NativeFn.define(global, manager, "createContentPrincipalFromOrigin", 1, (c, scope, thisObj, args) -> {
      Principal principal = Principal.parse(ScriptRuntime.toString(args, 0));
      if (!principal.isContent()) {
        throw new IllegalArgumentException("Not a content origin: \"" + principal.origin() + "\"");
      }
      return PrincipalObject.create(global, principal);
    });
    NativeFn.define(global, manager, "createNullPrincipal", 1, (c, scope, thisObj, args) ->
        PrincipalObject.create(global, Principal.createNull(attributes(Options.of(arg(args, 0))))));
    Scriptable services = cx.newObject(global);
    ScriptableObject.defineProperty(services, "scriptSecurityManager", manager, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    ScriptableObject.defineProperty(global, "Services", services, ScriptableObject.DONTENUM);

    runtime.windows().installHost(cx, global);
  }

  static Object arg(Object[] args, int index) {
    return args.length > index ? args[index] : Undefined.instance;
  }

  static Scriptable object(Object[] args, int index, String function) {
    Object value = arg(args, index);
    if (!(value instanceof Scriptable)) {
      throw ScriptRuntime.typeError(function + ": argument " + (index + 1) + " is not an object");
    }
    return (Scriptable) value;
  }

  /** The sandbox global behind argument {@code index} (raw or wrapped), or an error. */
  static SandboxGlobal sandboxArg(Object[] args, int index, String function) {
    Object value = arg(args, index);
    Scriptable raw = value instanceof Scriptable ? Wrappers.unsafeUnwrap((Scriptable) value) : null;
    if (!(raw instanceof SandboxGlobal)) {
      throw ScriptRuntime.typeError(function + ": argument " + (index + 1) + " is not a sandbox");
    }
    if (((SandboxGlobal) raw).compartment().isNuked() && !function.equals("nukeSandbox")) {
      throw ScriptRuntime.typeError("can't access dead object");
    }
    return (SandboxGlobal) raw;
  }

  private static boolean isProxy(Object value) {
    if (!(value instanceof Scriptable)) {
      return false;
    }
    Scriptable raw = Wrappers.unsafeUnwrap((Scriptable) value);
    return raw.getClass().getName().startsWith("org.mozilla.javascript.NativeProxy");
  }

  private static Object newSandbox(Context cx, Runtime runtime, CompartmentGlobal callerGlobal, Object[] args) {
    Compartment caller = callerGlobal.compartment();
    Options options = Options.of(arg(args, 1));
    OriginAttributes attributes = attributes(options);
    Principal principal = principalOf(arg(args, 0), attributes);
    SandboxOptions sandboxOptions =
        new SandboxOptions(
            options.bool("wantXrays", true),
            options.bool("allowWaivers", true),
            options.string("sandboxName", ""),
            options.bool("wantComponents", true),
            options.bool("wantExportHelpers", false),
            options.bool("freshCompartment", false));
    Scriptable prototype = options.object("sandboxPrototype");
    if (prototype != null
        && !principal.subsumes(Wrappers.ownerOf(runtime.membrane(), prototype).principal())) {
      throw ScriptRuntime.constructError("Error", "Sandbox must subsume sandboxPrototype");
    }
    Object metadata = options.any("metadata");
    SandboxGlobal global = runtime.newSandbox(principal, sandboxOptions);
    if (prototype != null) {
      global.setPrototype((Scriptable) runtime.membrane().wrap(prototype, global.compartment()));
    }
    if (!Undefined.isUndefined(metadata)) {
      global.setMetadata(ExportHelpers.clone(cx, runtime, metadata, caller, global, false, false, false));
    } else if (callerGlobal instanceof SandboxGlobal
        && !Undefined.isUndefined(((SandboxGlobal) callerGlobal).metadata())) {
      // A sandbox made from inside a sandbox inherits its maker's metadata, as in Gecko.
      SandboxGlobal maker = (SandboxGlobal) callerGlobal;
      global.setMetadata(ExportHelpers.clone(cx, runtime, maker.metadata(), maker.compartment(), global, false, false, false));
    }
    return runtime.membrane().wrap(global, caller);
  }

  static OriginAttributes attributes(Options options) {
    OriginAttributes attributes = OriginAttributes.DEFAULT;
    Scriptable explicit = options.object("originAttributes");
    if (explicit != null) {
      Options nested = Options.of(explicit);
      attributes =
          new OriginAttributes(
              nested.integer("userContextId", 0),
              nested.integer("privateBrowsingId", 0),
              nested.string("firstPartyDomain", ""));
    }
    if (options.has("userContextId")) {
      attributes = attributes.withUserContextId(options.integer("userContextId", 0));
    }
    return attributes;
  }

  /** The principal the first argument of {@code Sandbox} names. */
  static Principal principalOf(Object value, OriginAttributes attributes) {
    if (value == null) {
      return Principal.createNull(attributes);
    }
    if (value instanceof CharSequence) {
      return Principal.fromUrl(value.toString(), attributes);
    }
    if (value instanceof Scriptable) {
      Principal principal = PrincipalObject.principalOrNull(value);
      if (principal != null) {
        return principal;
      }
      Scriptable raw = Wrappers.unsafeUnwrap((Scriptable) value);
      if (raw instanceof CompartmentGlobal) {
        if (((CompartmentGlobal) raw).compartment().isNuked()) {
          throw ScriptRuntime.typeError("can't access dead object");
        }
        return ((CompartmentGlobal) raw).compartment().principal();
      }
      if (raw instanceof NativeArray) {
        return expanded((Scriptable) value, attributes);
      }
    }
    throw ScriptRuntime.constructError(
        "Error",
        "Expected a principal, a URL string, an array of URL strings or principals, a sandbox, a"
            + " window, or null as the first argument of Sandbox");
  }

  private static Principal expanded(Scriptable array, OriginAttributes attributes) {
    Object lengthValue = ScriptableObject.getProperty(array, "length");
    long length = lengthValue instanceof Number ? ((Number) lengthValue).longValue() : 0;
    if (length == 0) {
      throw ScriptRuntime.constructError("Error", "Expected a non-empty array of URL strings or principals");
    }
    List<Principal> members = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Object item = ScriptableObject.getProperty(array, i);
      Principal member =
          item instanceof CharSequence ? Principal.fromUrl(item.toString(), attributes) : PrincipalObject.principalOrNull(item);
      if (member == null && item instanceof Scriptable
          && Wrappers.unsafeUnwrap((Scriptable) item) instanceof CompartmentGlobal) {
        member = ((CompartmentGlobal) Wrappers.unsafeUnwrap((Scriptable) item)).compartment().principal();
      }
      if (member == null) {
        throw ScriptRuntime.constructError("Error", "Expected a URL string or a principal at index " + i);
      }
      members.add(member);
    }
    return Principal.expanded(members);
  }

  private static Object evalInSandbox(Context cx, Runtime runtime, Compartment caller, Object[] args) {
    String source = ScriptRuntime.toString(args, 0);
    SandboxGlobal target = sandboxArg(args, 1, "evalInSandbox");
    if (!caller.principal().subsumes(target.compartment().principal())) {
      throw ScriptRuntime.constructError("Error", "Permission denied to evaluate in sandbox");
    }
    String fileName = args.length > 3 && args[3] instanceof CharSequence ? args[3].toString() : "evalInSandbox";
    int line = args.length > 4 && args[4] instanceof Number ? ((Number) args[4]).intValue() : 1;
    Object result;
    try {
      result = runtime.membrane().runIn(target, () -> cx.evaluateString(target, source, fileName, line, null));
    } catch (JavaScriptException e) {
      throw new JavaScriptException(runtime.membrane().wrap(e.getValue(), caller), e.sourceName(), e.lineNumber());
    } catch (org.mozilla.javascript.EvaluatorException e) {
      throw ScriptRuntime.constructError(
          "SyntaxError", e.details(), e.sourceName(), e.lineNumber(), e.lineSource(), e.columnNumber());
    }
    return runtime.membrane().wrap(result, caller);
  }
}
