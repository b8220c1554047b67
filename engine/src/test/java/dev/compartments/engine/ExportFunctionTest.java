package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code exportFunction} (DESIGN.md section 4), driven from a system sandbox through {@code Cu},
 * and from sandboxes made with {@code wantExportHelpers}. Content A is {@code sb}; {@code other}
 * is a third origin B; {@code ep} is an expanded principal over A and B with the export helpers.
 */
class ExportFunctionTest {
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

  private ScriptException sysThrows(String source) {
    return assertThrows(ScriptException.class, () -> sys(source));
  }

  private void assertError(String name, String message, String source) {
    ScriptException e = sysThrows(source);
    assertEquals(name + ": " + message, e.errorName() + ": " + e.errorMessage());
  }

  // ---- the forwarder ----

  @Test
  void exportedFunction_withDefineAs_isCallableInTheTargetWithTheOriginalsLengthAndTheNewName() {
    sys("Cu.exportFunction(function original(a, b, c) { return a + b + c; }, sb, {defineAs: 'sum'})");
    assertEquals("6|3|sum|function", sys("inA('sum(1, 2, 3) + \"|\" + sum.length + \"|\" + sum.name + \"|\" + typeof sum')"));
  }

  @Test
  void exportedFunction_withoutDefineAs_takesTheOriginalsNameAndDefinesNothing() {
    assertEquals("original|2", sys("var f = Cu.exportFunction(function original(a, b) {}, sb); f.name + '|' + f.length"));
    assertEquals("undefined", sys("inA('typeof original')"));
    assertEquals("", sys("Cu.exportFunction(function () {}, sb).name"));
  }

  @Test
  void exportedFunction_belongsToTheTargetAndReachesTheCallerAsAnXray() {
    assertEquals(
        "https://a.example|true",
        sys("var f = Cu.exportFunction(function () {}, sb); Cu.getObjectPrincipal(f).origin + '|' + Cu.isXrayWrapper(f)"));
    assertEquals(Boolean.TRUE, sys("Cu.exportFunction(function () {}, sb, {defineAs: 'g'}); inA('Object.getPrototypeOf(g) === Function.prototype')"));
  }

  @Test
  void defineAs_definesAnEnumerableWritableConfigurableProperty() {
    sys("Cu.exportFunction(function () {}, sb, {defineAs: 'f'})");
    assertEquals(
        "true true true",
        sys("inA('var d = Object.getOwnPropertyDescriptor(this, \"f\"); d.enumerable + \" \" + d.writable + \" \" + d.configurable')"));
  }

  @Test
  void exportedFunction_doesNotExposeTheOriginal() {
    sys("Cu.exportFunction(function original() { return 'SECRET_BODY'; }, sb, {defineAs: 'f'})");
    String text = (String) sys("inA('Function.prototype.toString.call(f)')");
    assertTrue(text.contains("[native code]"), text);
    assertFalse(text.contains("SECRET_BODY"), text);
    // No own property of the forwarder is a function (the original would be one), and it has no
    // prototype object that could lead back.
    assertEquals(
        "none|undefined",
        sys("inA('Object.getOwnPropertyNames(f).filter(function (k) { var v = f[k]; return typeof v === \"function\" || (v && typeof v === \"object\"); }).join() || \"none\"') + '|' + inA('typeof f.prototype')"));
  }

  @Test
  void exportedFunction_isConstructibleIffTheOriginalIs() {
    sys("Cu.exportFunction(function Point(x) { this.x = x; }, sb, {defineAs: 'Point'});"
        + "Cu.exportFunction(function (x) { return x; }, sb, {defineAs: 'plain'});"
        + "Cu.exportFunction((x) => x, sb, {defineAs: 'arrow'});"
        + "Cu.exportFunction(({m() {}}).m, sb, {defineAs: 'method'});");
    assertEquals("object", sys("inA('typeof new Point(1)')"));
    assertEquals("object", sys("inA('typeof new plain(1)')"));
    assertError("TypeError", "arrow is not a constructor", "inA('new arrow(1)')");
    assertError("TypeError", "method is not a constructor", "inA('new method(1)')");
  }

  @Test
  void plainCall_runsTheCalleeWithItsOwnGlobalAsThis() {
    sys("var systemGlobal = this; Cu.exportFunction(function () { return this === systemGlobal; }, sb, {defineAs: 'who'})");
    assertEquals(Boolean.TRUE, sys("inA('who()')"));
  }

  // ---- arguments, this and results ----

  @Test
  void callee_receivesXraysOfContentObjects() {
    sys("Cu.exportFunction(function (o) { return Cu.isXrayWrapper(o) + ':' + o.visible + ':' + o.fn + ':' + Cu.getObjectPrincipal(o).origin; }, sb, {defineAs: 'inspect'})");
    assertEquals("true:1:undefined:https://a.example", sys("inA('inspect({visible: 1, fn: function () {}})')"));
  }

