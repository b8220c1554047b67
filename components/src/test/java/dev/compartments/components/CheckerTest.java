package dev.compartments.components;

import static dev.compartments.components.Fixtures.kinds;
import static dev.compartments.components.Fixtures.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.compartments.components.Checker.CheckResult;
import dev.compartments.components.Refusal.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blueprint checker: one test per {@link Kind} a blueprint can break, each next to the allowed
 * case it differs from, and the messages that name the node, the slot or param and the APIs.
 */
class CheckerTest {
  @TempDir Path dir;

  /** The correct blueprint of {@link Fixtures#stack}; each test breaks it in one place. */
  private JsonObject bp;

  @BeforeEach
  void writeTheStack() {
    Fixtures.stack(dir);
    bp = Fixtures.stackBlueprint();
  }

  private CheckResult check() {
    return Fixtures.check(dir, bp);
  }

  private JsonObject nodes() {
    return bp.getAsJsonObject("nodes");
  }

  private JsonObject endowments(String node) {
    JsonObject n = node(bp, node);
    if (!n.has("endowments")) {
      n.add("endowments", new JsonObject());
    }
    return n.getAsJsonObject("endowments");
  }

  private JsonObject params(String node) {
    JsonObject n = node(bp, node);
    if (!n.has("params")) {
      n.add("params", new JsonObject());
    }
    return n.getAsJsonObject("params");
  }

  private JsonObject question(String name) {
    return bp.getAsJsonObject("questions").getAsJsonObject(name);
  }

  /** The only refusal of {@code result}, which must be of {@code kind}. */
  private static Refusal only(CheckResult result, Kind kind) {
    assertEquals(List.of(kind), kinds(result), result.refusals().toString());
    assertFalse(result.ok());
    assertEquals(Optional.empty(), result.checked());
    return result.refusals().get(0);
  }

  private static void at(Refusal refusal, String node, String slot) {
    assertEquals(Optional.ofNullable(node), refusal.node(), refusal.toString());
    assertEquals(Optional.ofNullable(slot), refusal.slot(), refusal.toString());
  }

  private void passes() {
    CheckResult result = check();
    assertEquals(List.of(), result.refusals());
    assertTrue(result.ok());
  }

  // ---- passing ----

  @Test
  void correctBlueprint_passes_withTheBottomUpOrder() {
    CheckResult result = check();
    assertEquals(List.of(), result.refusals());
    assertTrue(result.ok());
    CheckedBlueprint checked = result.orThrow();
    assertSame(result.blueprint(), checked.blueprint());
    assertEquals(List.of("source", "reader", "top"), checked.bottomUp());
    assertEquals(List.of("source", "reader", "top"), List.copyOf(checked.components().keySet()));
    assertEquals("Reader", checked.components().get("reader").provides());
    assertEquals(Set.of("Source", "Reader", "Top"), checked.apis().keySet());
    assertEquals(List.of("read", "write"), List.copyOf(checked.apis().get("Source").methods().keySet()));
  }

  @Test
  void sharedNode_isBuiltOnce_afterEverythingItNeeds_andTheTopLast() {
    Fixtures.api(dir, "Pair", "both");
    Fixtures.component(dir, "pair", "{'provides': 'Pair', 'endowments': {'left': 'Reader', 'right': 'Reader'}}");
    nodes().add("reader2", Fixtures.object("{'component': 'components/reader', 'endowments': {'source': 'source'}}"));
    nodes().add("pair", Fixtures.object("{'component': 'components/pair', 'endowments': {'left': 'reader', 'right': 'reader2'}}"));
    bp.addProperty("top", "pair");
    // top no longer reaches "top": drop it and its question.
    nodes().remove("top");
    bp.remove("questions");
    CheckResult result = check();
    assertEquals(List.of(), result.refusals());
    assertEquals(List.of("source", "reader", "reader2", "pair"), result.orThrow().bottomUp());
  }

  @Test
  void checkNull_refused() {
    assertEquals("blueprint must not be null", assertThrows(IllegalArgumentException.class, () -> Checker.check(null)).getMessage());
  }

