package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.loader.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCommandTest {
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

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void cleanPackage_listsEachModuleAndExitsZero() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "const p = require('./priv');\nconst c = require('console');\n");
    write("lib/priv.js", "const {Cu} = require('chrome');\n");
    Run run = run("manifest", dir.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(
        String.join(
            "\n",
            "demo/main  lib/main.js",
            "  requires \"./priv\" -> demo/priv",
            "  requires \"console\" -> sdk/console",
            "demo/priv  lib/priv.js  [chrome]",
            "  requires \"chrome\" -> chrome",
            "",
            "2 modules (1 with chrome), no problems",
            ""),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void json_printsExactlyTheManifestsJson() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "exports.x = 1;\n");
    Run run = run("manifest", dir.toString(), "--json");
    assertEquals(0, run.code(), run.err());
    assertEquals(Manifest.build(dir).toJson() + "\n", run.out());
    assertTrue(run.out().contains("\"sha256\": \"220f16f65418cec1d479078c88cf50c4df70ec4d4661798d4a7fd204936c0499\""), run.out());
  }

  @Test
  void componentsUse_exitsOneAndPrintsTheLinesAndTheFix() {
    Run run = run("manifest", EXAMPLES.resolve("bad-components").toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("1 module (0 with chrome), 2 problems:\n"), run.out());
    assertTrue(run.out().contains("lib/main.js uses Components directly on these lines:\n     4: var file = Components.classes"), run.out());
    assertTrue(run.out().contains("\n  const {Cc, Ci, Cu} = require(\"chrome\");\n"), run.out());
    assertTrue(run.out().contains("Cr for Components.results, Cm for Components.manager, and components for Components itself.\n"), run.out());
  }

  @Test
  void componentsUse_withJson_exitsOneWithTheProblemsInTheJson() {
    Run run = run("manifest", "--json", EXAMPLES.resolve("bad-components").toString());
    assertEquals(1, run.code(), run.err());
    Manifest manifest = Manifest.fromJson(run.out());
    assertEquals(2, manifest.problems().size());
    assertEquals("lib/main.js:5: Components.utils used directly: modules get chrome authority only from require(\"chrome\");"
        + " add const {Cu} = require(\"chrome\"); and write Cu for Components.utils", manifest.problems().get(1).toString());
  }

  @Test
  void unresolvableRequire_exitsOne() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "\nrequire('../outside');\n");
    Run run = run("manifest", dir.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.out().contains(
            "lib/main.js:2: cannot resolve require(\"../outside\"): too many \"..\" for demo/main: it would leave"
                + " the lib folder of package \"demo\"\n"),
        run.out());
  }

  @Test
  void examplesWithoutProblems_exitZero() {
    for (String example : new String[] {"hello", "chrome-user", "with-deps", "dynamic-require"}) {
      Run run = run("manifest", EXAMPLES.resolve(example).toString());
      assertEquals(0, run.code(), example + ": " + run.out() + run.err());
    }
  }

  @Test
  void missingDir_exitsTwoNamingIt() {
    Path missing = dir.resolve("nope");
    Run run = run("manifest", missing.toString());
    assertEquals(2, run.code());
    assertEquals("compartments manifest: " + missing + ": does not exist\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void folderWithoutPackageJson_exitsTwo() {
    Run run = run("manifest", dir.toString(), "--json");
    assertEquals(2, run.code());
    assertEquals("compartments manifest: " + dir + ": not a package: it has no package.json\n", run.err());
  }

  @Test
  void invalidPackageJson_exitsTwoNamingTheFileAndField() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": \"util\"}");
    Run run = run("manifest", dir.toString());
    assertEquals(2, run.code());
    assertEquals(
        "compartments manifest: " + dir.resolve("package.json") + ": \"dependencies\" must be an array of package names, got \"util\"\n",
        run.err());
  }

  @Test
  void missingMainModule_exitsTwo() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    Run run = run("manifest", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("package \"demo\" has no main module: lib/main.js does not exist"), run.err());
  }

  @Test
  void noDir_isAUsageError() {
    Run run = run("manifest");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Missing required parameter: 'DIR'"), run.err());
  }
}
