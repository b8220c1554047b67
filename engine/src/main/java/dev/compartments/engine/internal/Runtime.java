package dev.compartments.engine.internal;

import dev.compartments.engine.Limits;
import dev.compartments.engine.ResourceLimitException;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.engine.ScriptException;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.AuditListener;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.Membrane;
import java.util.function.Supplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * Everything one engine shares: its membrane, its context factory and limits, and its windows.
 * The public {@link dev.compartments.engine.Engine} is a thin face over it.
 *
 * <p>Thread-safe.
 */
public final class Runtime {
  private final Membrane membrane;
  private final EngineContextFactory factory;
  private final Windows windows = new Windows(this);

  public Runtime(Limits limits, boolean interpreted, AuditListener auditListener) {
    this.factory = new EngineContextFactory(limits, interpreted);
    this.membrane = Membrane.create(factory, JfrAudit.andThen(auditListener));
  }

  public Membrane membrane() {
    return membrane;
  }

  public EngineContextFactory factory() {
    return factory;
  }

  public Windows windows() {
    return windows;
  }

  public Limits limits() {
    return factory.limits();
  }

  private volatile SandboxGlobal hostGlobal;

  /**
   * A global of the shared system compartment that the host's view of values needs (wrappers are
   * parented to a global of their viewer); made on first use.
   */
  public SandboxGlobal hostGlobal() {
    SandboxGlobal global = hostGlobal;
    if (global == null) {
      synchronized (this) {
        global = hostGlobal;
        if (global == null) {
          global = newSandbox(dev.compartments.principals.Principal.system(), SandboxOptions.DEFAULT.withSandboxName("[host]"));
          hostGlobal = global;
        }
      }
    }
    return global;
  }

  /** Runs {@code action} in a context of this engine, entering one if the thread has none. */
  public <T> T inContext(java.util.function.Function<Context, T> action) {
    Context current = Context.getCurrentContext();
    if (current != null && current.getFactory() == factory) {
      return action.apply(current);
    }
    try (Context cx = factory.enterContext()) {
      return action.apply(cx);
    }
  }

  /**
   * A new sandbox global for {@code principal}: in the shared system compartment for the system
   * principal unless {@code options.freshCompartment()}, else in a new compartment.
   */
  public SandboxGlobal newSandbox(Principal principal, SandboxOptions options) {
    CompartmentTraits traits = new CompartmentTraits(principal, options.wantXrays(), options.allowWaivers());
    String name = options.sandboxName().isEmpty() ? principal.origin() : options.sandboxName();
    Compartment compartment = membrane.compartmentFor(traits, name, options.freshCompartment());
    return inContext(cx -> {
      SandboxGlobal global = compartment.initGlobal(new SandboxGlobal(compartment, this, options.sandboxName()));
      Guards.install(cx, global, limits());
      windows.hostClasses().installAll(cx, global);
      if (principal.isSystem() && options.wantComponents()) {
        ComponentsUtils.install(cx, this, global);
      }
      if (options.wantExportHelpers()) {
        ExportHelpers.installOnGlobal(cx, this, global);
      }
      return global;
    });
  }

  /**
   * Evaluates {@code source} in {@code global} as one top-level run (with a fresh budget, unless
   * nested in a run), returning the raw result; script failures become {@link ScriptException}s.
   */
  public Object evaluate(CompartmentGlobal global, String source, String fileName, int line) {
    return run(
        () -> inContext(cx -> membrane.runIn(global, () -> cx.evaluateString(global, source, fileName, line, null))),
        fileName);
  }

  /** Runs {@code action} as a top-level run, mapping every failure to a {@link ScriptException}. */
  public <T> T run(Supplier<T> action, String fileName) {
    return inContext(cx -> {
      try {
        return factory.withBudget(cx, action);
      } catch (ResourceLimitError e) {
        throw new ResourceLimitException(e.limit(), e.getMessage(), fileName, 0);
      } catch (StackOverflowError e) {
        throw new ResourceLimitException(
            ResourceLimitException.Limit.STACK_DEPTH, "too much recursion", fileName, 0);
      } catch (OutOfMemoryError e) {
        // A script that grows strings or arrays step by step (s = s + s, a.push.apply(a, a)) is not
        // stopped by any guard; the allocation that fails ends the run, and what the script still
        // holds is freed when its sandbox is dropped.
        throw new ResourceLimitException(
            ResourceLimitException.Limit.MEMORY, "script ran out of memory", fileName, 0);
      } catch (RhinoException e) {
        throw toScriptException(e, fileName);
      }
    });
  }

  /** The host's view of a script failure: name, message, file, line; never a script object. */
  public static ScriptException toScriptException(RhinoException e, String defaultFile) {
    String file = e.sourceName() == null ? defaultFile : e.sourceName();
    int line = Math.max(e.lineNumber(), 0);
    if (e instanceof JavaScriptException) {
      Object value = ((JavaScriptException) e).getValue();
      if (value instanceof Scriptable) {
        Scriptable error = (Scriptable) value;
        String name = safeString(error, "name", "Error");
        String message = safeString(error, "message", "");
        return new ScriptException(name, message, file, line);
      }
      String shown = value instanceof org.mozilla.javascript.Symbol ? value.toString() : ScriptRuntime.toString(value);
      return new ScriptException("uncaught exception", shown, file, line);
    }
    if (e instanceof EcmaError) {
      EcmaError error = (EcmaError) e;
      return new ScriptException(error.getName(), error.getErrorMessage(), file, line);
    }
    if (e instanceof EvaluatorException) {
      String details = e.details();
      if (details != null && details.startsWith("Exceeded maximum stack depth")) {
        return new ResourceLimitException(ResourceLimitException.Limit.STACK_DEPTH, "too much recursion", file, line);
      }
      return new ScriptException("SyntaxError", details == null ? "" : details, file, line);
    }
    ScriptException generic = new ScriptException("InternalError", "An exception was thrown", file, line);
    generic.initCause(e);
    return generic;
  }

  private static String safeString(Scriptable object, String name, String fallback) {
    try {
      Object value = ScriptableObject.getProperty(object, name);
      return value instanceof CharSequence ? value.toString() : fallback;
    } catch (RhinoException denied) {
      return fallback;
    }
  }
}