  @Test
  void everyRefusalIsReported_andOrThrowListsThemAll() {
    node(bp, "source").remove("chrome");
    endowments("top").addProperty("spare", "source");
    bp.getAsJsonObject("questions").add("spare", Fixtures.object("{'type': 'DOMAIN', 'prompt': 'Spare?'}"));
    CheckResult result = check();
    assertEquals(List.of(Kind.CHROME_NOT_GRANTED, Kind.EXTRA_SLOT, Kind.UNUSED_QUESTION), kinds(result));
    BlueprintRefusedException e = assertThrows(BlueprintRefusedException.class, result::orThrow);
    assertEquals(result.refusals(), e.refusals());
    assertTrue(e.getMessage().startsWith("blueprint stack refused:\n"), e.getMessage());
    for (Refusal r : result.refusals()) {
      assertTrue(e.getMessage().contains("  " + r.message()), e.getMessage());
    }
  }

  // ---- COMPONENT ----

  @Test
  void component_missingFolder() {
    node(bp, "reader").addProperty("component", "components/nowhere");
    Refusal r = only(check(), Kind.COMPONENT);
    at(r, "reader", null);
    assertTrue(r.message().startsWith("node \"reader\": component components/nowhere cannot be used: "), r.message());
    assertTrue(r.message().endsWith(dir.resolve("components/nowhere") + ": not a folder"), r.message());
  }

  @Test
  void component_notAComponent() {
    Path plain = dir.resolve("components/plain");
    Fixtures.write(plain.resolve("package.json"), "{\"name\": \"plain\"}");
    Fixtures.write(plain.resolve("lib/main.js"), Fixtures.trivialMaker());
    node(bp, "reader").addProperty("component", "components/plain");
    Refusal r = only(check(), Kind.COMPONENT);
    at(r, "reader", null);
    assertTrue(r.message().startsWith("node \"reader\": component components/plain cannot be used: "), r.message());
    assertTrue(r.message().endsWith("not a component: package.json has no \"component\" section"), r.message());
  }

  @Test
  void component_badSection() {
    Fixtures.component(dir, "odd", "{'provides': 'Reader', 'endowments': {'source': 'Source'}, 'extra': 1}");
    node(bp, "reader").addProperty("component", "components/odd");
    Refusal r = only(check(), Kind.COMPONENT);
    assertTrue(r.message().contains("component.extra is not a member of a component section"), r.message());
  }

  @Test
  void component_literalComponentsUtils_isAManifestProblem() {
    Fixtures.component(
        dir,
        "legacy",
        "{'provides': 'Source', 'params': {'prefix': 'STRING'}, 'chrome': true}",
        "const {Cu} = require(\"chrome\");\nvar loader = Components.utils;\n" + Fixtures.trivialMaker());
    node(bp, "source").addProperty("component", "components/legacy");
    Refusal r = only(check(), Kind.COMPONENT);
    at(r, "source", null);
    assertTrue(r.message().startsWith("node \"source\": component legacy has manifest problems: lib/main.js:2: "), r.message());
    assertTrue(r.message().contains("Components.utils"), r.message());
  }

  @Test
  void component_unresolvableRequire_isAManifestProblem() {
    Fixtures.component(
        dir, "broken", "{'provides': 'Reader', 'endowments': {'source': 'Source'}}", "var h = require(\"./missing\");\n" + Fixtures.trivialMaker());
    node(bp, "reader").addProperty("component", "components/broken");
    Refusal r = only(check(), Kind.COMPONENT);
    assertTrue(r.message().startsWith("node \"reader\": component broken has manifest problems: lib/main.js:1: "), r.message());
    assertTrue(r.message().contains("./missing"), r.message());
  }

  @Test
  void component_withoutItsMainModule_isNotAValidPackage() throws IOException {
    Path c = Fixtures.component(dir, "hollow", "{'provides': 'Reader', 'endowments': {'source': 'Source'}}");
    Files.delete(c.resolve("lib/main.js"));
    node(bp, "reader").addProperty("component", "components/hollow");
    Refusal r = only(check(), Kind.COMPONENT);
    assertTrue(r.message().startsWith("node \"reader\": component hollow is not a valid package: "), r.message());
  }

