package dev.compartments.cli.conformance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One table of the conformance report: rows by columns of {@link Cell}s. Immutable.
 *
 * @param title what the table checks
 * @param corner the label of the row-label column, naming what rows and columns are
 * @param rows row labels
 * @param columns column labels
 * @param cells {@code cells.get(row).get(column)}
 * @param legend lines that explain the labels
 */
public record Table(
    String title,
    String corner,
    List<String> rows,
    List<String> columns,
    List<List<Cell>> cells,
    List<String> legend) {
  public Table {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = cells.stream().map(List::copyOf).toList();
    legend = List.copyOf(legend);
    checkArgument(cells.size() == rows.size(), "%s rows of cells for %s row labels", cells.size(), rows.size());
    for (List<Cell> row : cells) {
      checkArgument(
          row.size() == columns.size(), "a row of %s cells for %s columns", row.size(), columns.size());
    }
  }

  /** The number of cells whose observed outcome differs from the expected one. */
  public long failures() {
    return cells.stream().flatMap(List::stream).filter(c -> !c.passed()).count();
  }

  /** The number of cells. */
  public int size() {
    return rows.size() * columns.size();
  }
}
