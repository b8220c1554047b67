package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example packages under {@code examples/packages} show the rules they are named after. */
class ExamplesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("basedir", ".")).resolve("../examples/packages").normalize();

  private static Manifest build(String example) {
    return Manifest.build(EXAMPLES.resolve(example));
  }

  @Test
  void hello_hasNoChromeAndNoProblems() {
    Manifest manifest = build("hello");
    assertEquals(
        Map.of("./greet", "hello/greet", "console", "sdk/console"), manifest.module("hello/main").orElseThrow().requires());
    assertFalse(manifest.modules().values().stream().anyMatch(ModuleEntry::chrome));
    assertFalse(manifest.hasProblems());
  }

  @Test
  void chromeUser_marksOnlyTheModuleThatRequiresChrome() {
    Manifest manifest = build("chrome-user");
    assertEquals(true, manifest.module("chrome-user/privileged").orElseThrow().chrome());
    assertEquals(false, manifest.module("chrome-user/main").orElseThrow().chrome());
    assertFalse(manifest.hasProblems());
  }

  @Test
  void badComponents_failsWithTheOffendingLines() {
    Manifest manifest = build("bad-components");
    assertEquals(List.of(4, 5), manifest.problems().stream().map(Problem::line).toList());
    assertEquals(List.of("lib/main.js", "lib/main.js"), manifest.problems().stream().map(Problem::file).toList());
  }

  @Test
  void withDeps_resolvesTheDependencyByNameAndAsPackageSlashModule() {
    Manifest manifest = build("with-deps");
    assertEquals(
        Map.of(
            "./util/format", "with-deps/util/format",
            "console", "sdk/console",
            "strings", "strings/main",
            "strings/pad", "strings/pad"),
        manifest.module("with-deps/main").orElseThrow().requires());
    assertEquals(
        Map.of("../pad-char", "with-deps/pad-char"), manifest.module("with-deps/util/format").orElseThrow().requires());
    assertFalse(manifest.hasProblems());
  }

  @Test
  void dynamicRequire_isCleanButDoesNotListTheHiddenModule() {
    Manifest manifest = build("dynamic-require");
    assertEquals(List.of("dynamic-require/main"), List.copyOf(manifest.modules().keySet()));
    assertEquals(Map.of("console", "sdk/console"), manifest.module("dynamic-require/main").orElseThrow().requires());
    assertFalse(manifest.hasProblems());
  }
}
