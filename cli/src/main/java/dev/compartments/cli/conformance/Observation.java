package dev.compartments.cli.conformance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one {@link MatrixCase} did when it ran. Immutable.
 *
 * @param kind the name of the wrapper kind of the value the viewer received ({@code
 *     Wrappers.kindOf}), or {@code none} if the case failed before the viewer received it
 * @param outcome the operation's outcome, spelled as {@link Oracle#outcome} spells it
 * @param violations every object the invariant check found reachable from the viewer that is
 *     neither the viewer's own nor a wrapper the viewer holds; empty when the membrane held
 */
public record Observation(String kind, String outcome, List<String> violations) {
  public Observation {
    requireNonNull(kind, "kind");
    requireNonNull(outcome, "outcome");
    violations = List.copyOf(violations);
  }

  /**
   * The outcome as the report shows it: a violation of the invariant is appended, so that the cell
   * fails even where the operation itself did what was expected.
   */
  public String reported() {
    return violations.isEmpty()
        ? outcome
        : outcome + " [reachable: " + String.join("; ", violations) + "]";
  }
}
