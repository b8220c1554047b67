package dev.compartments.engine;

import java.util.List;

/**
 * A function the host defines on a sandbox global ({@link Sandbox#defineFunction}). It receives
 * its arguments as host values, converted as {@link Engine#evaluate} converts results (objects as
 * the system principal sees them), except that {@code undefined} arrives as {@link #UNDEFINED}, and returns {@code null}, a {@link String}, {@link Number} or
 * {@link Boolean}. An {@link IllegalArgumentException} it throws reaches the script as an {@code
 * Error} with its message; any other exception as {@code Error: An exception was thrown}.
 * Implementations must be thread-safe if the sandbox is used from several threads.
 */
@FunctionalInterface
public interface HostFunction {
  /** The argument value that stands for JavaScript's {@code undefined} (its toString is "undefined"). */
  Object UNDEFINED = Undefinedness.INSTANCE;

  /** The type of {@link #UNDEFINED}. */
  enum Undefinedness {
    INSTANCE;

    @Override
    public String toString() {
      return "undefined";
    }
  }

  Object call(List<Object> arguments);
}
