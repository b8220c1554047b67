package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the Java embedding example of README.md and checks the README shows it verbatim. */
class ReadmeExampleTest {
  static List<Object> example() {
    // README:begin
    Engine engine = Engine.builder().limits(Limits.STRICT).build();

    Sandbox plugin = engine.createSandbox(Principal.content("https://plugin.example"));
    plugin.defineFunction("log", args -> {
      System.out.println("plugin says: " + engine.toDisplayString(args.get(0)));
      return null;
    });
    Object answer = plugin.evaluate("log('hello'); 6 * 7", "plugin.js");   // 42.0

    Sandbox host = engine.createSandbox(Principal.system());
    Object view = host.evaluate(
        "var sb = Cu.Sandbox('https://plugin.example');"
            + "Cu.evalInSandbox('var o = {n: 1, get g() { return 2; }}', sb);"
            + "[sb.o.n, typeof sb.o.g].join()", "host.js");                // "1,undefined"

    String refused;
    try {
      plugin.evaluate("while (true) {}", "spin.js");
      refused = "not stopped";
    } catch (ResourceLimitException e) {
      refused = e.limit() + ": " + e.errorMessage();                      // INSTRUCTION_BUDGET: ...
    }
    // README:end
    return List.of(answer, view, refused);
  }

  @Test
  void theJavaExampleRunsAsTheReadmeSays() {
    List<Object> results = example();
    assertEquals(42, ((Number) results.get(0)).intValue());
    assertEquals("1,undefined", results.get(1));
    assertEquals("INSTRUCTION_BUDGET: script exceeded its instruction budget of 10000000", results.get(2));
  }

  @Test
  void theReadmeShowsTheExampleVerbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/compartments/engine/ReadmeExampleTest.java"));
    String region = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("    // README:end"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : region.split("\n")) {
      assertTrue(readme.contains(line.stripLeading()), () -> "README.md lacks the line: " + line.strip());
    }
  }
}
