package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final Report MIXED =
      new Report(
          List.of(
              new Table(
                  "t <1>",
                  "c",
                  List.of("r1", "r2"),
                  List.of("k"),
                  List.of(List.of(new Cell("yes", "yes")), List.of(new Cell("yes", "no"))),
                  List.of("legend"))),
          List.of());

  @Test
  void text_marksAFailingCellWithBothOutcomes() {
    String text = ReportFormat.TEXT.render(MIXED);
    assertTrue(text.contains("yes!=no"), text);
    assertTrue(text.strip().endsWith("1 passed, 1 failed"), text);
  }

  @Test
  void markdown_makesATableWithAHeaderRule() {
    String md = ReportFormat.MD.render(MIXED);
    assertTrue(md.contains("| c | k |\n|---|---|\n| r1 | yes |"), md);
    assertTrue(md.contains("**expected yes, observed no**"), md);
  }

  @Test
  void html_escapesTextAndColoursCells() {
    String html = ReportFormat.HTML.render(MIXED);
    assertTrue(html.contains("t &lt;1&gt;"), html);
    assertTrue(html.contains("class=\"pass\""), html);
    assertTrue(html.contains("class=\"fail\""), html);
  }

  @Test
  void json_countsFailures() {
    String json = ReportFormat.JSON.render(MIXED);
    assertTrue(json.contains("\"failures\": 1"), json);
    assertTrue(json.contains("\"expected\": \"yes\""), json);
  }

  @Test
  void table_refusesRaggedRows() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Table("t", "c", List.of("r"), List.of("a", "b"), List.of(List.of(new Cell("x", "x"))), List.of()));
    assertEquals("a row of 1 cells for 2 columns", e.getMessage());
  }
}
