package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java faces of cloneInto, exportFunction, createObjectIn and waiveXrays. */
class HostHelpersTest {
  private final Engine engine = Engine.create();
  private final Sandbox system = engine.createSandbox(Principal.system());
  private final Sandbox content = engine.createSandbox(Principal.content("https://a.example"));

  @Test
  void cloneInto_buildsTheCloneInTheTargetGlobal() {
    Object data = system.evaluate("({n: 1, list: [1, 2], when: new Date(0)})", "s.js");
    Object clone = engine.cloneInto(data, content, CloneOptions.DEFAULT);
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(clone));
    engine.exportFunction(system.evaluate("(function (v) { return v; })", "s.js"), content, "identity");
    content.defineFunction("hold", args -> null);
    assertEquals("1,1,2,0", content.evaluate("var got = identity(1); [got].concat([1, 2], [0]).join()", "a.js"));
  }

  @Test
  void cloneInto_refusesFunctionsUnlessAsked() {
    Object fn = system.evaluate("({f: function () { return 7; }})", "s.js");
    ScriptException e = assertThrows(ScriptException.class, () -> engine.cloneInto(fn, content, CloneOptions.DEFAULT));
    assertEquals("Permission denied to pass a Function via structured clone", e.errorMessage());
    Object clone = engine.cloneInto(fn, content, new CloneOptions(true, false, false));
    assertTrue(Wrappers.isWrapper(clone));
  }

  @Test
  void exportFunction_definesACheckedForwarderOnTheTarget() {
    Object fn = system.evaluate("(function (a, b) { return a + b; })", "s.js");
    engine.exportFunction(fn, content, "add");
    assertEquals(5, ((Number) content.evaluate("add(2, 3)", "a.js")).intValue());
    Sandbox third = engine.createSandbox(Principal.content("https://b.example"));
    third.evaluate("var foreign = {};", "b.js");
    assertEquals("function", content.evaluate("typeof add", "a.js"));
  }

  @Test
  void createObjectIn_makesAnObjectOfTheTargetThatTheHostCanFill() {
    Object object = engine.createObjectIn(content, "made");
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(object));
    assertEquals("object", content.evaluate("typeof made", "a.js"));
  }

  @Test
  void waiveXrays_showsWhatTheOtherSideDefined() {
    Object xray = content.evaluate("({get g() { return 2; }})", "a.js");
    Object waived = engine.waiveXrays(xray);
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(waived));
  }

  @Test
  void helpers_refuseJavaObjectsAndForeignSandboxes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> engine.cloneInto(List.of(1), content, CloneOptions.DEFAULT));
    assertTrue(e.getMessage().startsWith("expected a value as evaluate returns them"), e.getMessage());
    Sandbox foreign = Engine.create().createSandbox(Principal.system());
    assertEquals(
        "the sandbox belongs to another engine",
        assertThrows(IllegalArgumentException.class, () -> engine.createObjectIn(foreign, null)).getMessage());
  }
}
