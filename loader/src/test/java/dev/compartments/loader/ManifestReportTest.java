package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReportTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void text_listsModulesRequiresAndChrome() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "const p = require('./priv');\nconst t = require('timers');\n");
    write("lib/priv.js", "const {Cu} = require('chrome');\n");
    ManifestReport report = ManifestReport.build(dir);
    assertEquals(
        String.join(
            "\n",
            "demo/main  lib/main.js",
            "  requires \"./priv\" -> demo/priv",
            "  requires \"timers\" -> sdk/timers",
            "demo/priv  lib/priv.js  [chrome]",
            "  requires \"chrome\" -> chrome",
            "",
            "2 modules (1 with chrome), no problems",
            ""),
        report.text());
    assertEquals(Manifest.build(dir), report.manifest());
  }

  @Test
  void text_printsTheProblemsThenTheOffendingLinesAndTheFix() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write(
        "lib/main.js",
        "require('./gone');\n"
            + "var f = Components.classes['@mozilla.org/file/local;1'].createInstance(Components.interfaces.nsIFile);\n"
            + "   Components.utils.reportError(f);   \n");
    ManifestReport report = ManifestReport.build(dir);
    assertEquals(
        String.join(
            "\n",
            "demo/main  lib/main.js",
            "  requires nothing",
            "",
            "1 module (0 with chrome), 3 problems:",
            "lib/main.js:1: cannot resolve require(\"./gone\"): no module demo/gone (looked for lib/gone.js)",
            "lib/main.js:2: Components.classes, Components.interfaces used directly: modules get chrome authority"
                + " only from require(\"chrome\"); add const {Cc, Ci} = require(\"chrome\"); and write Cc for"
                + " Components.classes, Ci for Components.interfaces",
            "lib/main.js:3: Components.utils used directly: modules get chrome authority only from"
                + " require(\"chrome\"); add const {Cu} = require(\"chrome\"); and write Cu for Components.utils",
            "",
            "lib/main.js uses Components directly on these lines:",
            "     2: var f = Components.classes['@mozilla.org/file/local;1'].createInstance(Components.interfaces.nsIFile);",
            "     3: Components.utils.reportError(f);",
            "A module gets chrome authority only from require(\"chrome\"). Add this line to it:",
            "",
            "  const {Cc, Ci, Cu} = require(\"chrome\");",
            "",
            "and write Cc for Components.classes, Ci for Components.interfaces, Cu for Components.utils,",
            "Cr for Components.results, Cm for Components.manager, and components for Components itself.",
            ""),
        report.text());
  }
}
