package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.wrappers.internal.GlobalSlot;
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

  static {
    GlobalSlot.install(
        new GlobalSlot.Accessor() {
          @Override
          public Object get(CompartmentGlobal global) {
            return global.slot;
          }

          @Override
          public void set(CompartmentGlobal global, Object value) {
            global.slot = value;
          }
        });
  }

  private final transient Compartment compartment;
  /** The membrane's state of this global (its saved builtins), set once when it is initialized. */
  private transient volatile Object slot;

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
