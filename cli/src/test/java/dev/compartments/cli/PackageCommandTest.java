package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("basedir", ".")).resolve("../examples/packages").normalize();

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void hello_printsItsConsoleOutputAndExitsZero() {
    Run run = run("package", "run", EXAMPLES.resolve("hello").toString());
    assertEquals(new Run(0, "Hello, world!\n", ""), run);
  }

  @Test
  void dynamicRequire_exitsOneWithFileLineErrorNameAndMessage() {
    Run run = run("package", "run", EXAMPLES.resolve("dynamic-require").toString());
    assertEquals(
        new Run(1, "", "lib/main.js:5: Error: Module: dynamic-require/main has no authority to load: ./hidden\n"), run);
  }

  @Test
  void badComponents_exitsOneWithTheManifestProblems() {
    Run run = run("package", "run", EXAMPLES.resolve("bad-components").toString());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().contains("lib/main.js"), run.err());
    assertTrue(run.err().endsWith("its manifest has problems\n"), run.err());
  }

  @Test
  void notAPackage_exitsTwo() {
    Run run = run("package", "run", dir.toString());
    assertEquals(2, run.code());
    assertEquals("compartments package run: " + dir + ": not a package: it has no package.json\n", run.err());
  }

  @Test
  void storageOption_keepsStorageBetweenRuns() throws IOException {
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"st\"}");
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(
        dir.resolve("lib/main.js"),
        "const s = require('storage');\nconst n = (s.get('n') || 0) + 1;\ns.set('n', n);\nrequire('console').log(n);\n");
    Path store = dir.resolve("store");
    assertEquals(new Run(0, "1\n", ""), run("package", "run", dir.toString(), "--storage", store.toString()));
    assertEquals(new Run(0, "2\n", ""), run("package", "run", dir.toString(), "--storage", store.toString()));
  }
}
