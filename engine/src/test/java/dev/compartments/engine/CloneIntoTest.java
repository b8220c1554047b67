package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.HostObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * {@code cloneInto} (DESIGN.md section 4): the structured clone, read through the caller's view and
 * built in the target's global. Most checks run in the target ({@code inA}), where the clone is
 * raw, or ask {@code Cu.getObjectPrincipal} from the system side.
 */
class CloneIntoTest {
  private Engine engine;
  private Sandbox system;

  /** A host object (an instance of a host-defined native class). */
  static final class Gadget extends ScriptableObject implements HostObject {
    private static final long serialVersionUID = 1L;

    @Override
    public String getClassName() {
      return "Gadget";
    }
  }

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

  // ---- values and structure ----

  @Test
  void primitives_areReturnedAsTheyAre() {
    assertEquals(
        "5|text|true|null|undefined|12",
        sys("[Cu.cloneInto(5, sb), Cu.cloneInto('text', sb), Cu.cloneInto(true, sb), String(Cu.cloneInto(null, sb)),"
            + " String(Cu.cloneInto(undefined, sb)), String(Cu.cloneInto(12n, sb))].join('|')"));
  }

  @Test
  void plainObjectsAndArrays_areCopiedDeeply_intoTheTarget() {
    sys("var source = {a: 1, s: 'x', nested: {b: [1, 2, {c: 3}]}}; sb.copy = Cu.cloneInto(source, sb)");
    assertEquals("{\"a\":1,\"s\":\"x\",\"nested\":{\"b\":[1,2,{\"c\":3}]}}", sys("inA('JSON.stringify(copy)')"));
    assertEquals(
        "true true true",
        sys("inA('(Object.getPrototypeOf(copy) === Object.prototype) + \" \" + Array.isArray(copy.nested.b) + \" \""
            + " + (Object.getPrototypeOf(copy.nested.b) === Array.prototype)')"));
    // An independent copy: changing it leaves the source alone.
    sys("inA('copy.nested.b[2].c = 99')");
    assertEquals(3, ((Number) sys("source.nested.b[2].c")).intValue());
  }

  @Test
  void everyResultObject_belongsToTheTarget() {
    assertEquals(
        "https://a.example https://a.example https://a.example https://a.example",
        sys("var c = Cu.cloneInto({o: {}, a: [], d: new Date(0), m: new Map()}, sb);"
            + "[c, c.o, c.a, Cu.waiveXrays(c).m].map(function (x) { return Cu.getObjectPrincipal(x).origin; }).join(' ')"));
  }

  @Test
  void result_reachesTheCallerWrappedForIt() {
    assertEquals(Boolean.TRUE, sys("Cu.isXrayWrapper(Cu.cloneInto({a: 1}, sb))"));
    // Cloned into the caller's own scope, it is raw, and a new object.
    assertEquals("false false 1", sys("var s = {a: 1}; var c = Cu.cloneInto(s, this); Cu.isXrayWrapper(c) + ' ' + (c === s) + ' ' + c.a"));
  }

  @Test
  void cyclesAndSharedReferences_arePreserved() {
    sys("var shared = {n: 1}; var root = {x: shared, y: shared, list: [shared]}; root.self = root; root.list.push(root);"
        + "sb.copy = Cu.cloneInto(root, sb)");
    assertEquals(
        "true true true true false",
        sys("inA('[copy.self === copy, copy.x === copy.y, copy.list[0] === copy.x, copy.list[1] === copy, copy.x === copy].join(\" \")')"));
  }

  @Test
  void onlyOwnEnumerableStringKeyedProperties_areCopied_asDataProperties() {
    sys("var sym = Symbol('s'); var source = Object.create({inherited: 1});"
        + "Object.defineProperty(source, 'hidden', {value: 1, enumerable: false});"
        + "source.own = 2; source[sym] = 3;"
        + "Object.defineProperty(source, 'getter', {get: function () { return 7; }, enumerable: true});"
        + "sb.copy = Cu.cloneInto(source, sb)");
    assertEquals("own,getter|0|undefined|undefined", sys("inA('Object.getOwnPropertyNames(copy).join() + \"|\" + Object.getOwnPropertySymbols(copy).length + \"|\" + copy.inherited + \"|\" + copy.hidden')"));
    assertEquals("7 true", sys("inA('var d = Object.getOwnPropertyDescriptor(copy, \"getter\"); d.value + \" \" + d.writable')"));
  }

