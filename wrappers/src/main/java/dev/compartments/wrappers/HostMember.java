package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import org.mozilla.javascript.Callable;

/**
 * One member a host native class declares: a method, or an accessor (a getter with an optional
 * setter). Immutable. The callables are the class's own native functions in the object's global:
 * an Xray runs them on the object it views, with arguments wrapped for the object's compartment and
 * the result wrapped for the viewer, whatever the object's scripts did to its prototype.
 *
 * <h2>Security guarantees</h2>
 *
 * <p>The membrane never hands these callables to a script of another compartment: a viewer gets
 * functions of its own global that call them (see {@link HostObject#hostMember}).
 *
 * @param name the member's name, as scripts spell it
 * @param method the native method, or null for an accessor
 * @param getter the native getter, or null for a method
 * @param setter the native setter, or null for a method or a read-only accessor
 */
public record HostMember(String name, Callable method, Callable getter, Callable setter) {
  public HostMember {
    requireNonNull(name, "name");
    if ((method == null) == (getter == null)) {
      throw new IllegalArgumentException(
          "host member \"" + name + "\" must have either a method or a getter, not "
              + (method == null ? "neither" : "both"));
    }
    if (method != null && setter != null) {
      throw new IllegalArgumentException("host member \"" + name + "\" is a method and cannot have a setter");
    }
  }

  /** A method {@code name} implemented by {@code method}. */
  public static HostMember method(String name, Callable method) {
    return new HostMember(name, requireNonNull(method, "method"), null, null);
  }

  /** An accessor {@code name}: {@code getter}, and {@code setterOrNull} (null: read-only). */
  public static HostMember accessor(String name, Callable getter, Callable setterOrNull) {
    return new HostMember(name, null, requireNonNull(getter, "getter"), setterOrNull);
  }

  /** Whether this member is a method (otherwise an accessor). */
  public boolean isMethod() {
    return method != null;
  }
}