  @Test
  void targetsOwnObject_isAllowed_butAThirdOriginsObjectIsRefused() {
    sys("Cu.exportFunction(function (o) { return 'got ' + typeof o; }, sb, {defineAs: 'f'});"
        + "sb.third = Cu.evalInSandbox('({a: 1})', other);");
    assertEquals("got object", sys("inA('f({a: 1})')"));
    assertError("Error", "Permission denied to pass object to exported function", "inA('f(third)')");
    assertError("Error", "Permission denied to pass object to exported function", "inA('f(1, {ok: 1}, third)')");
  }

  @Test
  void thisOfAThirdOrigin_isRefusedToo() {
    sys("Cu.exportFunction(function () { return 'called'; }, sb, {defineAs: 'f'});"
        + "sb.third = Cu.evalInSandbox('({a: 1})', other);");
    assertEquals("called", sys("inA('f.call({mine: 1})')"));
    assertError("Error", "Permission denied to pass object to exported function", "inA('f.call(third)')");
  }

  @Test
  void allowCrossOriginArguments_letsAThirdOriginsObjectThrough() {
    sys("Cu.exportFunction(function (o) { return Cu.isXrayWrapper(o) + ':' + o.a + ':' + Cu.getObjectPrincipal(o).origin; }, sb, {defineAs: 'g', allowCrossOriginArguments: true});"
        + "sb.third = Cu.evalInSandbox('({a: 1})', other);");
    assertEquals("true:1:https://b.example", sys("inA('g(third)')"));
  }

  @Test
  void objectOfTheFunctionsOwnCompartment_isAllowedAndArrivesRaw() {
    sys("var secret = {s: 1}; sb.secret = secret;"
        + "Cu.exportFunction(function (o) { return o === secret; }, sb, {defineAs: 'isSecret'});");
    assertEquals(Boolean.TRUE, sys("inA('isSecret(secret)')"));
  }

  @Test
  void objectTheTargetSubsumes_isAllowed_butOneItDoesNotIsRefused() {
    // The target is ep (A and B); an object of A is subsumed by it, an object of C is not.
    sys("ep.fromA = Cu.evalInSandbox('({a: 1})', sb);"
        + "ep.fromC = Cu.evalInSandbox('({c: 1})', Cu.Sandbox('https://c.example'));"
        + "Cu.exportFunction(function (o) { return Cu.getObjectPrincipal(o).origin; }, ep, {defineAs: 'origin'});");
    assertEquals("https://a.example", sys("Cu.evalInSandbox('origin(fromA)', ep)"));
    assertError("Error", "Permission denied to pass object to exported function", "Cu.evalInSandbox('origin(fromC)', ep)");
  }

  @Test
  void result_reachesTheTargetWrappedForIt() {
    sys("Cu.exportFunction(function () { return {secret: 1}; }, sb, {defineAs: 'make'})");
    // A plain system object seen by content: a Chrome Object Wrapper, reads are silent.
    assertEquals("object|undefined", sys("inA('var r = make(); typeof r + \"|\" + r.secret')"));
    sys("Cu.exportFunction(function () { return 'text'; }, sb, {defineAs: 'text'})");
    assertEquals("text", sys("inA('text()')"));
  }

  // ---- exceptions ----

  @Test
  void exceptionTheTargetMayNotSee_becomesTheGenericError() {
    sys("Cu.exportFunction(function () { throw new Error('secret'); }, sb, {defineAs: 'boom'});"
        + "Cu.exportFunction(function () { null.x; }, sb, {defineAs: 'crash'});");
    assertError("Error", "An exception was thrown", "inA('boom()')");
    assertError("Error", "An exception was thrown", "inA('crash()')");
    assertEquals("Error: An exception was thrown", sys("inA('try { boom() } catch (e) { String(e) }')"));
  }

  @Test
  void exceptionTheTargetMaySee_passesThrough() {
    sys("Cu.exportFunction(function (e) { throw e; }, sb, {defineAs: 'rethrow'});"
        + "Cu.exportFunction(function () { throw 'plain'; }, sb, {defineAs: 'primitive'});");
    assertEquals(Boolean.TRUE, sys("inA('var mine = new TypeError(\"mine\"); try { rethrow(mine) } catch (e) { e === mine }')"));
    assertEquals("plain", sys("inA('try { primitive() } catch (e) { e }')"));
  }

  @Test
  void calleesErrors_reachASubsumingCallerAsXrays() {
    sys("var fromContent = Cu.exportFunction(Cu.evalInSandbox('(function () { throw new TypeError(\"visible\"); })', sb), this)");
    assertEquals("visible|true", sys("try { fromContent() } catch (e) { e.message + '|' + Cu.isXrayWrapper(e) }"));
  }

