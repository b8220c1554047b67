package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.cli.demo.TwitterLikeServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code component}, {@code blueprint}, {@code review} and {@code demo} on the statusbar example. */
class BlueprintCommandTest {
  static final Path EXAMPLE = Path.of(System.getProperty("basedir", ".")).resolve("../examples/statusbar").normalize();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return withInput("", args);
  }

  /** A copy of the example, so a test may change files. */
  private Path copy() throws IOException {
    Path target = dir.resolve("statusbar");
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path to = target.resolve(EXAMPLE.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(to);
        } else {
          Files.copy(source, to);
        }
      }
    }
    return target;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void check_passesTheExample_withItsAddonIdAndBuildOrder() {
    Run run = run("blueprint", "check", EXAMPLE.resolve("blueprint.json").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("blueprint statusbar: ok\nadd-on id: "), run.out());
    assertTrue(run.out().contains("build order: xhr, password, twitter, readonly, icon, tab, driver\n"), run.out());
  }

  @Test
  void check_refusesTheMiswiredVariant_namingSlotAndExcessAuthority() {
    Run run = run("blueprint", "check", EXAMPLE.resolve("miswired.json").toString());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains(
            "node \"driver\", slot \"icon\": expects StatusIcon (onClick, show) but is wired to node \"xhr\", which provides RestrictedXHR;"
                + " excess authority: RestrictedXHR (get, origin, post) from node \"xhr\", a chrome component"),
        run.err());
  }

  @Test
  void check_exitsTwoForAFileThatIsNotABlueprint() throws IOException {
    Run run = run("blueprint", "check", write("bad.json", "{\"name\": \"x\", \"top\": 3, \"nodes\": {}}").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("compartments blueprint check: "), run.err());
    assertTrue(run.err().contains("top must be a string, got 3"), run.err());
  }

  @Test
  void graph_printsDotWithQuestionsApart() {
    Run run = run("blueprint", "graph", EXAMPLE.resolve("blueprint.json").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("digraph \"blueprint statusbar\" {"), run.out());
    assertTrue(run.out().contains("subgraph cluster_questions"), run.out());
    assertTrue(run.out().contains("\"node:driver\" -> \"node:readonly\" [label=\"twitter\"];"), run.out());
    assertTrue(run.out().contains("\"question:host\" -> \"node:xhr\" [style=dashed, label=\"domain\"];"), run.out());
  }

  @Test
  void graph_svg_withGraphvizRendersIt_withoutItSaysSo() {
    Run run = run("blueprint", "graph", EXAMPLE.resolve("blueprint.json").toString(), "--format", "svg");
    if (BlueprintCommand.Graph.onPath("dot").isPresent()) {
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("<?xml"), run.out());
      assertTrue(run.out().contains("PowerBox questions"), run.out());
    } else {
      assertEquals(2, run.code());
      assertEquals(
          "compartments blueprint graph: SVG needs Graphviz, and no 'dot' is on the PATH; use --format dot and render it elsewhere\n", run.err());
    }
  }

  @Test
  void graph_refusesAnUnknownFormat() {
    Run run = run("blueprint", "graph", EXAMPLE.resolve("blueprint.json").toString(), "--format", "png");
    assertEquals(2, run.code());
    assertEquals("compartments blueprint graph: --format must be dot or svg, not png\n", run.err());
  }

  @Test
  void install_withAnswersFile_buildsPollsAndClicks() throws IOException {
    try (TwitterLikeServer server = TwitterLikeServer.withToken("tok").start()) {
      server.receive("hello");
      server.receive("again");
      Path answers = write("answers.json", "{\"host\": \"" + server.host() + "\", \"interval\": 30}");
      Path passwords = write("passwords.json", "{\"twitter\": \"tok\"}");
      Run run =
          run(
              "blueprint", "install", EXAMPLE.resolve("blueprint.json").toString(), "--answers", answers.toString(),
              "--passwords", passwords.toString(), "--run", "2", "--click", "twitter");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("install report: no review panel given"), run.out());
      assertTrue(run.out().contains("  driver: driver "), run.out());
      assertTrue(run.out().contains("[statusbar] twitter: 2\n"), run.out());
      assertTrue(run.out().contains("[tabs] open " + server.origin() + "/inbox\n"), run.out());
    }
  }

  @Test
  void install_asksTheQuestionsOnStandardInput_withDefaults() throws IOException {
    try (TwitterLikeServer server = TwitterLikeServer.withToken("tok").start()) {
      Path passwords = write("passwords.json", "{\"twitter\": \"tok\"}");
      Run run =
          withInput(
              server.host() + "\n\n5\n",
              "blueprint", "install", EXAMPLE.resolve("blueprint.json").toString(), "--passwords", passwords.toString(), "--run", "1");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("Which host serves your messages? (DOMAIN) [\"127.0.0.1:8080\"]: "), run.out());
      assertTrue(run.out().contains("Which saved password signs you in? (PASSWORD_SLOT) [\"twitter\"]: "), run.out());
      assertTrue(run.out().contains("param interval = 5"), run.out());
      assertTrue(run.out().contains("[statusbar] twitter: 0\n"), run.out());
    }
  }

  @Test
  void install_refusesAnswersOfTheWrongType_andBuildsNothing() throws IOException {
    Path answers = write("answers.json", "{\"host\": \"http://evil.example/\", \"interval\": \"soon\", \"extra\": 1}");
    Run run = run("blueprint", "install", EXAMPLE.resolve("blueprint.json").toString(), "--answers", answers.toString());
    assertEquals(1, run.code());
    assertFalse(run.out().contains("installed"), run.out());
    assertTrue(run.err().contains("answer \"extra\": the blueprint asks no such question"), run.err());
    assertTrue(run.err().contains("question \"host\" (DOMAIN): the answer is refused"), run.err());
    assertTrue(run.err().contains("question \"interval\" (INTEGER): the answer is refused: expected an INTEGER, got the string \"soon\""), run.err());
  }

  @Test
  void install_withAPanelThatApprovesNothing_refusesUnlessAccepted() throws IOException {
    Run keys = run("review", "keygen", dir.resolve("alice").toString());
    assertEquals(0, keys.code(), keys.err());
    String publicKey = keys.out().lines().filter(l -> l.startsWith("public key ")).findFirst().orElseThrow().substring(11);
    Path panel = write("panel.json", "{\"name\": \"core\", \"keys\": {\"alice\": \"" + publicKey + "\"}}");
    Path answers = write("answers.json", "{}");
    Run refused =
        run("blueprint", "install", EXAMPLE.resolve("blueprint.json").toString(), "--answers", answers.toString(), "--panel", panel.toString(), "--run", "0");
    assertEquals(1, refused.code());
    assertTrue(refused.out().contains("not approved by panel core: 7 of 7 components unapproved"), refused.out());
    assertTrue(refused.out().contains("  xhr: restricted-xhr "), refused.out());
    assertTrue(refused.err().contains("not installed; the panel does not approve every component"), refused.err());
    assertFalse(refused.out().contains("installed add-on"), refused.out());
  }

  @Test
  void install_withEveryComponentSignedByThePanel_isApproved() throws IOException {
    Path example = copy();
    Run keys = run("review", "keygen", dir.resolve("alice").toString());
    String publicKey = keys.out().lines().filter(l -> l.startsWith("public key ")).findFirst().orElseThrow().substring(11);
    Path panel = write("panel.json", "{\"name\": \"core\", \"keys\": {\"alice\": \"" + publicKey + "\"}}");
    Path reviews = Files.createDirectories(dir.resolve("reviews"));
    try (Stream<Path> components = Files.list(example.resolve("components"))) {
      for (Path component : components.sorted().toList()) {
        Run signed =
            run("review", "sign", component.toString(), "--key", dir.resolve("alice").toString(), "--out",
                reviews.resolve(component.getFileName() + ".json").toString());
        assertEquals(0, signed.code(), signed.err());
      }
    }
    Path answers = write("answers.json", "{}");
    Run approved =
        run("blueprint", "install", example.resolve("blueprint.json").toString(), "--answers", answers.toString(), "--panel", panel.toString(),
            "--reviews", reviews.toString(), "--run", "0");
    assertEquals(0, approved.code(), approved.err());
    assertTrue(approved.out().startsWith("approved: every component is signed by panel core\n"), approved.out());

    // One changed byte in the driver: a new id, its review void, the install refused.
    Path driver = example.resolve("components/driver/lib/main.js");
    Files.writeString(driver, Files.readString(driver) + "\n");
    Run changed =
        run("blueprint", "install", example.resolve("blueprint.json").toString(), "--answers", answers.toString(), "--panel", panel.toString(),
            "--reviews", reviews.toString(), "--run", "0");
    assertEquals(1, changed.code());
    assertTrue(changed.out().contains("1 of 7 components unapproved"), changed.out());
    assertTrue(changed.out().contains("  driver: driver "), changed.out());
    Run verify = run("review", "verify", reviews.resolve("driver.json").toString(), example.resolve("components/driver").toString());
    assertEquals(1, verify.code());
    assertTrue(verify.out().startsWith("COMPONENT_CHANGED: "), verify.out());
  }

  @Test
  void review_signAndVerify_withAndWithoutThePanel() throws IOException {
    Path component = EXAMPLE.resolve("components/read-only-twitter-api");
    run("review", "keygen", dir.resolve("alice").toString());
    Run bobKeys = run("review", "keygen", dir.resolve("bob").toString());
    String bob = bobKeys.out().lines().filter(l -> l.startsWith("public key ")).findFirst().orElseThrow().substring(11);
    Path review = dir.resolve("r.json");
    Run signed = run("review", "sign", component.toString(), "--key", dir.resolve("alice").toString(), "--out", review.toString());
    assertEquals(0, signed.code(), signed.err());
    Run id = run("component", "id", component.toString());
    assertTrue(
        signed.out().startsWith(
            "signed: component " + id.out().strip() + ", endowed with APIs TwitterAPI, correctly and safely provides API ReadOnlyTwitterAPI\n"),
        signed.out());
    Run valid = run("review", "verify", review.toString(), component.toString());
    assertEquals(0, valid.code(), valid.out());
    assertTrue(valid.out().startsWith("VALID: "), valid.out());
    Path bobPanel = write("bob-panel.json", "{\"name\": \"bobs\", \"keys\": {\"bob\": \"" + bob + "\"}}");
    Run notMember = run("review", "verify", review.toString(), component.toString(), "--panel", bobPanel.toString());
    assertEquals(1, notMember.code());
    assertTrue(notMember.out().contains("is not in panel bobs"), notMember.out());
    Run otherComponent = run("review", "verify", review.toString(), EXAMPLE.resolve("components/driver").toString());
    assertEquals(1, otherComponent.code());
    Run missingKey = run("review", "sign", component.toString(), "--key", dir.resolve("nobody").toString());
    assertEquals(2, missingKey.code());
    assertTrue(missingKey.err().startsWith("compartments review sign: "), missingKey.err());
  }

  @Test
  void component_idAndShow() {
    Path component = EXAMPLE.resolve("components/twitter-api");
    Run id = run("component", "id", component.toString());
    assertEquals(0, id.code());
    assertTrue(id.out().matches("[0-9a-f]{64}\n"), id.out());
    Run show = run("component", "show", component.toString());
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().startsWith("component twitter-api\n  id:         " + id.out()), show.out());
    assertTrue(show.out().contains("  provides:   TwitterAPI\n  chrome:     no\n"), show.out());
    assertTrue(show.out().contains("    password: PasswordSlot\n    xhr: RestrictedXHR\n"), show.out());
    Run notComponent = run("component", "id", dir.toString());
    assertEquals(2, notComponent.code());
    assertTrue(notComponent.err().startsWith("compartments component id: "), notComponent.err());
  }

  @Test
  void demo_statusbar_runsEndToEnd() {
    Run run = run("demo", "statusbar", "--dir", EXAMPLE.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("== ok: the icon shows 3 unread\n"), run.out());
    assertTrue(run.out().contains("== ok: the checker refused the mis-wired driver\n"), run.out());
  }
}