  @Test
  void arrays_keepHolesLengthAndExtraProperties() {
    sys("var a = [1, , 3]; a.extra = 'x'; a.length = 5; sb.copy = Cu.cloneInto(a, sb)");
    assertEquals("5 false true x", sys("inA('copy.length + \" \" + (1 in copy) + \" \" + (2 in copy) + \" \" + copy.extra')"));
  }

  @Test
  void date_isCloned() {
    sys("sb.copy = Cu.cloneInto(new Date(1234), sb)");
    assertEquals("1234 true", sys("inA('copy.getTime() + \" \" + (copy instanceof Date)')"));
  }

  @Test
  void regExp_isClonedWithSourceAndFlags() {
    sys("sb.copy = Cu.cloneInto(/a\\/b+/gi, sb)");
    assertEquals("a\\/b+ gi true true", sys("inA('copy.source + \" \" + copy.flags + \" \" + (copy instanceof RegExp) + \" \" + copy.test(\"A/BB\")')"));
  }

  @Test
  void arrayBuffer_isCopied() {
    sys("var buffer = new Uint8Array([1, 2, 3]).buffer; sb.copy = Cu.cloneInto(buffer, sb)");
    assertEquals("3 1,2,3 true", sys("inA('copy.byteLength + \" \" + Array.from(new Uint8Array(copy)).join() + \" \" + (copy instanceof ArrayBuffer)')"));
    sys("inA('new Uint8Array(copy)[0] = 9')");
    assertEquals(1, ((Number) sys("new Uint8Array(buffer)[0]")).intValue());
  }

  @Test
  void typedArrays_areCloned_andViewsOfOneBufferStayOnOneBuffer() {
    sys("var bytes = new Uint8Array([1, 2, 3, 4]);"
        + "var source = {whole: bytes, part: new Uint8Array(bytes.buffer, 1, 2), wide: new Int16Array(bytes.buffer, 2, 1),"
        + " floats: new Float64Array([1.5, -2])};"
        + "sb.copy = Cu.cloneInto(source, sb)");
    assertEquals(
        "2,3 1 2 true true 1.5,-2 true",
        sys("inA('[Array.from(copy.part).join(), copy.part.byteOffset, copy.part.length, copy.part.buffer === copy.whole.buffer,"
            + " copy.wide.buffer === copy.whole.buffer, Array.from(copy.floats).join(), copy.floats instanceof Float64Array].join(\" \")')"));
  }

  @Test
  void dataView_isCloned() {
    sys("sb.copy = Cu.cloneInto(new DataView(new ArrayBuffer(8), 2, 4), sb)");
    assertEquals("2 4 8 true", sys("inA('copy.byteOffset + \" \" + copy.byteLength + \" \" + copy.buffer.byteLength + \" \" + (copy instanceof DataView)')"));
  }

  @Test
  void mapAndSet_areCloned_withKeysAndValuesCloned() {
    sys("var key = {k: 1}; var map = new Map([[key, key], ['list', [key]]]); var set = new Set([key, 2]);"
        + "sb.copy = Cu.cloneInto({map: map, set: set}, sb)");
    assertEquals(
        "2 true true true true true true",
        sys("inA('var k = Array.from(copy.map.keys())[0]; [copy.map.size, copy.map.get(k) === k, copy.map.get(\"list\")[0] === k,"
            + " Array.from(copy.set)[0] === k, copy.set.has(2), copy.map instanceof Map, copy.set instanceof Set].join(\" \")')"));
  }

  @Test
  void errors_areClonedWithNameAndMessage() {
    sys("sb.copy = Cu.cloneInto({type: new TypeError('bad'), plain: new Error('e')}, sb)");
    assertEquals(
        "TypeError bad true Error e true",
        sys("inA('[copy.type.name, copy.type.message, copy.type instanceof TypeError, copy.plain.name, copy.plain.message,"
            + " Object.getPrototypeOf(copy.plain) === Error.prototype].join(\" \")')"));
  }

  @Test
  void boxedPrimitives_areCloned() {
    sys("sb.copy = Cu.cloneInto([Object(true), Object(5), Object('s'), Object(7n)], sb)");
    assertEquals("object true 6 s! bigint", sys("inA('[typeof copy[0], copy[0].valueOf(), copy[1] + 1, copy[2] + \"!\", typeof copy[3].valueOf()].join(\" \")')"));
  }