  // ---- ID_MISMATCH ----

  @Test
  void pinnedId_matching_passes() {
    node(bp, "reader").addProperty("id", ComponentDescription.read(dir.resolve("components/reader")).id());
    passes();
  }

  @Test
  void pinnedId_notMatching_isIdMismatch() {
    String now = ComponentDescription.read(dir.resolve("components/reader")).id();
    String pinned = "0".repeat(64);
    node(bp, "reader").addProperty("id", pinned);
    Refusal r = only(check(), Kind.ID_MISMATCH);
    at(r, "reader", null);
    assertEquals(
        "node \"reader\": component reader pinned as " + pinned + " is now " + now + "; its files changed since the blueprint was written",
        r.message());
  }

  @Test
  void pinnedId_ofAComponentChangedSince_isIdMismatch() {
    node(bp, "reader").addProperty("id", ComponentDescription.read(dir.resolve("components/reader")).id());
    Fixtures.append(dir.resolve("components/reader/lib/main.js"), "// one more line\n");
    at(only(check(), Kind.ID_MISMATCH), "reader", null);
  }

  // ---- UNKNOWN_NODE ----

  @Test
  void unknownTop() {
    bp.addProperty("top", "nowhere");
    Refusal r = only(check(), Kind.UNKNOWN_NODE);
    at(r, null, null);
    assertEquals("top: names node \"nowhere\", which the blueprint does not have", r.message());
  }

  @Test
  void slotWiredToAnUnknownNode() {
    endowments("reader").addProperty("source", "ghost");
    CheckResult result = check();
    assertEquals(List.of(Kind.UNKNOWN_NODE, Kind.UNREACHABLE), kinds(result));
    Refusal r = result.refusals().get(0);
    at(r, "reader", "source");
    assertEquals("node \"reader\", slot \"source\": is wired to node \"ghost\", which the blueprint does not have", r.message());
    at(result.refusals().get(1), "source", null);
  }

  // ---- WRONG_API ----

  @Test
  void wrongApi_namesNodeSlotExpectedAndProvidedApi_andTheExcessAuthority() {
    endowments("top").addProperty("reader", "source");
    nodes().remove("reader");
    Refusal r = only(check(), Kind.WRONG_API);
    at(r, "top", "reader");
    assertEquals(
        "node \"top\", slot \"reader\": expects Reader (read) but is wired to node \"source\", which provides Source;"
            + " excess authority: Source (read, write) from node \"source\", a chrome component with prefix = \"src:\"",
        r.message());
  }

  @Test
  void wrongApi_excessAuthority_includesWhatTheWiredNodeHolds() {
    Fixtures.api(dir, "Sink", "drain");
    Fixtures.component(dir, "sink", "{'provides': 'Sink', 'endowments': {'raw': 'Source', 'reader': 'Reader'}}");
    nodes().add("sink", Fixtures.object("{'component': 'components/sink', 'endowments': {'raw': 'reader', 'reader': 'reader'}}"));
    bp.addProperty("top", "sink");
    nodes().remove("top");
    bp.remove("questions");
    Refusal r = only(check(), Kind.WRONG_API);
    at(r, "sink", "raw");
    assertEquals(
        "node \"sink\", slot \"raw\": expects Source (read, write) but is wired to node \"reader\", which provides Reader;"
            + " excess authority: Reader (read) from node \"reader\", holding Source (read, write) from node \"source\","
            + " a chrome component with prefix = \"src:\"",
        r.message());
  }

  @Test
  void statusbarExample_passes_andItsMiswiredVariant_isRefusedNamingTheSlotAndTheExcessAuthority() {
    Path example = Path.of("..", "examples", "statusbar").toAbsolutePath().normalize();
    CheckResult good = Checker.check(Blueprint.read(example.resolve("blueprint.json")));
    assertEquals(List.of(), good.refusals());
    assertEquals(List.of("xhr", "password", "twitter", "readonly", "icon", "tab", "driver"), good.orThrow().bottomUp());

    CheckResult bad = Checker.check(Blueprint.read(example.resolve("miswired.json")));
    Refusal r = only(bad, Kind.WRONG_API);
    at(r, "driver", "icon");
    assertTrue(r.message().startsWith("node \"driver\", slot \"icon\": expects StatusIcon"), r.message());
    assertTrue(r.message().contains("but is wired to node \"xhr\", which provides RestrictedXHR; excess authority: RestrictedXHR ("), r.message());
    assertTrue(r.message().contains("a chrome component with domain (question \"host\")"), r.message());
  }

