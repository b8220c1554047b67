package dev.compartments.wrappers;

/**
 * Argument checks of the host API, in the house style: a caller mistake is an {@link
 * IllegalArgumentException} that names the bad argument. Thread-safe: no state.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * {@code value}, or an {@link IllegalArgumentException} saying {@code "<name> must not be null"}.
   */
  public static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
