package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String script, String... options) throws Exception {
    Path file = dir.resolve("script.js");
    Files.writeString(file, script);
    String[] args = new String[options.length + 2];
    args[0] = "run";
    args[1] = file.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString().replace(file.toString(), "FILE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--interpreted", "--principal=system"})
  void print_writesItsArgumentsSpaceSeparatedOnOneLine(String option) throws Exception {
    Run run = run("print('a', 1, true, undefined, null); print();", option);
    assertEquals(0, run.code(), run.err());
    assertEquals("a 1 true undefined null\n\n", run.out());
  }

  @Test
  void uncaughtException_exitsOneWithFileLineNameAndMessage() throws Exception {
    Run run = run("print('before');\n\nthrow new RangeError('too far');\n");
    assertEquals(1, run.code());
    assertEquals("before\n", run.out());
    assertEquals("FILE:3: RangeError: too far\n", run.err());
  }

  @Test
  void syntaxError_isReportedWithItsLine() throws Exception {
    Run run = run("var a = 1;\nvar = ;\n");
    assertEquals(1, run.code());
    assertTrue(run.err().startsWith("FILE:2: SyntaxError: "), run.err());
  }

  @Test
  void systemGlobal_hasComponents_contentGlobalDoesNot() throws Exception {
    assertEquals("object\n", run("print(typeof Components.utils)").out());
    Run content = run("print(typeof Components, typeof Cu)", "--principal", "https://a.example");
    assertEquals("undefined undefined\n", content.out());
  }

  @Test
  void liveConnect_isAbsentInEveryKindOfGlobal() throws Exception {
    for (String principal : new String[] {"system", "null", "https://a.example", "https://a.example,https://b.example"}) {
      Run run = run("print(typeof Packages, typeof java, typeof getClass, typeof JavaAdapter, typeof JavaImporter)", "--principal", principal);
      assertEquals("undefined undefined undefined undefined undefined\n", run.out(), principal);
    }
  }

  @Test
  void malformedPrincipal_isAUsageErrorNamingTheValue() throws Exception {
    Run run = run("print(1)", "--principal", "http://");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Invalid principal \"http://\""), run.err());
  }

  @Test
  void thrownNonError_isReportedAsUncaughtException() throws Exception {
    Run run = run("throw 42;");
    assertEquals(1, run.code());
    assertEquals("FILE:1: uncaught exception: 42\n", run.err());
  }
}