  // ---- MISSING_SLOT, EXTRA_SLOT ----

  @Test
  void missingSlot() {
    node(bp, "top").remove("endowments");
    CheckResult result = check();
    assertEquals(List.of(Kind.MISSING_SLOT, Kind.UNREACHABLE, Kind.UNREACHABLE), kinds(result));
    Refusal r = result.refusals().get(0);
    at(r, "top", "reader");
    assertEquals("node \"top\", slot \"reader\": expects Reader but is not wired", r.message());
  }

  @Test
  void extraSlot_namesTheSlotWhatIsDeclared_andTheExcessAuthority() {
    endowments("top").addProperty("spare", "source");
    Refusal r = only(check(), Kind.EXTRA_SLOT);
    at(r, "top", "spare");
    assertEquals(
        "node \"top\", slot \"spare\": component top declares no such slot (it declares reader);"
            + " excess authority: Source (read, write) from node \"source\", a chrome component with prefix = \"src:\"",
        r.message());
  }

  @Test
  void extraSlot_onAComponentWithoutSlots() {
    endowments("source").addProperty("peer", "reader");
    CheckResult result = check();
    // source -> reader -> source is also a loop.
    assertEquals(List.of(Kind.EXTRA_SLOT, Kind.CYCLE), kinds(result));
    assertTrue(result.refusals().get(0).message().contains("component source declares no such slot (it declares none)"));
  }

  // ---- chrome ----

  @Test
  void chromeGranted_toAComponentThatDoesNotDeclareIt() {
    node(bp, "reader").addProperty("chrome", true);
    Refusal r = only(check(), Kind.CHROME_NOT_DECLARED);
    at(r, "reader", null);
    assertEquals("node \"reader\": grants chrome to component reader, which does not declare chrome; remove \"chrome\": true", r.message());
  }

  @Test
  void chromeDeclared_butNotGranted() {
    node(bp, "source").addProperty("chrome", false);
    Refusal r = only(check(), Kind.CHROME_NOT_GRANTED);
    at(r, "source", null);
    assertEquals(
        "node \"source\": component source declares chrome, but the blueprint does not grant it; add \"chrome\": true so a reviewer sees it",
        r.message());
  }

  @Test
  void chromeRequired_byAComponentThatDoesNotDeclareIt() {
    Fixtures.component(
        dir,
        "sneaky",
        "{'provides': 'Source', 'params': {'prefix': 'STRING'}}",
        "const {Cu} = require(\"chrome\");\n" + Fixtures.trivialMaker());
    node(bp, "source").addProperty("component", "components/sneaky");
    node(bp, "source").remove("chrome");
    Refusal r = only(check(), Kind.CHROME_UNDECLARED_USE);
    at(r, "source", null);
    assertEquals("node \"source\": component sneaky does not declare chrome, but its module sneaky/main requires \"chrome\"", r.message());
  }

  @Test
  void chromeRequired_inAModuleTheMainModuleRequires() {
    Path c = Fixtures.component(
        dir, "sneaky", "{'provides': 'Source', 'params': {'prefix': 'STRING'}}", "var h = require(\"./helper\");\n" + Fixtures.trivialMaker());
    Fixtures.write(c.resolve("lib/helper.js"), "const {Cu} = require(\"chrome\");\nexports.cu = Cu;\n");
    node(bp, "source").addProperty("component", "components/sneaky");
    node(bp, "source").remove("chrome");
    Refusal r = only(check(), Kind.CHROME_UNDECLARED_USE);
    assertTrue(r.message().endsWith("its module sneaky/helper requires \"chrome\""), r.message());
  }

