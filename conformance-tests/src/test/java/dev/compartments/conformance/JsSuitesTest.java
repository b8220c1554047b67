package dev.compartments.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.cli.Main;
import dev.compartments.cli.XpcshellHarness;
import dev.compartments.cli.XpcshellHarness.Failure;
import dev.compartments.cli.XpcshellHarness.FileResult;
import dev.compartments.engine.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The xpcshell-style JavaScript conformance suites under {@code src/test/js}: every file runs in a
 * fresh system global of a fresh engine, once in Rhino's compiled mode and once interpreted, and
 * fails with the file's failure messages and lines. Files under {@code src/test/js-pending} are known
 * bugs (each names its bug on its first line) and are not run; {@code src/test/js-failing} holds a
 * deliberately failing file that checks the {@code compartments test} output format.
 */
class JsSuitesTest {
  private static final Path SUITE = Path.of("src", "test", "js");
  private static final Path PENDING = Path.of("src", "test", "js-pending");
  private static final Path FAILING = Path.of("src", "test", "js-failing", "test_deliberately_failing.js");
  private static final Pattern FILE_NAME = Pattern.compile(
      "test_(sandbox|principal|xray|waiver|cow|callable|opaque|export|clone|createobjectin|window|crossorigin"
          + "|nuke|metadata|identity|membrane)_[a-z0-9_]+\\.js");

  /** How Rhino runs the scripts. */
  enum Mode {
    COMPILED(false),
    INTERPRETED(true);

    private final boolean interpreted;

    Mode(boolean interpreted) {
      this.interpreted = interpreted;
    }
  }

  @TestFactory
  Stream<DynamicNode> everySuiteFile_passes_inBothModes() throws IOException {
    List<Path> files = jsFiles(SUITE);
    assertFalse(files.isEmpty(), "no test files under " + SUITE.toAbsolutePath());
    return Stream.of(Mode.values())
        .map(mode -> DynamicContainer.dynamicContainer(
            mode.name().toLowerCase(Locale.ROOT),
            files.stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), file.toUri(), () -> assertPasses(file, mode)))));
  }

  @Test
  void suiteFiles_followTheNamingScheme() throws IOException {
    List<String> misnamed = jsFiles(SUITE).stream()
        .map(file -> file.getFileName().toString())
        .filter(name -> !FILE_NAME.matcher(name).matches())
        .toList();
    assertEquals(List.of(), misnamed, "files must be named test_<area>_<topic>.js");
  }

  @Test
  void pendingFiles_nameTheirBugOnTheFirstLine() throws IOException {
    if (!Files.isDirectory(PENDING)) {
      return;
    }
    for (Path file : jsFiles(PENDING)) {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
      assertTrue(first.startsWith("// BUG: "), file + " must start with \"// BUG: <one line>\", not: " + first);
    }
  }

  @Test
  void testCommand_printsPassAndFailLinesAndTotals_andExitsOneOnFailure() {
    Path passing = SUITE.resolve("test_principal_system.js");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(
        new String[] {"test", passing.toString(), FAILING.toString()}, new PrintWriter(out), new PrintWriter(err));

    List<String> lines = out.toString().lines().toList();
    assertEquals(1, code, "exit code with a failing file; output:\n" + out);
    assertTrue(lines.contains("PASS " + passing), "PASS line missing:\n" + out);
    assertTrue(lines.contains("FAIL " + FAILING), "FAIL line missing:\n" + out);
    assertTrue(lines.contains("  " + FAILING + ":4: one is not two"), "failure line with file and line missing:\n" + out);
    assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
  }

  @Test
  void testCommand_exitsZeroWhenEveryFilePasses_inBothModes() {
    Path first = SUITE.resolve("test_principal_system.js");
    Path second = SUITE.resolve("test_sandbox_first_arg_null.js");
    for (String[] args : List.of(
        new String[] {"test", first.toString(), second.toString()},
        new String[] {"test", "--interpreted", first.toString(), second.toString()})) {
      StringWriter out = new StringWriter();
      int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
      List<String> lines = out.toString().lines().toList();
      assertEquals(0, code, "output:\n" + out);
      assertEquals(List.of("PASS " + first, "PASS " + second, "2 passed, 0 failed"), lines);
    }
  }

  private static void assertPasses(Path file, Mode mode) {
    Engine engine = Engine.builder().interpreted(mode.interpreted).build();
    StringWriter log = new StringWriter();
    FileResult result = new XpcshellHarness(engine, new PrintWriter(log, true)).run(file);
    assertTrue(result.passed(), () -> describe(result, log.toString()));
  }

  private static String describe(FileResult result, String log) {
    String failures = result.failures().stream()
        .map(JsSuitesTest::describe)
        .collect(Collectors.joining("\n"));
    return result.file() + " failed:\n" + failures + (log.isBlank() ? "" : "\noutput:\n" + log);
  }

  private static String describe(Failure failure) {
    return "  line " + failure.line() + ": " + failure.message();
  }

  private static List<Path> jsFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().toList();
    }
  }
}
