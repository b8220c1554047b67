package dev.compartments.components;

import static dev.compartments.components.Fixtures.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOT drawing of a blueprint, for reviewers. */
class BlueprintGraphTest {
  @TempDir Path dir;

  private JsonObject bp;

  @BeforeEach
  void writeTheStack() {
    Fixtures.stack(dir);
    bp = Fixtures.stackBlueprint();
  }

  private String dot() {
    return BlueprintGraph.dot(Fixtures.blueprint(dir, bp));
  }

  /** The one line of {@code dot} that starts (after indentation) with {@code start}. */
  private static String line(String dot, String start) {
    List<String> found = dot.lines().map(String::strip).filter(l -> l.startsWith(start)).toList();
    assertEquals(1, found.size(), start + " in\n" + dot);
    return found.get(0);
  }

  private static String shortId(Path component) {
    return ComponentDescription.read(component).shortId();
  }

  @Test
  void digraph_namedAfterTheBlueprint_withTheAddonId() {
    Blueprint b = Fixtures.blueprint(dir, bp);
    String dot = BlueprintGraph.dot(b);
    assertTrue(dot.startsWith("digraph \"blueprint stack\" {\n"), dot);
    assertTrue(dot.contains("  label=\"blueprint stack  (add-on " + b.addonId().substring(0, 12) + ")\";\n"), dot);
    assertTrue(dot.endsWith("}\n"), dot);
    assertBalanced(dot);
  }

  @Test
  void everyNode_isABox_labeledWithItsComponentAndApi() {
    String dot = dot();
    for (String node : List.of("source", "reader", "top")) {
      String line = line(dot, "\"node:" + node + "\" [");
      assertTrue(line.contains("shape=box"), line);
      String api = Character.toUpperCase(node.charAt(0)) + node.substring(1);
      assertTrue(
          line.contains("label=\"" + node + "\\n" + node + " " + shortId(dir.resolve("components/" + node)) + "\\nprovides " + api), line);
    }
  }

  @Test
  void chromeNodes_areFilledAndMarked_othersNot() {
    String dot = dot();
    String source = line(dot, "\"node:source\" [");
    assertTrue(source.contains("style=filled, fillcolor=\"#f4cccc\""), source);
    assertTrue(source.contains("\\nchrome\""), source);
    for (String node : List.of("reader", "top")) {
      String line = line(dot, "\"node:" + node + "\" [");
      assertFalse(line.contains("style=filled"), line);
      assertFalse(line.contains("chrome"), line);
    }
  }

  @Test
  void topNode_hasADoubleBorder_othersNot() {
    String dot = dot();
    assertTrue(line(dot, "\"node:top\" [").contains("peripheries=2"));
    assertFalse(line(dot, "\"node:reader\" [").contains("peripheries"));
    assertFalse(line(dot, "\"node:source\" [").contains("peripheries"));
    bp.addProperty("top", "reader");
    String other = dot();
    assertTrue(line(other, "\"node:reader\" [").contains("peripheries=2"));
    assertFalse(line(other, "\"node:top\" [").contains("peripheries"));
  }

  @Test
  void slots_areEdgesFromTheNodeToTheProvider_labeledWithTheSlot() {
    String dot = dot();
    assertEquals("\"node:top\" -> \"node:reader\" [label=\"reader\"];", line(dot, "\"node:top\" -> "));
    assertEquals("\"node:reader\" -> \"node:source\" [label=\"source\"];", line(dot, "\"node:reader\" -> "));
    assertFalse(dot.contains("\"node:source\" -> "), dot);
  }

