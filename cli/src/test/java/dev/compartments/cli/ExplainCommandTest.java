package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of DESIGN.md section 3's table, asked through {@code compartments explain}. */
class ExplainCommandTest {
  private record Run(int code, List<String> lines, String err) {
    String wrapper() {
      return lines.get(0);
    }
  }

  private static Run explain(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "explain";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().lines().toList(), err.toString());
  }

  @ParameterizedTest(name = "{0} -> {1}, {2}, want-xrays {3}: {4}")
  @CsvSource({
    // same origin, neither side wants Xrays: transparent
    "https://a.example, https://a.example, plain-object, false, TRANSPARENT",
    // same origin, either side wants Xrays: Xray
    "https://a.example, https://a.example, plain-object, true, XRAY",
    // two system compartments: transparent, since system never wants Xrays
    "system, system, plain-object, true, TRANSPARENT",
    // the viewer subsumes the owner, not the reverse: Xray
    "https://a.example, system, array, true, XRAY",
    "https://a.example, '[https://a.example]', function, false, XRAY",
    // the owner is system, the viewer is not: by kind of object
    "system, https://a.example, function, true, CALLABLE_OPAQUE",
    "system, https://a.example, plain-object, true, CHROME_OBJECT",
    "system, https://a.example, array, true, OPAQUE",
    "system, null, regexp, false, OPAQUE",
    // neither subsumes the other: Window and Location get the cross-origin wrapper, the rest opaque
    "https://a.example, https://b.example, window, true, CROSS_ORIGIN",
    "https://a.example, https://b.example, location, true, CROSS_ORIGIN",
    "https://a.example, https://b.example, plain-object, false, OPAQUE",
    "null, null, plain-object, false, OPAQUE",
    // the viewer is less privileged and the owner is not system: opaque
    "'https://a.example,https://b.example', https://a.example, plain-object, true, OPAQUE",
    // the owner's eval or Function seen by a non-subsuming viewer: opaque, always
    "system, https://a.example, eval-or-function-constructor, true, OPAQUE",
    "https://a.example, system, eval-or-function-constructor, true, XRAY",
    // a sandbox global is never Xrayed: transparent for a subsuming viewer
    "https://a.example, system, global, true, TRANSPARENT",
    "https://a.example, https://a.example, global, true, TRANSPARENT",
    "system, https://a.example, global, true, OPAQUE",
  })
  void eachRowOfTheTable(String from, String to, String kind, String wantXrays, String wrapper) {
    Run run = explain("--from", from, "--to", to, "--object-kind", kind, "--want-xrays", wantXrays);
    assertEquals(0, run.code(), run.err());
    assertEquals("wrapper: " + wrapper, run.wrapper());
    assertTrue(run.lines().size() > 1, run.lines()::toString);
    for (String line : run.lines().subList(1, run.lines().size())) {
      assertTrue(line.startsWith("rule: "), line);
    }
  }

  @Test
  void printsEveryRuleOfTheTrace_inOrder() {
    Run run = explain("--from", "system", "--to", "https://a.example", "--object-kind", "function");
    assertEquals(
        List.of(
            "wrapper: CALLABLE_OPAQUE",
            "rule: viewer https://a.example does not subsume owner [System Principal]",
            "rule: owner [System Principal] subsumes viewer https://a.example",
            "rule: the owner is system and the viewer is not: decided by the kind of object",
            "rule: a function: callable-only opaque"),
        run.lines());
  }

  @Test
  void fromIsTheOwnerAndToTheViewer() {
    assertEquals("wrapper: XRAY", explain("--from", "https://a.example", "--to", "system").wrapper());
    assertEquals("wrapper: CHROME_OBJECT", explain("--from", "system", "--to", "https://a.example").wrapper());
  }

  @Test
  void defaults_areAPlainObjectAndWantXrays() {
    Run run = explain("--from", "https://a.example", "--to", "https://a.example");
    assertEquals("wrapper: XRAY", run.wrapper());
    assertTrue(run.lines().contains("rule: same origin and the viewer wants Xrays: Xray"), run.lines()::toString);
  }

  @Test
  void theObjectKind_isReadInAnyCase_withDashesOrUnderscores() {
    for (String kind : Arrays.asList("Function", "FUNCTION", "function")) {
      assertEquals("wrapper: CALLABLE_OPAQUE", explain("--from", "system", "--to", "null", "--object-kind", kind).wrapper());
    }
    assertEquals(
        "wrapper: CHROME_OBJECT",
        explain("--from", "system", "--to", "null", "--object-kind", "PLAIN_OBJECT").wrapper());
  }

  @Test
  void aMalformedSpec_isAUsageError_namingIt() {
    Run run = explain("--from", "bogus", "--to", "system");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Invalid value for option '--from': Invalid principal \"bogus\""), run.err());
    assertEquals(List.of(), run.lines());
  }

  @Test
  void aMalformedViewerSpec_isAUsageError_namingIt() {
    Run run = explain("--from", "system", "--to", "https://a.example,,https://b.example");
    assertEquals(2, run.code());
    assertTrue(
        run.err().contains("Invalid value for option '--to': Invalid principal \"https://a.example,,https://b.example\""),
        run.err());
  }

  @Test
  void anUnknownObjectKind_isAUsageError_listingTheKinds() {
    Run run = explain("--from", "system", "--to", "system", "--object-kind", "blob");
    assertEquals(2, run.code());
    assertTrue(
        run.err().contains(
            "Invalid value for option '--object-kind': Unknown object kind \"blob\": expected one of"
                + " plain-object, array, function, eval-or-function-constructor,"),
        run.err());
  }

  @Test
  void aWantXraysThatIsNotABoolean_isAUsageError() {
    Run run = explain("--from", "system", "--to", "system", "--want-xrays", "maybe");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("'maybe' is not a boolean"), run.err());
  }

  @Test
  void bothPrincipalsAreRequired() {
    Run run = explain("--to", "system");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Missing required option: '--from=SPEC'"), run.err());
  }
}
