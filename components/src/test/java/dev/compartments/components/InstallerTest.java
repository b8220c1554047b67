package dev.compartments.components;

import static dev.compartments.components.Fixtures.kinds;
import static dev.compartments.components.Fixtures.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.compartments.components.Installer.Installation;
import dev.compartments.components.Refusal.Kind;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.PackageRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The installer builds a checked blueprint bottom-up: each maker gets exactly its wired slots and
 * its params as frozen data, each export object is frozen, and what crosses between components is a
 * facade that shows only what the provider exported.
 */
class InstallerTest {
  private static final String TOP_SECTION =
      "{'provides': 'Top', 'endowments': {'reader': 'Reader'}, 'params': {'greeting': 'STRING', 'times': 'INTEGER'}}";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private JsonObject bp;

  @BeforeEach
  void writeTheStack() {
    Fixtures.stack(dir);
    bp = Fixtures.stackBlueprint();
  }

  private LoaderOptions options() {
    return LoaderOptions.to(new PrintWriter(out));
  }

  private CheckedBlueprint checked() {
    return Fixtures.check(dir, bp).orThrow();
  }

  private Installation install(Map<String, JsonElement> answers) {
    return Installer.install(checked(), answers, options());
  }

  private List<String> lines() {
    String text = out.toString();
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }

  private static String call(Installation add, String node, String method, String args) {
    return add.runtime().call(add.instance(node), method, args);
  }

  private static String call(Installation add, String method) {
    return add.runtime().call(add.top(), method, "[]");
  }

  /** Replaces the top node's component by one whose main module is {@code mainJs}. */
  private void topMadeBy(String mainJs) {
    Fixtures.component(dir, "bad-top", TOP_SECTION, mainJs);
    node(bp, "top").addProperty("component", "components/bad-top");
  }

  // ---- a correct install ----

  @Test
  void stack_buildsBottomUp_eachMakerGettingExactlyItsWiredSlots() {
    Installation add = install(Map.of());
    assertEquals(
        List.of(
            "make source: endowments [] params {\"prefix\":\"src:\"} chrome object",
            "make reader: endowments [source] params {}",
            "make top: endowments [reader] params {\"greeting\":\"hello\",\"times\":3}"),
        lines());
    assertEquals(List.of("source", "reader", "top"), List.copyOf(add.instances().keySet()));
    assertSame(add.instance("top"), add.top());
    assertEquals(checked().blueprint().addonId(), add.addonId());
    assertEquals(Map.of("greeting", new JsonPrimitive("hello")), add.answers());
  }

  @Test
  void instances_getChromeOnlyWhereTheBlueprintGrantsIt() {
    Installation add = install(Map.of());
    assertTrue(add.instance("source").chromeGranted());
    assertFalse(add.instance("reader").chromeGranted());
    assertFalse(add.instance("top").chromeGranted());
  }

  @Test
  void unknownNode_ofAnInstallation_refused() {
    Installation add = install(Map.of());
    assertEquals("the add-on has no node \"nowhere\"", assertThrows(IllegalArgumentException.class, () -> add.instance("nowhere")).getMessage());
  }

  @Test
  void callsFlowThroughTheStack() {
    Installation add = install(Map.of("greeting", new JsonPrimitive("hey")));
    assertEquals("\"hey src:\"", call(add, "show"));
    // The source itself has write; the top reaches only what the reader passes on.
    assertEquals("1", call(add, "source", "write", "[\"a\"]"));
    assertEquals("2", call(add, "source", "write", "[\"b\"]"));
    assertEquals("\"hey src:a|b\"", call(add, "show"));
    assertEquals("\"src:a|b\"", call(add, "reader", "read", "[]"));
  }

