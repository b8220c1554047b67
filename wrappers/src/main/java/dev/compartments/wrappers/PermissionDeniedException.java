package dev.compartments.wrappers;

/**
 * The one exception type a host sees when the membrane refuses it something. Scripts never see
 * it: they get a JavaScript {@code Error} with Gecko's wording instead.
 */
public final class PermissionDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A denial with {@code message}, worded as Gecko words it. */
  public PermissionDeniedException(String message) {
    super(message);
  }
}
