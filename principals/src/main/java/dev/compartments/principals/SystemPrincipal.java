package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.checkNotNull;

import java.util.Optional;

/**
 * The system principal: the principal of privileged code, which subsumes every principal and is
 * subsumed only by itself. There is exactly one instance, {@link Principal#system()}; equality is
 * identity. Immutable and thread-safe.
 *
 * <p>Its string form is {@code [System Principal]}. It is never a member of an {@link
 * ExpandedPrincipal}.
 */
public final class SystemPrincipal implements Principal {
  static final String ORIGIN = "[System Principal]";
  static final SystemPrincipal INSTANCE = new SystemPrincipal();

  private SystemPrincipal() {}

  @Override
  public Kind kind() {
    return Kind.SYSTEM;
  }

  @Override
  public String origin() {
    return ORIGIN;
  }

  /**
   * Returns true: the system principal subsumes everything.
   *
   * @throws IllegalArgumentException if {@code other} is null
   */
  @Override
  public boolean subsumes(Principal other) {
    checkNotNull(other, "The principal to compare with");
    return true;
  }

  /** Returns empty: the system principal has no site. */
  @Override
  public Optional<String> site() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return ORIGIN;
  }
}