  @Test
  void attenuatedFacade_doesNotExposeTheHiddenMethod() {
    Installation add = install(Map.of());
    assertEquals("\"read\"", call(add, "readerMembers"));
    assertEquals("\"undefined\"", call(add, "readerWrite"));
    assertEquals("\"undefined,undefined\"", call(add, "readerSource"), "neither the reader's source nor a source slot reaches the top");
    ScriptException e = assertThrows(ScriptException.class, () -> call(add, "reader", "write", "[\"x\"]"));
    assertEquals("component reader has no method write", e.errorMessage());
  }

  @Test
  void exportObjectsAndFacades_areFrozen_soNoConsumerCanAddOrReplaceMethods() {
    Installation add = install(Map.of());
    assertEquals("\"true,true,true,true\"", call(add, "frozen"), "endowments, the reader facade, params and the top's own export object");
    assertEquals("\"TypeError\"", call(add, "replaceReaderRead"));
    assertEquals("\"TypeError\"", call(add, "addToReader"));
    assertEquals("\"TypeError\"", call(add, "addEndowment"));
    assertEquals("\"TypeError\"", call(add, "replaceOwnShow"));
    assertEquals("\"TypeError\"", call(add, "addOwnMethod"));
    assertEquals("\"hello src:\"", call(add, "show"), "nothing was replaced");
    assertEquals("\"undefined\"", call(add, "readerWrite"), "nothing was added");
    ScriptException e = assertThrows(ScriptException.class, () -> call(add, "extra"));
    assertEquals("component top has no method extra", e.errorMessage());
  }

  @Test
  void params_arriveAsFrozenData() {
    Installation add = install(Map.of());
    assertEquals("\"string,number\"", call(add, "paramTypes"));
    assertEquals("\"TypeError\"", call(add, "changeParam"));
    assertEquals("\"hello src:\"", call(add, "show"));
  }