  @Test
  void chromeRequired_undeclared_evenWhenTheBlueprintGrantsIt() {
    Fixtures.component(
        dir, "sneaky", "{'provides': 'Source', 'params': {'prefix': 'STRING'}}", "const {Cu} = require(\"chrome\");\n" + Fixtures.trivialMaker());
    node(bp, "source").addProperty("component", "components/sneaky");
    assertEquals(List.of(Kind.CHROME_UNDECLARED_USE, Kind.CHROME_NOT_DECLARED), kinds(check()));
  }

  // ---- CYCLE, UNREACHABLE ----

  @Test
  void cycle_ofTwoNodes() {
    Fixtures.api(dir, "Ping", "ping");
    Fixtures.api(dir, "Pong", "pong");
    Fixtures.component(dir, "ping", "{'provides': 'Ping', 'endowments': {'peer': 'Pong'}}");
    Fixtures.component(dir, "pong", "{'provides': 'Pong', 'endowments': {'peer': 'Ping'}}");
    CheckResult result = Fixtures.check(
        dir,
        Fixtures.object(
            "{'name': 'loop', 'top': 'ping', 'nodes': {"
                + "'ping': {'component': 'components/ping', 'endowments': {'peer': 'pong'}},"
                + "'pong': {'component': 'components/pong', 'endowments': {'peer': 'ping'}}}}"));
    Refusal r = only(result, Kind.CYCLE);
    assertEquals("cycle: \"ping\" -> \"pong\" -> \"ping\"; a blueprint is built bottom-up and cannot loop", r.message());
    assertEquals(Optional.of("ping"), r.node());
  }

  @Test
  void cycle_ofThreeNodes_isReportedOnce() {
    Fixtures.api(dir, "A", "a");
    Fixtures.api(dir, "B", "b");
    Fixtures.api(dir, "C", "c");
    Fixtures.component(dir, "a", "{'provides': 'A', 'endowments': {'next': 'B'}}");
    Fixtures.component(dir, "b", "{'provides': 'B', 'endowments': {'next': 'C'}}");
    Fixtures.component(dir, "c", "{'provides': 'C', 'endowments': {'next': 'A'}}");
    CheckResult result = Fixtures.check(
        dir,
        Fixtures.object(
            "{'name': 'loop', 'top': 'a', 'nodes': {"
                + "'a': {'component': 'components/a', 'endowments': {'next': 'b'}},"
                + "'b': {'component': 'components/b', 'endowments': {'next': 'c'}},"
                + "'c': {'component': 'components/c', 'endowments': {'next': 'a'}}}}"));
    Refusal r = only(result, Kind.CYCLE);
    assertEquals("cycle: \"a\" -> \"b\" -> \"c\" -> \"a\"; a blueprint is built bottom-up and cannot loop", r.message());
  }

  @Test
  void cycle_ofOneNode() {
    Fixtures.api(dir, "Self", "self");
    Fixtures.component(dir, "selfish", "{'provides': 'Self', 'endowments': {'me': 'Self'}}");
    CheckResult result = Fixtures.check(
        dir, Fixtures.object("{'name': 'loop', 'top': 's', 'nodes': {'s': {'component': 'components/selfish', 'endowments': {'me': 's'}}}}"));
    assertEquals("cycle: \"s\" -> \"s\"; a blueprint is built bottom-up and cannot loop", only(result, Kind.CYCLE).message());
  }

  @Test
  void unreachableNode() {
    nodes().add("spare", Fixtures.object("{'component': 'components/reader', 'endowments': {'source': 'source'}}"));
    Refusal r = only(check(), Kind.UNREACHABLE);
    at(r, "spare", null);
    assertEquals("node \"spare\": the top node \"top\" does not reach it; a blueprint holds only what its add-on uses", r.message());
  }

  // ---- params and questions ----

  @Test
  void unboundParam() {
    params("top").remove("times");
    Refusal r = only(check(), Kind.UNBOUND_PARAM);
    at(r, "top", "times");
    assertTrue(r.message().startsWith("node \"top\", param \"times\": component top needs a"), r.message());
    assertTrue(r.message().contains("INTEGER but the param is not bound"), r.message());
  }

