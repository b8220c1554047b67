package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatticeTableTest {
  @Test
  void everyCellOfTheSampleLatticeIsAsDesignSays() {
    Table table = LatticeTable.run();
    assertEquals(49, table.size());
    assertEquals(0, table.failures(), () -> ReportFormat.TEXT.render(new Report(java.util.List.of(table), java.util.List.of())));
  }

  @Test
  void systemSubsumesEveryColumnAndNullPrincipalsOnlyThemselves() {
    Table table = LatticeTable.run();
    for (Cell cell : table.cells().get(0)) {
      assertEquals("yes", cell.observed());
    }
    assertEquals("no", table.cells().get(5).get(6).observed());
    assertEquals("no", table.cells().get(6).get(5).observed());
    assertEquals("yes", table.cells().get(4).get(1).observed());
    assertEquals("no", table.cells().get(1).get(4).observed());
  }
}
