package dev.compartments.engine;

import dev.compartments.engine.internal.SandboxGlobal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;

/**
 * A sandbox: a global of its own in a compartment, made by an {@link Engine}. A live object with
 * identity. Thread-safe as a handle; the scripts in it should run on one thread at a time.
 */
public final class Sandbox {
  private final Engine engine;
  private final SandboxGlobal global;

  Sandbox(Engine engine, SandboxGlobal global) {
    this.engine = engine;
    this.global = global;
  }

  /** The engine that made this sandbox. */
  public Engine engine() {
    return engine;
  }

  /** The sandbox's principal. */
  public Principal principal() {
    return global.compartment().principal();
  }

  /** The sandbox's compartment. */
  public Compartment compartment() {
    return global.compartment();
  }

  /** The sandbox's name (the {@code sandboxName} option), possibly empty. */
  public String name() {
    return global.sandboxName();
  }

  /** Evaluates {@code source} here; see {@link Engine#evaluate(Sandbox, String, String)}. */
  public Object evaluate(String source, String fileName) {
    return engine.evaluate(this, source, fileName);
  }

  /**
   * Defines {@code name} on this sandbox's global as a function that calls {@code function} (not
   * enumerable, and replaceable by scripts as any global function is).
   */
  public void defineFunction(String name, HostFunction function) {
    dev.compartments.wrappers.Arguments.requireNonNull(name, "name");
    dev.compartments.wrappers.Arguments.requireNonNull(function, "function");
    engine.runtime().inContext(cx -> {
      dev.compartments.engine.internal.NativeFn.define(global, global, name, 0, (c, scope, thisObj, args) -> {
        java.util.List<Object> hostArgs = new java.util.ArrayList<>(args.length);
        for (Object arg : args) {
          hostArgs.add(org.mozilla.javascript.Undefined.isUndefined(arg) ? HostFunction.UNDEFINED : engine.toHost(arg));
        }
        Object result = function.call(java.util.Collections.unmodifiableList(hostArgs));
        if (result == null) {
          return org.mozilla.javascript.Undefined.instance;
        }
        if (result instanceof String || result instanceof Boolean) {
          return result;
        }
        if (result instanceof Number) {
          return ((Number) result).doubleValue();
        }
        throw new IllegalArgumentException(
            "host function " + name + " returned a value that is not null, a String, Number or Boolean");
      });
      return null;
    });
  }

  /** Cuts this sandbox off: every wrapper into or out of it becomes dead. */
  public void nuke() {
    engine.membrane().nuke(global.compartment());
  }

  /** The sandbox global itself. Hand it to no script of another compartment: it is raw. */
  public org.mozilla.javascript.Scriptable unsafeGlobal() {
    return global;
  }

  SandboxGlobal global() {
    return global;
  }

  @Override
  public String toString() {
    return "Sandbox[" + principal().origin() + (name().isEmpty() ? "" : ", " + name()) + "]";
  }
}