  // ---- errors of exportFunction itself ----

  @Test
  void notAFunction_isRefused() {
    assertError("Error", "First argument must be a function", "Cu.exportFunction({}, sb)");
    assertError("Error", "Invalid argument", "Cu.exportFunction(42, sb)");
  }

  @Test
  void targetScopeOrOptionsNotAnObject_isAnInvalidArgument() {
    assertError("Error", "Invalid argument", "Cu.exportFunction(function () {}, 42)");
    assertError("Error", "Invalid argument", "Cu.exportFunction(function () {}, sb, 'f')");
    assertError("Error", "Invalid argument", "Cu.exportFunction(function () {}, sb, null)");
  }

  @Test
  void optionsOfTheWrongType_areRefused() {
    assertError("Error", "defineAs must be a string", "Cu.exportFunction(function () {}, sb, {defineAs: 42})");
    assertError(
        "Error",
        "Expected a boolean value for property allowCrossOriginArguments",
        "Cu.exportFunction(function () {}, sb, {allowCrossOriginArguments: 'yes'})");
  }

  @Test
  void callerMustSubsumeTheTargetScope() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.third = Cu.evalInSandbox('({})', other);");
    assertEquals("function", sys("Cu.evalInSandbox('typeof exportFunction(function () {}, this, {defineAs: \"mine\"})', h)"));
    assertError("Error", "Permission denied to export function into scope", "Cu.evalInSandbox('exportFunction(function () {}, third)', h)");
  }

  @Test
  void callerMustSubsumeTheFunction() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.systemFunction = function () {};");
    // Content may call the system function, but not export it.
    assertEquals("function", sys("Cu.evalInSandbox('typeof systemFunction', h)"));
    assertError("Error", "Permission denied to export function into scope", "Cu.evalInSandbox('exportFunction(systemFunction, this)', h)");
  }

  @Test
  void expandedPrincipal_exportsIntoAMember_asInGeckosTest() {
    sys("ep.subsb = sb;"
        + "Cu.evalInSandbox('exportFunction(function (a, o) { return a + o.x; }, subsb, {defineAs: \"imported\"})', ep)");
    assertEquals(43, ((Number) sys("inA('imported(42, {x: 1})')")).intValue());
    // The expanded principal does not subsume the system principal.
    sys("ep.systemScope = {}");
    assertError(
        "Error", "Permission denied to export function into scope", "Cu.evalInSandbox('exportFunction(function () {}, systemScope)', ep)");
  }

  @Test
  void proxyTargetScope_isRefused() {
    assertError("Error", "Defining property on proxy object is not allowed", "Cu.exportFunction(function () {}, new Proxy({}, {}), {defineAs: 'x'})");
  }

  @Test
  void nukedTarget_isDead() {
    sys("Cu.nukeSandbox(sb)");
    assertError("TypeError", "can't access dead object", "Cu.exportFunction(function () {}, sb)");
  }

  @Test
  void forwarderToANukedCompartment_isDead() {
    sys("var content = Cu.Sandbox('https://a.example');"
        + "var fromContent = Cu.exportFunction(Cu.evalInSandbox('(function () { return 1; })', content), this);");
    assertEquals(1, ((Number) sys("fromContent()")).intValue());
    sys("Cu.nukeSandbox(content)");
    assertError("TypeError", "can't access dead object", "fromContent()");
  }

  // ---- wantExportHelpers ----

  @Test
  void wantExportHelpers_addsTheFourHelpers_andOnlyWhenAskedFor() {
    assertEquals(
        "function function function function",
        sys("Cu.evalInSandbox('[typeof exportFunction, typeof cloneInto, typeof createObjectIn, typeof isProxy].join(\" \")', ep)"));
    assertEquals(
        "undefined undefined undefined undefined",
        sys("inA('[typeof exportFunction, typeof cloneInto, typeof createObjectIn, typeof isProxy].join(\" \")')"));
  }

  @Test
  void isProxy_seesThroughWrappersItMayUnwrap_andRefusesOthers() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.third = Cu.evalInSandbox('new Proxy({}, {})', other);"
        + "ep.fromA = Cu.evalInSandbox('new Proxy({}, {})', sb);");
    assertEquals("true false", sys("Cu.evalInSandbox('isProxy(new Proxy({}, {})) + \" \" + isProxy({})', h)"));
    assertEquals(Boolean.TRUE, sys("Cu.evalInSandbox('isProxy(fromA)', ep)"));
    assertError("Error", "Permission denied to access object", "Cu.evalInSandbox('isProxy(third)', h)");
  }
}