  @Test
  void deepStructures_doNotOverflowTheStack() {
    sys("var list = null; for (var i = 0; i < 100000; i++) { list = {next: list, i: i}; }");
    assertEquals(
        100000,
        ((Number) sys("var copy = Cu.cloneInto(list, this); var n = 0; for (var p = copy; p; p = p.next) { n++; } n")).intValue());
    assertEquals(Boolean.TRUE, sys("copy !== list && copy.i === 99999"));
  }

  // ---- read through the caller's view ----

  @Test
  void contentObject_isReadThroughTheCallersXray() {
    sys("var content = Cu.evalInSandbox('({a: 1, get g() { return 2; }, f: function () {}, toString: 3, inner: {b: 2}})', sb)");
    // The Xray hides the accessor, the function and the property shadowing Object.prototype.
    assertEquals("{\"a\":1,\"inner\":{\"b\":2}}", sys("JSON.stringify(Cu.cloneInto(content, this))"));
    // Waived, the system sees (and copies) all the content put there: the function too, so the
    // clone is refused.
    assertError("Error", "Permission denied to pass a Function via structured clone", "Cu.cloneInto(Cu.waiveXrays(content), this)");
    sys("var noFunction = Cu.evalInSandbox('({a: 1, get g() { return 2; }, toString: 3})', sb)");
    assertEquals("{\"a\":1,\"g\":2,\"toString\":3}", sys("JSON.stringify(Cu.cloneInto(Cu.waiveXrays(noFunction), this))"));
  }

  @Test
  void internalState_isReadNatively_whateverTheOwnersScriptsDid() {
    sys("var content = Cu.evalInSandbox('Date.prototype.getTime = function () { return 99; };"
        + " Map.prototype.forEach = function () {}; ({d: new Date(7), m: new Map([[1, {q: 2}]])})', sb);"
        + "var copy = Cu.cloneInto(content, this)");
    assertEquals("7 2 false", sys("copy.d.getTime() + ' ' + copy.m.get(1).q + ' ' + Cu.isXrayWrapper(copy.m.get(1))"));
    assertEquals("[System Principal]", sys("Cu.getObjectPrincipal(copy.m.get(1)).origin"));
  }

