package dev.compartments.engine;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.engine.internal.Runtime;
import dev.compartments.engine.internal.SandboxGlobal;
import dev.compartments.engine.internal.WindowGlobal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.AuditListener;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Membrane;
import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The host's entry point: an engine creates sandboxes and windows and evaluates code in them, with
 * one {@link Membrane} between all its compartments and one set of {@link Limits} for every run.
 * Build it once with {@link #builder()}; it is immutable and thread-safe, and so is everything it
 * hands out, as far as Rhino's objects are (a sandbox's scripts should run on one thread at a time).
 *
 * <h2>Security guarantees</h2>
 *
 * <ul>
 *   <li>No script reaches Java: globals have the safe standard objects only, no {@code Packages},
 *       {@code java} or {@code getClass}, and no Java class is visible to scripts.
 *   <li>Every value that crosses between sandboxes goes through the membrane, and what {@link
 *       #evaluate} returns to the host is the value as the system principal sees it.
 *   <li>A run that exceeds its limits ends with a {@link ResourceLimitException}; the engine and
 *       its other sandboxes keep working.
 * </ul>
 */
public final class Engine {
  private final Runtime runtime;

  private Engine(Builder builder) {
    this.runtime = new Runtime(builder.limits, builder.interpreted, builder.auditListener);
    for (HostClassSpec<?> spec : builder.hostClasses) {
      runtime.windows().hostClasses().register(spec.toDefinition());
    }
  }

  /** A builder with {@link Limits#DEFAULT}, compiled mode and no audit listener. */
  public static Builder builder() {
    return new Builder();
  }

  /** An engine with the defaults of {@link #builder()}. */
  public static Engine create() {
    return builder().build();
  }

  /** The limits every top-level run of this engine has. */
  public Limits limits() {
    return runtime.limits();
  }

  /** The membrane between this engine's compartments. */
  public Membrane membrane() {
    return runtime.membrane();
  }

  /** A new sandbox for {@code principal} with {@link SandboxOptions#DEFAULT}. */
  public Sandbox createSandbox(Principal principal) {
    return createSandbox(principal, SandboxOptions.DEFAULT);
  }

  /**
   * A new sandbox for {@code principal}. A system-principal sandbox shares the system compartment
   * unless {@code options.freshCompartment()}, and has {@code Components} unless {@code
   * !options.wantComponents()}.
   */
  public Sandbox createSandbox(Principal principal, SandboxOptions options) {
    requireNonNull(principal, "principal");
    requireNonNull(options, "options");
    return new Sandbox(this, runtime.newSandbox(principal, options));
  }

  /**
   * Evaluates {@code source} in {@code sandbox} as one run, and returns its result as the system
   * principal sees it: {@code null} for undefined and null, a {@link String}, {@link Number} or
   * {@link Boolean} for primitives, and for objects a Rhino object (a wrapper if it belongs to a
   * compartment other than the system one).
   *
   * @throws ScriptException if the script throws; {@link ResourceLimitException} if it exceeds a limit
   */
  public Object evaluate(Sandbox sandbox, String source, String fileName) {
    requireNonNull(sandbox, "sandbox");
    requireNonNull(source, "source");
    requireNonNull(fileName, "fileName");
    if (sandbox.engine() != this) {
      throw new IllegalArgumentException("the sandbox belongs to another engine");
    }
    SandboxGlobal global = sandbox.global();
    return runtime.inContext(cx -> toHost(runtime.evaluate(global, source, fileName, 1)));
  }

  /** {@link #evaluate(Sandbox, String, String)} with the file name {@code "<eval>"}. */
  public Object evaluate(Sandbox sandbox, String source) {
    return evaluate(sandbox, source, "<eval>");
  }

  /**
   * {@code value} (a host value as {@link #evaluate} returns it) as JavaScript's {@code String(value)}
   * would show it; for an object whose conversion throws or is denied, {@code [object Object]}.
   */
  public String toDisplayString(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String || value == HostFunction.UNDEFINED) {
      return value.toString();
    }
    return runtime.inContext(cx -> {
      try {
        return org.mozilla.javascript.ScriptRuntime.toString(value);
      } catch (org.mozilla.javascript.RhinoException e) {
        return "[object Object]";
      }
    });
  }

  /**
   * {@code Cu.cloneInto} for hosts: a structured clone of {@code value} (a host value, as {@link
   * #evaluate} returns it) built in {@code target}'s global, returned as the host sees it.
   *
   * @throws ScriptException if the value cannot be cloned (a function without {@code
   *     cloneFunctions}, a proxy, ...)
   */
  public Object cloneInto(Object value, Sandbox target, CloneOptions options) {
    requireNonNull(target, "target");
    requireNonNull(options, "options");
    return hostCall("cloneInto", (cx, host) -> {
      Scriptable flags = cx.newObject(host);
      org.mozilla.javascript.ScriptableObject.putProperty(flags, "cloneFunctions", options.cloneFunctions());
      org.mozilla.javascript.ScriptableObject.putProperty(flags, "wrapReflectors", options.wrapReflectors());
      org.mozilla.javascript.ScriptableObject.putProperty(flags, "deepFreeze", options.deepFreeze());
      return new Object[] {fromHost(value), scopeOf(target, host), flags};
    });
  }

  /**
   * {@code Cu.exportFunction} for hosts: defines {@code function} (a script function the host
   * holds, as {@link #evaluate} returned it) on {@code target}'s global as {@code defineAs},
   * through a forwarder that checks every call as DESIGN.md section 4 says; returns the forwarder as
   * the host sees it.
   */
  public Object exportFunction(Object function, Sandbox target, String defineAs) {
    requireNonNull(target, "target");
    requireNonNull(defineAs, "defineAs");
    return hostCall("exportFunction", (cx, host) -> {
      Scriptable options = cx.newObject(host);
      org.mozilla.javascript.ScriptableObject.putProperty(options, "defineAs", defineAs);
      return new Object[] {fromHost(function), scopeOf(target, host), options};
    });
  }

  /**
   * {@code Cu.createObjectIn} for hosts: a new plain object of {@code target}'s global, defined on
   * it as {@code defineAs} unless that is null, returned as the host sees it (waived, so the host
   * can fill it in).
   */
  public Object createObjectIn(Sandbox target, String defineAs) {
    requireNonNull(target, "target");
    return hostCall("createObjectIn", (cx, host) -> {
      Scriptable options = cx.newObject(host);
      if (defineAs != null) {
        org.mozilla.javascript.ScriptableObject.putProperty(options, "defineAs", defineAs);
      }
      return new Object[] {scopeOf(target, host), options};
    });
  }

  /**
   * {@code Cu.waiveXrays} for hosts: {@code value} with its Xrays waived, so the host sees what the
   * other side's scripts defined. Breaks the Xray's protection: use it on purpose only.
   */
  public Object waiveXrays(Object value) {
    return runtime.inContext(cx -> toHost(runtime.membrane().waive(fromHost(value), runtime.hostGlobal().compartment())));
  }

  /** The arguments of one host call, made in a context with the host global. */
  @FunctionalInterface
  private interface HostArguments {
    Object[] make(org.mozilla.javascript.Context cx, Scriptable hostGlobal);
  }

  private Object hostCall(String function, HostArguments arguments) {
    return runtime.run(() -> runtime.inContext(cx -> {
      dev.compartments.engine.internal.SandboxGlobal host = runtime.hostGlobal();
      Object result = dev.compartments.engine.internal.ExportHelpers.forHost(
          function, cx, runtime, host.compartment(), arguments.make(cx, host));
      return toHost(result);
    }), "<host>");
  }

  private Object scopeOf(Sandbox target, Scriptable host) {
    if (target.engine() != this) {
      throw new IllegalArgumentException("the sandbox belongs to another engine");
    }
    return runtime.membrane().wrap(target.global(), runtime.hostGlobal().compartment());
  }

  private Object fromHost(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Scriptable || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    throw new IllegalArgumentException(
        "expected a value as evaluate returns them (null, a String, Number, Boolean or a script object), not a "
            + value.getClass().getSimpleName());
  }

  Object toHost(Object value) {
    if (value == null || Undefined.isUndefined(value)) {
      return null;
    }
    if (value instanceof ConsString) {
      return value.toString();
    }
    if (value instanceof Scriptable) {
      return runtime.membrane().wrap(value, runtime.hostGlobal().compartment());
    }
    return value;
  }

  Runtime runtime() {
    return runtime;
  }

  // ---- host native classes (see HostClassSpec) ----

  /**
   * A new instance of the host class {@code className} (registered with {@link
   * Builder#hostClass(HostClassSpec)}) in {@code sandbox}'s global, backed by {@code peer}. The
   * result is a raw object of the sandbox's compartment: give it to the sandbox's scripts (say with
   * {@link #defineHostObject}); anywhere else, let the membrane wrap it. Scripts see only the
   * class's declared members, never {@code peer}.
   *
   * @throws IllegalArgumentException if no such class is registered, {@code peer} is not of its
   *     peer type, or the sandbox belongs to another engine
   */
  public Scriptable newHostObject(Sandbox sandbox, String className, Object peer) {
    requireNonNull(sandbox, "sandbox");
    if (sandbox.engine() != this) {
      throw new IllegalArgumentException("the sandbox belongs to another engine");
    }
    return newHostObject(sandbox.global(), className, peer);
  }

  /**
   * A new instance as {@link #newHostObject(Sandbox, String, Object)} makes it, defined as the
   * global variable {@code name} of {@code sandbox}; returns it.
   */
  public Scriptable defineHostObject(Sandbox sandbox, String name, String className, Object peer) {
    requireNonNull(name, "name");
    Scriptable instance = newHostObject(sandbox, className, peer);
    ScriptableObject.defineProperty(sandbox.global(), name, instance, ScriptableObject.EMPTY);
    return instance;
  }

  Scriptable newHostObject(CompartmentGlobal global, String className, Object peer) {
    requireNonNull(className, "className");
    requireNonNull(peer, "peer");
    return runtime.inContext(cx -> runtime.windows().hostClasses().newInstance(cx, global, className, peer));
  }

  // ---- windows (see Window) ----

  /** A new top-level window showing {@code url}; see {@link #createWindow(String, Window, String)}. */
  public Window createWindow(String url) {
    return createWindow(url, null, "");
  }

  /**
   * A new window showing {@code url}, in a compartment of its own (principal {@link
   * Principal#fromUrl(String) Principal.fromUrl(url)}, {@code wantXrays} false), as the last child
   * frame of {@code parentOrNull}, named {@code name}, if the parent is not null. Other windows of
   * the same origin see it through transparent wrappers, other origins through the cross-origin
   * wrapper, system code through an Xray.
   *
   * @throws IllegalArgumentException if {@code url} is malformed, or the parent belongs to another
   *     engine
   */
  public Window createWindow(String url, Window parentOrNull, String name) {
    requireNonNull(url, "url");
    requireNonNull(name, "name");
    if (parentOrNull != null && parentOrNull.engine() != this) {
      throw new IllegalArgumentException("the parent window belongs to another engine");
    }
    WindowGlobal parent = parentOrNull == null ? null : parentOrNull.global();
    return new Window(this, runtime.windows().create(url, parent, name));
  }

  /**
   * Evaluates {@code source} in {@code window} as one run, and returns its result as {@link
   * #evaluate(Sandbox, String, String)} does. The script's {@code postMessage} calls have this
   * window as their sender.
   *
   * @throws ScriptException if the script throws; {@link ResourceLimitException} if it exceeds a limit
   */
  public Object evaluate(Window window, String source, String fileName) {
    requireNonNull(window, "window");
    requireNonNull(source, "source");
    requireNonNull(fileName, "fileName");
    if (window.engine() != this) {
      throw new IllegalArgumentException("the window belongs to another engine");
    }
    WindowGlobal global = window.global();
    return runtime.inContext(cx ->
        toHost(runtime.run(() -> runtime.windows().evaluate(cx, global, source, fileName), fileName)));
  }

  /**
   * Delivers the queued {@code postMessage} events to their windows' listeners, as {@code
   * Host.drainEvents()} does, as one run; returns how many were delivered (not dropped).
   *
   * @throws ResourceLimitException if the listeners exceed a limit
   */
  public int drainEvents() {
    return runtime.run(() -> runtime.inContext(cx -> runtime.windows().drain(cx)), "drainEvents");
  }

  /** Builds an {@link Engine}. Not thread-safe. */
  public static final class Builder {
    private Limits limits = Limits.DEFAULT;
    private boolean interpreted;
    private AuditListener auditListener = AuditListener.NONE;
    private final java.util.List<HostClassSpec<?>> hostClasses = new java.util.ArrayList<>();
    private final java.util.Set<String> hostClassNames = new java.util.HashSet<>();

    private Builder() {}

    /** The limits of every run (default {@link Limits#DEFAULT}). */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** Whether scripts run in Rhino's interpreter instead of compiled to bytecode (default false). */
    public Builder interpreted(boolean interpreted) {
      this.interpreted = interpreted;
      return this;
    }

    /** Who sees denials and wrapper creations (default nobody). */
    public Builder auditListener(AuditListener auditListener) {
      this.auditListener = requireNonNull(auditListener, "auditListener");
      return this;
    }

    /**
     * Registers the host native class {@code spec}: every global of the engine gets its prototype
     * and members (see {@link HostClassSpec}); hosts make instances with {@link
     * Engine#newHostObject(Sandbox, String, Object)} and {@link Window#newHostObject}.
     *
     * @throws IllegalArgumentException if a class of the same name was already registered
     */
    public Builder hostClass(HostClassSpec<?> spec) {
      requireNonNull(spec, "spec");
      if (!hostClassNames.add(spec.name())) {
        throw new IllegalArgumentException("host class \"" + spec.name() + "\" was already registered");
      }
      hostClasses.add(spec);
      return this;
    }

    /** Registers the host class {@code annotatedType} declares ({@link HostClassSpec#fromAnnotated}). */
    public Builder hostClass(Class<?> annotatedType) {
      return hostClass(HostClassSpec.fromAnnotated(annotatedType));
    }

    public Engine build() {
      return new Engine(this);
    }
  }
}
