package dev.compartments.cli.conformance;

import dev.compartments.principals.OriginAttributes;
import dev.compartments.principals.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The subsumes lattice over a fixed set of sample principals: row subsumes column.
 *
 * <p>The expected grid is DESIGN.md section 2 applied by hand to the samples, kept apart from the
 * code under test; the observed grid asks {@link Principal#subsumes}.
 */
public final class LatticeTable {
  private LatticeTable() {}

  /** Row labels, in the order of {@link #EXPECTED}. */
  private static final List<String> LABELS = List.of("S", "A", "B", "A^2", "E[A]", "N1", "N2");

  /**
   * Row subsumes column, for the samples in {@link #LABELS} order: {@code y} yes, {@code .} no.
   * System subsumes all; content only an equal content principal (attributes included); the
   * expanded principal over A subsumes A and itself; a null principal only itself.
   */
  private static final List<String> EXPECTED =
      List.of(
          "yyyyyyy", // S
          ".y.....", // A
          "..y....", // B
          "...y...", // A^2
          ".y..y..", // E[A]
          ".....y.", // N1
          "......y"); // N2

  /** Builds the samples, asks the lattice, and returns the table. */
  public static Table run() {
    Principal a = Principal.content("https://a.example");
    List<Principal> samples =
        List.of(
            Principal.system(),
            a,
            Principal.content("https://b.example"),
            Principal.content(
                "https://a.example", OriginAttributes.DEFAULT.withUserContextId(2)),
            Principal.expanded(List.of(a)),
            Principal.createNull(),
            Principal.createNull());
    List<List<Cell>> cells = new ArrayList<>();
    for (int row = 0; row < samples.size(); row++) {
      List<Cell> line = new ArrayList<>();
      for (int column = 0; column < samples.size(); column++) {
        boolean expected = EXPECTED.get(row).charAt(column) == 'y';
        boolean observed = samples.get(row).subsumes(samples.get(column));
        line.add(new Cell(yesNo(expected), yesNo(observed)));
      }
      cells.add(line);
    }
    List<String> legend = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      legend.add(LABELS.get(i) + " = " + samples.get(i).origin());
    }
    return new Table(
        "Principal lattice: does the row subsume the column?", "subsumes", LABELS, LABELS, cells, legend);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