  @Test
  void unknownParam() {
    params("top").add("colour", Fixtures.object("{'value': 'red'}"));
    Refusal r = only(check(), Kind.UNKNOWN_PARAM);
    at(r, "top", "colour");
    assertEquals("node \"top\", param \"colour\": component top declares no such param (it declares greeting, times)", r.message());
  }

  @Test
  void unknownParam_onAComponentWithoutParams() {
    params("reader").add("colour", Fixtures.object("{'value': 'red'}"));
    assertTrue(only(check(), Kind.UNKNOWN_PARAM).message().endsWith("component reader declares no such param (it declares none)"));
  }

  @Test
  void unknownQuestion() {
    bp.remove("questions");
    params("top").add("greeting", Fixtures.object("{'question': 'salutation'}"));
    Refusal r = only(check(), Kind.UNKNOWN_QUESTION);
    at(r, "top", "greeting");
    assertEquals("node \"top\", param \"greeting\": is bound to question \"salutation\", which the blueprint does not have", r.message());
  }

  @Test
  void unusedQuestion() {
    bp.getAsJsonObject("questions").add("spare", Fixtures.object("{'type': 'DOMAIN', 'prompt': 'Spare?'}"));
    Refusal r = only(check(), Kind.UNUSED_QUESTION);
    at(r, null, "spare");
    assertEquals("question \"spare\": no param uses it; remove it, so nobody is asked for nothing", r.message());
  }

  @Test
  void paramType_questionOfAnotherType() {
    bp.getAsJsonObject("questions").add("greeting", Fixtures.object("{'type': 'INTEGER', 'prompt': 'Greeting?', 'default': 1}"));
    Refusal r = only(check(), Kind.PARAM_TYPE);
    at(r, "top", "greeting");
    assertTrue(r.message().startsWith("node \"top\", param \"greeting\": needs a STRING but question \"greeting\" asks for a"), r.message());
    assertTrue(r.message().endsWith("INTEGER"), r.message());
  }

  @Test
  void paramType_constantsOfTheRightType_pass() {
    params("top").add("times", Fixtures.object("{'value': -9007199254740991}"));
    params("source").add("prefix", Fixtures.object("{'value': ''}"));
    passes();
  }

  @Test
  void paramType_constantOfTheWrongType() {
    params("top").add("times", Fixtures.object("{'value': '3'}"));
    params("source").add("prefix", Fixtures.object("{'value': 5}"));
    CheckResult result = check();
    assertEquals(List.of(Kind.PARAM_TYPE, Kind.PARAM_TYPE), kinds(result));
    Refusal prefix = result.refusals().get(0);
    at(prefix, "source", "prefix");
    assertEquals("node \"source\", param \"prefix\": needs a STRING: expected a STRING string, got the number 5", prefix.message());
    Refusal times = result.refusals().get(1);
    at(times, "top", "times");
    assertTrue(times.message().startsWith("node \"top\", param \"times\": needs a"), times.message());
    assertTrue(times.message().endsWith("INTEGER: expected an INTEGER, got the string \"3\""), times.message());
  }

  @Test
  void paramType_constantNull_orObject_refused() {
    params("top").add("times", Fixtures.object("{'value': null}"));
    params("top").add("greeting", Fixtures.object("{'value': {'text': 'hi'}}"));
    bp.remove("questions");
    assertEquals(List.of(Kind.PARAM_TYPE, Kind.PARAM_TYPE), kinds(check()));
  }

  @Test
  void badConstraint_unknownName() {
    question("greeting").add("constraints", Fixtures.object("{'min': 1}"));
    Refusal r = only(check(), Kind.BAD_CONSTRAINT);
    at(r, null, "greeting");
    assertEquals("question \"greeting\": constraint min does not apply to STRING; it takes maxLength, minLength, pattern", r.message());
  }

  @Test
  void badConstraint_badRegex() {
    question("greeting").add("constraints", Fixtures.object("{'pattern': '[a-'}"));
    Refusal r = only(check(), Kind.BAD_CONSTRAINT);
    assertTrue(r.message().startsWith("question \"greeting\": constraint pattern is not a valid regular expression: "), r.message());
  }