  @Test
  void objectTheCallerCannotRead_throwsThePermissionError() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.third = Cu.evalInSandbox('({a: 1})', other);"
        + "h.thirdDate = Cu.evalInSandbox('new Date(1)', other);"
        + "h.mine = Cu.evalInSandbox('({a: 1})', Cu.Sandbox('https://a.example'));");
    assertEquals(Boolean.TRUE, sys("Cu.evalInSandbox('cloneInto({a: 1}, this).a === 1', h)"));
    assertError("Error", "Permission denied to access object", "Cu.evalInSandbox('cloneInto(third, this)', h)");
    assertError("Error", "Permission denied to access object", "Cu.evalInSandbox('cloneInto({x: [thirdDate]}, this)', h)");
  }

  // ---- the target scope ----

  @Test
  void cloningIntoAScopeTheCallerDoesNotSubsume_isRefused() {
    sys("var h = Cu.Sandbox('https://a.example', {wantExportHelpers: true});"
        + "h.third = Cu.evalInSandbox('({})', other);"
        + "ep.subsb = sb;");
    assertError("Error", "Permission denied to clone object into scope", "Cu.evalInSandbox('cloneInto({a: 1}, third)', h)");
    assertEquals("https://a.example", sys("Cu.getObjectPrincipal(Cu.evalInSandbox('cloneInto({a: 1}, subsb)', ep)).origin"));
  }

  @Test
  void targetScopeOrOptionsNotAnObject_isAnInvalidArgument() {
    assertError("Error", "Invalid argument", "Cu.cloneInto({}, 42)");
    assertError("Error", "Invalid argument", "Cu.cloneInto({}, sb, 'deepFreeze')");
  }

  @Test
  void nukedTarget_isDead() {
    sys("Cu.nukeSandbox(sb)");
    assertError("TypeError", "can't access dead object", "Cu.cloneInto({}, sb)");
  }

  // ---- options ----

  @Test
  void optionsOfTheWrongType_areRefused() {
    assertError("Error", "Expected a boolean value for property cloneFunctions", "Cu.cloneInto({}, sb, {cloneFunctions: 1})");
    assertError("Error", "Expected a boolean value for property wrapReflectors", "Cu.cloneInto({}, sb, {wrapReflectors: 'yes'})");
    assertError("Error", "Expected a boolean value for property deepFreeze", "Cu.cloneInto({}, sb, {deepFreeze: {}})");
  }

  @Test
  void functions_areRefused_unlessCloneFunctions() {
    assertError("Error", "Permission denied to pass a Function via structured clone", "Cu.cloneInto({f: function () {}}, sb)");
    sys("sb.copy = Cu.cloneInto({f: function add(a, b) { return a + b; }}, sb, {cloneFunctions: true})");
    assertEquals("5 add 2 https://a.example", sys("inA('copy.f(2, 3) + \" \" + copy.f.name + \" \" + copy.f.length') + ' ' + Cu.getObjectPrincipal(Cu.waiveXrays(sb.copy).f).origin"));
  }

  @Test
  void clonedFunctions_areForwarders_withTheirArgumentChecks() {
    sys("sb.third = Cu.evalInSandbox('({})', other);"
        + "sb.copy = Cu.cloneInto({f: function (o) { return Cu.isXrayWrapper(o); }}, sb, {cloneFunctions: true})");
    assertEquals(Boolean.TRUE, sys("inA('copy.f({})')"));
    assertError("Error", "Permission denied to pass object to exported function", "inA('copy.f(third)')");
  }

  @Test
  void hostObjects_areRefused_unlessWrapReflectors_thenPassedByReference() {
    Scriptable global = system.unsafeGlobal();
    Gadget gadget = new Gadget();
    gadget.setParentScope(global);
    gadget.setPrototype(ScriptableObject.getObjectPrototype(global));
    ScriptableObject.putProperty(global, "gadget", gadget);
    assertError(
        "DataCloneError",
        "Gadget object could not be cloned; a host object passes only by reference, with wrapReflectors: true.",
        "Cu.cloneInto({g: gadget}, sb)");
    sys("var copy = Cu.cloneInto({g: gadget}, sb, {wrapReflectors: true}); sb.copy = copy");
    assertEquals("true [System Principal] object", sys("(Cu.waiveXrays(copy).g === gadget) + ' ' + Cu.getObjectPrincipal(Cu.waiveXrays(copy).g).origin + ' ' + inA('typeof copy.g')"));
  }

  @Test
  void deepFreeze_freezesEveryResultObject() {
    sys("sb.frozen = Cu.cloneInto({a: {b: 1}, list: [1, {c: 2}], d: new Date(0), m: new Map()}, sb, {deepFreeze: true});"
        + "sb.thawed = Cu.cloneInto({a: {b: 1}}, sb);");
    assertEquals(
        "true true true true true true",
        sys("inA('[frozen, frozen.a, frozen.list, frozen.list[1], frozen.d, frozen.m].map(Object.isFrozen).join(\" \")')"));
    assertEquals("1 1", sys("inA('frozen.a.b = 5; frozen.x = 1; frozen.a.b + \" \" + (frozen.x === undefined ? 1 : 0)')"));
    assertEquals("false false", sys("inA('Object.isFrozen(thawed) + \" \" + Object.isFrozen(thawed.a)')"));
  }

  @Test
  void deepFreeze_ofATypedArrayWithElements_isRefused() {
    assertError("TypeError", "Cannot freeze array buffer views with elements", "Cu.cloneInto({t: new Uint8Array(2)}, sb, {deepFreeze: true})");
    assertEquals(Boolean.TRUE, sys("Cu.isXrayWrapper(Cu.cloneInto({t: new Uint8Array(0)}, sb, {deepFreeze: true}))"));
  }

  // ---- what cannot be cloned ----

  @Test
  void symbols_areNotCloned() {
    assertError("DataCloneError", "Symbol value could not be cloned.", "Cu.cloneInto({s: Symbol('x')}, sb)");
  }

  @Test
  void unsupportedObjects_throwADataCloneError() {
    assertError("DataCloneError", "Proxy object could not be cloned.", "Cu.cloneInto(new Proxy({}, {}), sb)");
    assertError("DataCloneError", "WeakMap object could not be cloned.", "Cu.cloneInto({w: new WeakMap()}, sb)");
    assertError("DataCloneError", "Promise object could not be cloned.", "Cu.cloneInto(Promise.resolve(1), sb)");
  }
}
