package dev.compartments.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compartments.cli.conformance.Cell;
import dev.compartments.cli.conformance.LatticeTable;
import dev.compartments.cli.conformance.Report;
import dev.compartments.cli.conformance.ReportFormat;
import dev.compartments.cli.conformance.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The principal lattice table of the conformance report, under JUnit. */
class LatticeConformanceTest {
  @Test
  void everySampleSubsumesAsDesignSays() {
    Table table = LatticeTable.run();
    List<String> failing = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        Cell cell = table.cells().get(r).get(c);
        if (!cell.passed()) {
          failing.add(table.rows().get(r) + " subsumes " + table.columns().get(c) + ": expected "
              + cell.expected() + ", observed " + cell.observed());
        }
      }
    }
    assertEquals(
        List.of(), failing, () -> ReportFormat.TEXT.render(new Report(List.of(table), List.of())));
  }

  @Test
  void theTableIsSquare_overTheSevenSamples() {
    Table table = LatticeTable.run();
    assertEquals(table.rows(), table.columns());
    assertEquals(49, table.size());
  }
}
