package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.principals.Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code createObjectIn} (DESIGN.md section 4): a plain object of the target's global. */
class CreateObjectInTest {
  private Engine engine;
  private Sandbox system;

  @BeforeEach
  void setUp() {
    engine = Engine.create();
    system = engine.createSandbox(Principal.system());
    sys("var sb = Cu.Sandbox('https://a.example');"
        + "var other = Cu.Sandbox('https://b.example');"
        + "var ep = Cu.Sandbox(['https://a.example', 'https://b.example'], {wantExportHelpers: true});"
        + "function inA(src) { return Cu.evalInSandbox(src, sb); }");
  }

  private Object sys(String source) {
    return engine.evaluate(system, source);
  }

  private void assertError(String name, String message, String source) {
    ScriptException e = assertThrows(ScriptException.class, () -> sys(source));
    assertEquals(name + ": " + message, e.errorName() + ": " + e.errorMessage());
  }

  @Test
  void createsAPlainObjectOfTheTargetsGlobal() {
    sys("var made = Cu.createObjectIn(sb)");
    assertEquals("https://a.example", sys("Cu.getObjectPrincipal(made).origin"));
    sys("sb.made = made");
    assertEquals("true 0", sys("inA('(Object.getPrototypeOf(made) === Object.prototype) + \" \" + Object.keys(made).length')"));
  }

  @Test
  void withDefineAs_isDefinedOnTheTargetScope_asAnEnumerableProperty() {
    sys("var made = Cu.createObjectIn(sb, {defineAs: 'named'})");
    assertEquals(
        "object true true true",
        sys("inA('var d = Object.getOwnPropertyDescriptor(this, \"named\"); typeof named + \" \" + d.enumerable + \" \" + d.writable + \" \" + d.configurable')"));
    assertEquals("undefined", sys("Cu.createObjectIn(sb); inA('typeof unnamed')"));
  }

  @Test
  void definesOnAnyObjectOfTheTarget() {
    sys("var holder = Cu.evalInSandbox('var holder = {}; holder', sb); Cu.createObjectIn(holder, {defineAs: 'child'})");
    assertEquals("object", sys("inA('typeof holder.child')"));
  }

  @Test
  void reachesTheCallerWithXraysWaived_soItCanBePopulated() {
    sys("var made = Cu.createObjectIn(sb, {defineAs: 'made'})");
    assertEquals("false", sys("String(Cu.isXrayWrapper(made))"));
    sys("made.text = 'hello'; made.fn = function () { return 1; };");
    // The content sees the primitive, and the system function as a function it may call.
    assertEquals("hello function 1", sys("inA('made.text + \" \" + typeof made.fn + \" \" + made.fn()')"));
  }

  @Test
  void exportFunctionOntoACreatedObject_asInGeckosTest() {
    sys("var called = false; var obj = Cu.createObjectIn(sb, {defineAs: 'importedObject'});"
        + "Cu.exportFunction(function (arg) { called = arg.wasCalled; }, obj, {defineAs: 'privMethod'});");
    sys("inA('importedObject.privMethod({wasCalled: true})')");
    assertEquals(Boolean.TRUE, sys("called"));
  }

  @Test
  void defineAsNotAString_isRefused() {
    assertError("Error", "defineAs must be a string", "Cu.createObjectIn(sb, {defineAs: 42})");
  }

  @Test
  void targetNotAnObject_isRefused() {
    assertError("Error", "Expected an object as the target scope", "Cu.createObjectIn(42)");
    assertError("Error", "Invalid argument", "Cu.createObjectIn(sb, 'name')");
  }

  @Test
  void callerMustSubsumeTheTarget() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.third = Cu.evalInSandbox('({})', other);"
        + "ep.subsb = sb;");
    assertError("Error", "Permission denied to create object in the target scope", "Cu.evalInSandbox('createObjectIn(third)', h)");
    assertEquals("object", sys("Cu.evalInSandbox('typeof createObjectIn(this)', h)"));
    assertEquals("https://a.example", sys("Cu.getObjectPrincipal(Cu.evalInSandbox('createObjectIn(subsb, {defineAs: \"fromEp\"})', ep)).origin"));
    assertEquals("object", sys("inA('typeof fromEp')"));
  }

  @Test
  void proxyTarget_withDefineAs_isRefused() {
    assertError("Error", "Defining property on proxy object is not allowed", "Cu.createObjectIn(new Proxy({}, {}), {defineAs: 'x'})");
    assertEquals("object", sys("typeof Cu.createObjectIn(new Proxy({}, {}))"));
  }

  @Test
  void nukedTarget_isDead() {
    sys("Cu.nukeSandbox(sb)");
    assertError("TypeError", "can't access dead object", "Cu.createObjectIn(sb)");
  }
}