  @Test
  void badConstraint_wrongKindOfValue() {
    question("greeting").add("constraints", Fixtures.object("{'maxLength': 'ten'}"));
    assertEquals("question \"greeting\": constraint maxLength must be an integer, got \"ten\"", only(check(), Kind.BAD_CONSTRAINT).message());
  }

  @Test
  void badDefault_ofTheWrongType() {
    question("greeting").addProperty("default", 5);
    Refusal r = only(check(), Kind.BAD_DEFAULT);
    at(r, null, "greeting");
    assertEquals("question \"greeting\": the default is not a valid answer: expected a STRING string, got the number 5", r.message());
  }

  @Test
  void badDefault_outsideItsConstraints() {
    question("greeting").addProperty("default", "");
    assertEquals(
        "question \"greeting\": the default is not a valid answer: is shorter than 1 characters", only(check(), Kind.BAD_DEFAULT).message());
  }

  @Test
  void noDefault_isNotABadDefault() {
    question("greeting").remove("default");
    passes();
  }

  // ---- UNKNOWN_API ----

  @Test
  void unknownApi_missingDocument() throws IOException {
    Files.delete(dir.resolve("apis/Reader.json"));
    CheckResult result = check();
    assertEquals(List.of(Kind.UNKNOWN_API, Kind.UNKNOWN_API), kinds(result));
    Refusal reader = result.refusals().get(0);
    at(reader, "reader", null);
    assertEquals(
        "node \"reader\": component reader names API Reader (provides), which has no API document Reader.json in " + dir.resolve("apis"),
        reader.message());
    Refusal top = result.refusals().get(1);
    assertTrue(
        top.message().startsWith("node \"top\": component top names API Reader (slot \""),
        top.message());
    assertTrue(top.message().endsWith("which has no API document Reader.json in " + dir.resolve("apis")), top.message());
  }

  @Test
  void unknownApi_documentWithAnotherName() {
    Fixtures.write(dir.resolve("apis/Reader.json"), Fixtures.json("{'name': 'Writer', 'methods': {'read': 'reads'}}"));
    CheckResult result = check();
    assertEquals(List.of(Kind.UNKNOWN_API, Kind.UNKNOWN_API), kinds(result));
    Refusal r = result.refusals().get(0);
    at(r, "reader", null);
    assertEquals(
        "node \"reader\": component reader names API Reader (provides), but its document " + dir.resolve("apis/Reader.json") + " names API Writer",
        r.message());
    assertTrue(result.refusals().get(1).message().endsWith("but its document " + dir.resolve("apis/Reader.json") + " names API Writer"),
        "every node naming the API gets the same reason: " + result.refusals().get(1).message());
  }

  @Test
  void unknownApi_invalidDocument() {
    Fixtures.write(dir.resolve("apis/Source.json"), "{\"name\": \"Source\"}");
    CheckResult result = check();
    assertEquals(List.of(Kind.UNKNOWN_API, Kind.UNKNOWN_API), kinds(result));
    Refusal r = result.refusals().get(0);
    at(r, "source", null);
    at(result.refusals().get(1), "reader", "source");
    assertTrue(r.message().startsWith("node \"source\": component source names API Source (provides), whose document is not valid: "), r.message());
    assertTrue(result.refusals().get(1).message().contains("names API Source (slot \"source\"), whose document is not valid: "),
        result.refusals().get(1).message());
    assertTrue(r.message().contains("\"methods\" must be an object"), r.message());
  }

  @Test
  void apisFolder_isTheOneTheBlueprintNames() {
    Fixtures.copy(dir.resolve("apis"), dir.resolve("docs"));
    bp.addProperty("apis", "docs");
    passes();
    bp.addProperty("apis", "nothing-here");
    CheckResult result = check();
    // source names Source; reader names Reader and Source; top names Reader and Top.
    assertEquals(List.of(Kind.UNKNOWN_API, Kind.UNKNOWN_API, Kind.UNKNOWN_API, Kind.UNKNOWN_API, Kind.UNKNOWN_API), kinds(result));
    assertTrue(
        result.refusals().get(0).message().endsWith("which has no API document Source.json in " + dir.resolve("nothing-here")),
        result.refusals().get(0).message());
  }
}
