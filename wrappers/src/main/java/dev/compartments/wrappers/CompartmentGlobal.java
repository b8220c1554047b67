package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import org.mozilla.javascript.TopLevel;

/**
 * A global (top-level scope) that belongs to a {@link Compartment}. Every object whose top-level
 * scope is this global belongs to that compartment. Hosts subclass it for globals that are host
 * native objects, such as a Window.
 *
 * <p>Not thread-safe as a Rhino scope is not; the compartment link never changes.
 */
public class CompartmentGlobal extends TopLevel {
  private static final long serialVersionUID = 1L;

  private final transient Compartment compartment;

  /** A new, uninitialized global of {@code compartment}; see {@link Compartment#initGlobal}. */
  public CompartmentGlobal(Compartment compartment) {
    this.compartment = requireNonNull(compartment, "compartment");
  }

  /** The compartment this global and all its objects belong to. */
  public final Compartment compartment() {
    return compartment;
  }

  @Override
  public String getClassName() {
    return "global";
  }
}
