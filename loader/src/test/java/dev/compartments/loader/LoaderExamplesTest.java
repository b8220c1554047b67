package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.engine.ScriptException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each runnable example under {@code examples/packages} prints its {@code expected-output.txt}. */
class LoaderExamplesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("basedir", ".")).resolve("../examples/packages").normalize();

  @ParameterizedTest
  @ValueSource(strings = {"hello", "chrome-user", "with-deps"})
  void runnableExample_printsItsExpectedOutput(String example) throws IOException {
    StringWriter out = new StringWriter();
    Loader.load(EXAMPLES.resolve(example), LoaderOptions.to(new PrintWriter(out)));
    assertEquals(Files.readString(EXAMPLES.resolve(example).resolve("expected-output.txt")), out.toString());
  }

  @Test
  void dynamicRequire_failsAtTheRequire() {
    ScriptException e = assertThrows(ScriptException.class,
        () -> Loader.load(EXAMPLES.resolve("dynamic-require"), LoaderOptions.to(new PrintWriter(new StringWriter()))));
    assertEquals("lib/main.js:5: Error: Module: dynamic-require/main has no authority to load: ./hidden",
        e.fileName() + ":" + e.lineNumber() + ": " + e.errorName() + ": " + e.errorMessage());
  }

  @Test
  void badComponents_isRefusedBeforeRunning() {
    StringWriter out = new StringWriter();
    ManifestProblemsException e = assertThrows(ManifestProblemsException.class,
        () -> Loader.load(EXAMPLES.resolve("bad-components"), LoaderOptions.to(new PrintWriter(out))));
    assertEquals(2, e.manifest().problems().size());
    assertEquals("", out.toString());
  }
}
