package dev.compartments.cli.conformance;

import static java.util.Objects.requireNonNull;

/**
 * One cell of a conformance table: what DESIGN.md expects and what the code did. Immutable.
 *
 * @param expected the outcome the contract prescribes
 * @param observed the outcome the code produced
 */
public record Cell(String expected, String observed) {
  public Cell {
    requireNonNull(expected, "expected");
    requireNonNull(observed, "observed");
  }

  /** Whether the observed outcome is the expected one. */
  public boolean passed() {
    return expected.equals(observed);
  }
}
