package dev.compartments.cli.conformance;

import java.util.ArrayList;
import java.util.List;

/** Runs every table of the conformance matrix that exists. Thread-safe: each run is independent. */
public final class Conformance {
  private Conformance() {}

  /** Runs the matrix and returns the report: the principal lattice, then the wrapper matrix. */
  public static Report run() {
    List<Table> tables = new ArrayList<>();
    tables.add(LatticeTable.run());
    tables.addAll(WrapperMatrix.run());
    return new Report(tables, List.of());
  }
}
