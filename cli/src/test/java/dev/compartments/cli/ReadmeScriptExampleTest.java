package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the script example of README.md and checks the README shows it and its output verbatim. */
class ReadmeScriptExampleTest {
  private static final Path SCRIPT = Path.of("../examples/scripts/sandbox-demo.js");
  private static final Path OUTPUT = Path.of("../examples/scripts/sandbox-demo.out");

  @Test
  void theScriptPrintsWhatTheReadmeSays() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", SCRIPT.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals(Files.readString(OUTPUT), out.toString());
  }

  @Test
  void theReadmeShowsTheScriptAndItsOutputVerbatim() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("```js\n" + Files.readString(SCRIPT) + "```"), "README.md must show the script");
    assertTrue(readme.contains("```\n" + Files.readString(OUTPUT) + "```"), "README.md must show its output");
  }
}
