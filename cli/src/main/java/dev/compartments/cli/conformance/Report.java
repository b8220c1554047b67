package dev.compartments.cli.conformance;

import java.util.List;

/**
 * The whole conformance report: its tables, and the parts of the matrix that are not built yet.
 * Immutable.
 *
 * @param tables the tables that ran
 * @param notBuiltYet one line for each part of the matrix that does not exist yet
 */
public record Report(List<Table> tables, List<String> notBuiltYet) {
  public Report {
    tables = List.copyOf(tables);
    notBuiltYet = List.copyOf(notBuiltYet);
  }

  /** The number of cells whose observed outcome differs from the expected one. */
  public long failures() {
    return tables.stream().mapToLong(Table::failures).sum();
  }

  /** The number of cells in all tables. */
  public long cells() {
    return tables.stream().mapToLong(Table::size).sum();
  }
}