  @Test
  void questions_areInTheirOwnCluster_withDashedEdgesToTheParamsTheyAnswer() {
    bp.getAsJsonObject("questions").add("host", Fixtures.object("{'type': 'DOMAIN', 'prompt': 'Host?'}"));
    node(bp, "source").getAsJsonObject("params").add("prefix", Fixtures.object("{'question': 'host'}"));
    String dot = dot();
    int open = dot.indexOf("  subgraph cluster_questions {\n");
    assertTrue(open >= 0, dot);
    int close = dot.indexOf("\n  }\n", open);
    String cluster = dot.substring(open, close);
    assertTrue(cluster.contains("label=\"PowerBox questions\"; style=dashed;"), cluster);
    assertTrue(cluster.contains("\"question:greeting\" [shape=ellipse, style=filled, fillcolor=\"#fff2cc\", label=\"greeting\\nSTRING\\ndefault \\\"hello\\\"\"];"), cluster);
    assertTrue(cluster.contains("\"question:host\" [shape=ellipse, style=filled, fillcolor=\"#fff2cc\", label=\"host\\nDOMAIN\"];"), cluster);
    assertFalse(cluster.contains("node:"), "no component node inside the cluster: " + cluster);
    assertEquals("\"question:greeting\" -> \"node:top\" [style=dashed, label=\"greeting\"];", line(dot, "\"question:greeting\" -> "));
    assertEquals("\"question:host\" -> \"node:source\" [style=dashed, label=\"prefix\"];", line(dot, "\"question:host\" -> "));
    assertBalanced(dot);
  }

  @Test
  void noQuestions_noCluster() {
    bp.remove("questions");
    node(bp, "top").getAsJsonObject("params").add("greeting", Fixtures.object("{'value': 'hi'}"));
    assertFalse(dot().contains("cluster_questions"));
  }

  @Test
  void constants_arePlainTextBesideTheirNode() {
    String dot = dot();
    assertEquals("\"const:source:prefix\" [shape=plaintext, label=\"prefix = \\\"src:\\\"\"];", line(dot, "\"const:source:prefix\" ["));
    assertEquals("\"const:source:prefix\" -> \"node:source\" [style=dotted, arrowhead=none];", line(dot, "\"const:source:prefix\" -> "));
    assertEquals("\"const:top:times\" [shape=plaintext, label=\"times = 3\"];", line(dot, "\"const:top:times\" ["));
  }

  @Test
  void quotesInNamesAndValues_areEscaped() {
    // Slot and param names are not checked by parsing, and a component path may hold a quote: all are escaped.
    node(bp, "top").getAsJsonObject("endowments").addProperty("say\"hi", "source");
    node(bp, "top").getAsJsonObject("params").add("the\"param", Fixtures.object("{'value': 'a \\\"quoted\\\" value'}"));
    node(bp, "reader").addProperty("component", "components/re\"ader");
    String dot = dot();
    assertEquals("\"node:top\" -> \"node:source\" [label=\"say\\\"hi\"];", line(dot, "\"node:top\" -> \"node:source\""));
    assertEquals(
        "\"const:top:the\\\"param\" [shape=plaintext, label=\"the\\\"param = \\\"a \\\\\\\"quoted\\\\\\\" value\\\"\"];",
        line(dot, "\"const:top:the\\\"param\" ["));
    String reader = line(dot, "\"node:reader\" [");
    assertTrue(reader.contains("label=\"reader\\ncomponents/re\\\"ader\\n(unreadable)\""), reader);
    assertBalanced(dot);
  }

  @Test
  void unreadableComponents_areDrawnAsSuch() {
    node(bp, "reader").addProperty("component", "components/nowhere");
    String reader = line(dot(), "\"node:reader\" [");
    assertEquals("\"node:reader\" [shape=box, label=\"reader\\ncomponents/nowhere\\n(unreadable)\"];", reader);
  }

  /** A backslash followed by {@code n} in a value is shown as written, not as a line break. */
  @Test
  void backslashN_inAValue_isNotALineBreak() {
    node(bp, "source").getAsJsonObject("params").add("prefix", Fixtures.object("{'value': 'C:\\\\new'}"));
    String line = line(dot(), "\"const:source:prefix\" [");
    // The value C:\new is the JSON "C:\\new"; in a DOT string each of its backslashes doubles.
    assertEquals("\"const:source:prefix\" [shape=plaintext, label=\"prefix = \\\"C:\\\\\\\\new\\\"\"];", line);
  }

  /** Every line has its double quotes paired, once escaped ones are left out. */
  private static void assertBalanced(String dot) {
    for (String line : dot.lines().toList()) {
      String bare = line.replace("\\\\", "").replace("\\\"", "");
      assertEquals(0, bare.chars().filter(c -> c == '"').count() % 2, line);
    }
  }
}