  // ---- refusals ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"source", "reader", "top"})
  void componentFileChangedAfterTheCheck_isRefused_andNothingMoreIsBuilt(String changed) {
    CheckedBlueprint checked = checked();
    String was = checked.components().get(changed).id();
    Fixtures.append(dir.resolve("components/" + changed + "/lib/main.js"), "// changed after the check\n");
    String now = ComponentDescription.read(dir.resolve("components/" + changed)).id();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Installer.install(checked, Map.of(), options()));
    assertEquals(
        "node \"" + changed + "\": component " + changed + " changed since the check (was " + was + ", now " + now + "); nothing more is built",
        e.getMessage());
    List<String> built = lines().stream().map(line -> line.substring("make ".length(), line.indexOf(':'))).toList();
    List<String> order = List.of("source", "reader", "top");
    assertEquals(order.subList(0, order.indexOf(changed)), built);
  }

  @Test
  void fileAddedToAComponentAfterTheCheck_isRefused() {
    CheckedBlueprint checked = checked();
    Fixtures.write(dir.resolve("components/source/data/extra.txt"), "added later\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Installer.install(checked, Map.of(), options()));
    assertTrue(e.getMessage().startsWith("node \"source\": component source changed since the check"), e.getMessage());
    assertEquals(List.of(), lines());
  }

  @Test
  void makerThatThrows_givesAScriptExceptionNamingTheNode() {
    topMadeBy("module.exports = function (endowments, params) {\n  throw new RangeError(\"boom\");\n};\n");
    ScriptException e = assertThrows(ScriptException.class, () -> install(Map.of()));
    assertEquals("RangeError", e.errorName());
    assertEquals("node \"top\" (component bad-top): boom", e.errorMessage());
    assertEquals(2, lines().size(), "the nodes below were built: " + lines());
  }

  @Test
  void mainModuleThatThrows_givesAScriptExceptionNamingTheNode() {
    topMadeBy("var x = 1;\nnull.boom;\n");
    ScriptException e = assertThrows(ScriptException.class, () -> install(Map.of()));
    assertEquals("TypeError", e.errorName());
    assertTrue(e.errorMessage().startsWith("node \"top\" (component bad-top): "), e.errorMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"42:number", "null:null", "undefined:undefined", "'text':string", "function () {}:function", "true:boolean"})
  void makerReturningANonObject_isRefused(String returnedAndType) {
    int colon = returnedAndType.lastIndexOf(':');
    topMadeBy("module.exports = function (endowments, params) { return " + returnedAndType.substring(0, colon) + "; };\n");
    ScriptException e = assertThrows(ScriptException.class, () -> install(Map.of()));
    assertEquals("TypeError", e.errorName());
    assertEquals(
        "node \"top\" (component bad-top): component top: its maker must return an object, not " + returnedAndType.substring(colon + 1),
        e.errorMessage());
  }

  @Test
  void mainModuleExportingNoMaker_isRefused() {
    topMadeBy("exports.show = function () { return 'not a maker'; };\n");
    ScriptException e = assertThrows(ScriptException.class, () -> install(Map.of()));
    assertEquals(
        "node \"top\" (component bad-top): component top: its main module bad-top/main must export a maker function (endowments, params) => object, not object",
        e.errorMessage());
  }

  @Test
  void nonChromeComponentRequiringChrome_isRefusedByTheChecker_andByTheRuntime() {
    Fixtures.component(dir, "sneaky", "{'provides': 'Source', 'params': {'prefix': 'STRING'}}", Fixtures.SOURCE_JS);
    node(bp, "source").addProperty("component", "components/sneaky");
    node(bp, "source").remove("chrome");
    Checker.CheckResult result = Fixtures.check(dir, bp);
    assertEquals(List.of(Kind.CHROME_UNDECLARED_USE), kinds(result));
    assertThrows(BlueprintRefusedException.class, result::orThrow);

    // Even a CheckedBlueprint made without the checker gets no chrome the blueprint did not grant.
    Blueprint blueprint = result.blueprint();
    Map<String, ComponentDescription> components = new java.util.LinkedHashMap<>();
    for (String node : List.of("source", "reader", "top")) {
      components.put(node, ComponentDescription.read(blueprint.nodes().get(node).component()));
    }
    CheckedBlueprint forged = new CheckedBlueprint(blueprint, components, Map.of(), List.of("source", "reader", "top"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Installer.install(forged, Map.of(), options()));
    assertEquals("package sneaky: module sneaky/main requires \"chrome\", which instance \"source\" was not granted", e.getMessage());
    assertEquals(List.of(), lines());
  }

  @Test
  void badAnswers_buildNothing() {
    CheckedBlueprint checked = checked();
    BlueprintRefusedException e =
        assertThrows(BlueprintRefusedException.class, () -> Installer.install(checked, Map.of("greeting", new JsonPrimitive(5)), options()));
    assertEquals(List.of(Kind.BAD_ANSWER), kinds(e.refusals()));
    assertEquals("question \"greeting\" (STRING): the answer is refused: expected a STRING string, got the number 5", e.refusals().get(0).message());
    assertEquals(List.of(), lines());

    assertThrows(BlueprintRefusedException.class, () -> Installer.install(checked, Map.of("greeting", new JsonPrimitive("")), options()));
    assertThrows(BlueprintRefusedException.class, () -> Installer.install(checked, Map.of("colour", new JsonPrimitive("red")), options()));
    assertEquals(List.of(), lines());
  }

  @Test
  void eachInstall_hasARuntimeOfItsOwn() {
    CheckedBlueprint checked = checked();
    Installation first = Installer.install(checked, Map.of(), options());
    Installation second = Installer.install(checked, Map.of("greeting", new JsonPrimitive("bye")), options());
    call(first, "source", "write", "[\"only in the first\"]");
    assertEquals("\"hello src:only in the first\"", call(first, "show"));
    assertEquals("\"bye src:\"", call(second, "show"));
    PackageRuntime runtime = second.runtime();
    assertThrows(IllegalArgumentException.class, () -> runtime.call(first.top(), "show", "[]"));
  }
}
