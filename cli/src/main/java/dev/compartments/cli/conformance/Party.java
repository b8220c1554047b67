package dev.compartments.cli.conformance;

import dev.compartments.principals.Principal;
import java.util.List;

/**
 * The principal kinds of the wrapper matrix: one dimension for the viewer (the compartment that
 * receives an object) and one for the owner (the compartment the object belongs to).
 */
public enum Party {
  /** The system principal. System compartments never want Xrays. */
  SYSTEM("S"),
  /** The content principal of {@code https://a.example}. */
  CONTENT_A("A"),
  /** The content principal of {@code https://b.example}. */
  CONTENT_B("B"),
  /** The expanded principal {@code [https://a.example]}. */
  EXPANDED_A("E[A]"),
  /** A null principal; viewer and owner share one instance when both are {@code NULL}. */
  NULL("N");

  private static final String ORIGIN_A = "https://a.example";
  private static final String ORIGIN_B = "https://b.example";

  private final String label;

  Party(String label) {
    this.label = label;
  }

  /** The short name the report uses. */
  public String label() {
    return label;
  }

  /** A principal of this kind: a fresh one for {@link #NULL}, an equal one otherwise. */
  public Principal newPrincipal() {
    switch (this) {
      case SYSTEM:
        return Principal.system();
      case CONTENT_A:
        return Principal.content(ORIGIN_A);
      case CONTENT_B:
        return Principal.content(ORIGIN_B);
      case EXPANDED_A:
        return Principal.expanded(List.of(Principal.content(ORIGIN_A)));
      case NULL:
        return Principal.createNull();
      default:
        throw new AssertionError(this);
    }
  }

  /** What the label stands for, for the report's legend. */
  String description() {
    switch (this) {
      case SYSTEM:
        return "[System Principal]";
      case CONTENT_A:
        return ORIGIN_A;
      case CONTENT_B:
        return ORIGIN_B;
      case EXPANDED_A:
        return "[Expanded Principal [" + ORIGIN_A + "]]";
      case NULL:
        return "a null principal (N to N: one principal, two compartments)";
      default:
        throw new AssertionError(this);
    }
  }
}
