package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void conformance_printsTheLatticeTableAndWritesTheHtmlReport(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Run run = run("conformance", "--out", html.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Principal lattice: does the row subsume the column?"), run.out());
    assertTrue(run.out().contains("S = [System Principal]"), run.out());
    assertTrue(run.out().contains("Wrapper matrix: what viewer S gets for an object of each owner"), run.out());
    assertTrue(run.out().strip().endsWith(" passed, 0 failed"), run.out());
    assertFalse(run.out().contains("Not built yet"), run.out());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("class=\"pass\""), page);
    assertTrue(run.err().contains("HTML report: " + html), run.err());
  }

  @Test
  void conformance_printsJsonWhenAsked(@TempDir Path dir) {
    Run run = run("conformance", "--format", "json", "--out", dir.resolve("r.html").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().trim().startsWith("{"), run.out());
    assertTrue(run.out().contains("\"failures\": 0"), run.out());
  }

  @Test
  void conformance_refusesAnUnknownFormat(@TempDir Path dir) {
    Run run = run("conformance", "--format", "pdf", "--out", dir.resolve("r.html").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Unknown --format \"pdf\": expected text, md, html or json"), run.err());
  }

  @Test
  void unknownCommand_isAUsageError() {
    Run run = run("frobnicate");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("frobnicate"), run.err());
  }
}
