package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {
  private final Engine engine = Engine.create();

  @Test
  void evaluate_returnsPrimitivesAsJavaValues() {
    Sandbox sandbox = engine.createSandbox(Principal.content("https://a.example"));
    assertEquals(3, ((Number) sandbox.evaluate("1 + 2", "a.js")).intValue());
    assertEquals("ab", sandbox.evaluate("'a' + 'b'", "a.js"));
    assertEquals(Boolean.TRUE, sandbox.evaluate("1 < 2", "a.js"));
    assertNull(sandbox.evaluate("undefined", "a.js"));
    assertNull(sandbox.evaluate("null", "a.js"));
  }

  @Test
  void evaluate_returnsContentObjectsAsTheSystemPrincipalSeesThem() {
    Sandbox sandbox = engine.createSandbox(Principal.content("https://a.example"));
    Object object = sandbox.evaluate("({x: 1})", "a.js");
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(object));
    Sandbox system = engine.createSandbox(Principal.system());
    assertEquals(WrapperKind.RAW, Wrappers.kindOf(system.evaluate("({x: 1})", "s.js")));
  }

  @Test
  void scriptErrors_reachTheHostAsNameMessageFileAndLine() {
    Sandbox sandbox = engine.createSandbox(Principal.createNull());
    ScriptException e =
        assertThrows(ScriptException.class, () -> sandbox.evaluate("var a;\nthrow new RangeError('far');", "f.js"));
    assertEquals("RangeError", e.errorName());
    assertEquals("far", e.errorMessage());
    assertEquals("f.js", e.fileName());
    assertEquals(2, e.lineNumber());
    assertEquals("f.js:2: RangeError: far", e.getMessage());
  }

  @Test
  void scriptCannotReachJava() {
    Sandbox sandbox = engine.createSandbox(Principal.system());
    assertEquals(
        "undefined undefined undefined undefined undefined",
        sandbox.evaluate(
            "[typeof Packages, typeof java, typeof getClass, typeof JavaAdapter, typeof JavaImporter].join(' ')", "s.js"));
  }

  @Test
  void evaluate_refusesASandboxOfAnotherEngine() {
    Sandbox foreign = Engine.create().createSandbox(Principal.system());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.evaluate(foreign, "1"));
    assertEquals("the sandbox belongs to another engine", e.getMessage());
  }

  @Test
  void systemSandboxes_shareTheSystemCompartmentUnlessFresh() {
    Sandbox a = engine.createSandbox(Principal.system());
    Sandbox b = engine.createSandbox(Principal.system());
    Sandbox fresh = engine.createSandbox(Principal.system(), SandboxOptions.DEFAULT.withFreshCompartment(true));
    assertSame(a.compartment(), b.compartment());
    assertTrue(a.compartment() != fresh.compartment());
    assertSame(engine.membrane().systemCompartment(), a.compartment());
  }

  @Test
  void contentSandboxes_haveNoComponents_systemOnesHaveThemUnlessDeclined() {
    assertEquals("undefined", engine.createSandbox(Principal.content("https://a.example")).evaluate("typeof Components", "a.js"));
    assertEquals("object", engine.createSandbox(Principal.system()).evaluate("typeof Components.utils", "s.js"));
    assertEquals(
        "undefined",
        engine.createSandbox(Principal.system(), SandboxOptions.DEFAULT.withWantComponents(false)).evaluate("typeof Cu", "s.js"));
  }

  @Test
  void defineFunction_passesHostValuesAndReturnsPrimitives() {
    Sandbox sandbox = engine.createSandbox(Principal.content("https://a.example"));
    List<Object> seen = new ArrayList<>();
    sandbox.defineFunction("host", args -> {
      seen.addAll(args);
      return args.size();
    });
    assertEquals(4, ((Number) sandbox.evaluate("host('s', 2, undefined, null)", "a.js")).intValue());
    assertEquals("s", seen.get(0));
    assertEquals(2, ((Number) seen.get(1)).intValue());
    assertSame(HostFunction.UNDEFINED, seen.get(2));
    assertNull(seen.get(3));
    assertEquals("undefined", engine.toDisplayString(seen.get(2)));
  }

  @Test
  void defineFunction_refusesToReturnJavaObjectsToScripts() {
    Sandbox sandbox = engine.createSandbox(Principal.content("https://a.example"));
    sandbox.defineFunction("leak", args -> new ArrayList<>());
    sandbox.defineFunction("fail", args -> {
      throw new IllegalStateException("secret java detail");
    });
    assertEquals(
        "host function leak returned a value that is not null, a String, Number or Boolean",
        sandbox.evaluate("try { leak(); } catch (e) { e.message }", "a.js"));
    assertEquals("An exception was thrown", sandbox.evaluate("try { fail(); } catch (e) { e.message }", "a.js"));
  }

  @Test
  void nuke_makesEveryWrapperIntoTheSandboxDead() {
    Sandbox system = engine.createSandbox(Principal.system());
    system.evaluate("var sb = Cu.Sandbox('https://a.example'); var o = Cu.evalInSandbox('({x: 1})', sb);", "s.js");
    Sandbox content = engine.createSandbox(Principal.content("https://b.example"));
    content.nuke();
    assertEquals(1, ((Number) system.evaluate("o.x", "s.js")).intValue());
    assertEquals("can't access dead object", system.evaluate("Cu.nukeSandbox(sb); try { o.x } catch (e) { e.message }", "s.js"));
  }
}
