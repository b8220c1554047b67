package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Dead wrappers (DESIGN.md section 3): after {@link Membrane#nuke}, every wrapper into or out of the
 * nuked compartment throws {@code TypeError: can't access dead object}, and no new one can be made.
 */
class DeadWrapperTest {
  private static final String DEAD = "TypeError: can't access dead object";

  private final Fixture fx = new Fixture();
  private final CompartmentGlobal system = fx.system();
  private final CompartmentGlobal sandbox = fx.content("https://b.com");
  private final CompartmentGlobal bystander = fx.content("https://c.com");

  @BeforeEach
  void share() {
    fx.eval(sandbox, "var obj = {v: 1}; var arr = [1, 2]; function fn() { return 'sandbox fn'; }");
    fx.eval(system, "var sysobj = {s: 1}; function sysfn(x) { return 'sysfn ' + x; }");
    fx.eval(bystander, "var bobj = {v: 'bystander'};");
    // Into the sandbox: the system's views of sandbox objects.
    fx.expose(system, "sb", sandbox);
    fx.expose(system, "obj", ScriptableObject.getProperty(sandbox, "obj"));
    fx.expose(system, "arr", ScriptableObject.getProperty(sandbox, "arr"));
    fx.expose(system, "fn", ScriptableObject.getProperty(sandbox, "fn"));
    // Out of the sandbox: the sandbox's views of system objects.
    fx.expose(sandbox, "sysobj", ScriptableObject.getProperty(system, "sysobj"));
    fx.expose(sandbox, "sysfn", ScriptableObject.getProperty(system, "sysfn"));
    // Unrelated to the sandbox.
    fx.expose(system, "bobj", ScriptableObject.getProperty(bystander, "bobj"));
    fx.expose(bystander, "sysfn", ScriptableObject.getProperty(system, "sysfn"));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  /** Runs {@code statement}: {@code "name: message"} of what it threw, or "no exception". */
  private String thrown(CompartmentGlobal global, String statement) {
    return Context.toString(
        fx.eval(
            global,
            "(function () { try { " + statement + "; } catch (e) { return e.name + ': ' + e.message; }"
                + " return 'no exception'; })()"));
  }

  private void nuke() {
    fx.membrane.nuke(sandbox.compartment());
  }

  // ---- before and after ----

  @Test
  void aRepeatedRead_ofAnObjectThroughAWrapper_throwsDeadObjectOnceTheOwnerIsNuked() {
    // The second read of holder.kept is answered from the wrapper the first one handed out; after
    // the nuke neither the holder's wrapper nor that answer may be used.
    CompartmentGlobal middle = fx.freshGlobal(CompartmentTraits.of(Principal.system()));
    Scriptable holder = (Scriptable) fx.eval(middle, "var holder = {kept: {v: 1}}; holder");
    fx.expose(system, "holder", holder);
    assertEquals(true, fx.eval(system, "var first = holder.kept; first === holder.kept && first.v === 1"));
    fx.membrane.nuke(middle.compartment());
    assertEquals(DEAD, thrown(system, "typeof holder.kept"));
    assertEquals(DEAD, thrown(system, "first.v"));
  }

  @Test
  void aWrapperReadThroughAnotherWrapper_ofANukedCompartment_throwsDeadObject() {
    // A second system compartment keeps a sandbox object (its own wrapper of it); the system reads
    // it through its transparent wrapper of that compartment's object.
    CompartmentGlobal middle = fx.freshGlobal(CompartmentTraits.of(Principal.system()));
    Scriptable holder = (Scriptable) fx.eval(middle, "var holder = {}; holder");
    holder.put("kept", holder, fx.membrane.wrap(ScriptableObject.getProperty(sandbox, "obj"), middle.compartment()));
    fx.expose(system, "holder", holder);
    assertEquals(true, fx.eval(system, "holder.kept === holder.kept && holder.kept.v === 1"));
    nuke();
    assertEquals(DEAD, thrown(system, "typeof holder.kept"));
  }

  @Test
  void wrappersWork_beforeTheNuke() {
    assertEquals("no exception", thrown(system, "obj.v; sb.obj; fn(); arr[0]"));
    assertEquals("sysfn 1", Context.toString(fx.eval(sandbox, "sysfn(1)")));
    assertFalse(Wrappers.isDead(ScriptableObject.getProperty(system, "obj")));
    assertFalse(sandbox.compartment().isNuked());
  }

  @Test
  void nuke_marksTheCompartmentNuked() {
    nuke();
    assertTrue(sandbox.compartment().isNuked());
    assertFalse(bystander.compartment().isNuked());
    assertFalse(system.compartment().isNuked());
  }

  // ---- wrappers into the nuked compartment ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "obj.v",
        "obj.v = 2",
        "delete obj.v",
        "'v' in obj",
        "Object.keys(obj)",
        "Object.getOwnPropertyNames(obj)",
        "Reflect.ownKeys(obj)",
        "for (var k in obj) {}",
        "Object.getOwnPropertyDescriptor(obj, 'v')",
        "Object.defineProperty(obj, 'w', {value: 1})",
        "Object.getPrototypeOf(obj)",
        "Object.setPrototypeOf(obj, {})",
        "JSON.stringify(obj)",
        "Object.prototype.toString.call(obj)",
        "String(obj)",
        "Object.isExtensible(obj)",
        "Object.assign({}, obj)",
        "arr[0]",
        "for (var x of arr) {}",
        "fn()",
        "new fn()",
        "({}) instanceof fn",
        "sb.obj",
        "sb.x = 1"
      })
  void wrapperIntoTheNukedCompartment_throwsDeadObject(String statement) {
    nuke();
    assertEquals(DEAD, thrown(system, statement));
  }

  @Test
  void arrayIsArray_onADeadWrapper_throwsDeadObject() {
    nuke();
    assertEquals(DEAD, thrown(system, "Array.isArray(arr)"));
  }

  @Test
  void objectSpread_ofADeadWrapper_throwsDeadObject() {
    nuke();
    assertEquals(DEAD, thrown(system, "({...obj})"));
  }

  @Test
  void identityComparison_ofADeadWrapper_doesNotThrow() {
    nuke();
    assertEquals(true, fx.eval(system, "obj === obj"));
  }

  @Test
  void wrapperIntoTheNukedCompartment_fromJava_throwsTypeError() {
    Object obj = ScriptableObject.getProperty(system, "obj");
    nuke();
    EcmaError e = assertThrows(EcmaError.class, () -> ScriptableObject.getProperty((Scriptable) obj, "v"));
    assertEquals("TypeError", e.getName());
    assertEquals("can't access dead object", e.getErrorMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sb", "obj", "arr", "fn"})
  void wrapperIntoTheNukedCompartment_isDead(String name) {
    nuke();
    assertTrue(Wrappers.isDead(ScriptableObject.getProperty(system, name)));
  }

  // ---- wrappers out of the nuked compartment ----

  @ParameterizedTest
  @ValueSource(strings = {"sysfn(1)", "new sysfn(1)", "sysobj.s", "sysobj.s = 2", "Object.keys(sysobj)", "'s' in sysobj"})
  void wrapperOutOfTheNukedCompartment_throwsDeadObject(String statement) {
    nuke();
    assertEquals(DEAD, thrown(sandbox, statement));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sysobj", "sysfn"})
  void wrapperOutOfTheNukedCompartment_isDead(String name) {
    nuke();
    assertTrue(Wrappers.isDead(ScriptableObject.getProperty(sandbox, name)));
  }

  @Test
  void nukedCompartmentsOwnObjects_stayUsableInsideIt() {
    nuke();
    assertEquals("sandbox fn 1", Context.toString(fx.eval(sandbox, "fn() + ' ' + obj.v")));
  }

  // ---- other compartments ----

  @Test
  void wrappersBetweenOtherCompartments_keepWorking() {
    nuke();
    assertEquals("bystander", Context.toString(fx.eval(system, "bobj.v")));
    assertEquals("sysfn 2", Context.toString(fx.eval(bystander, "sysfn(2)")));
    assertFalse(Wrappers.isDead(ScriptableObject.getProperty(system, "bobj")));
    assertFalse(Wrappers.isDead(ScriptableObject.getProperty(bystander, "sysfn")));
  }

  @Test
  void sameOriginSibling_isUnaffected() {
    CompartmentGlobal sibling = fx.content("https://b.com");
    fx.eval(sibling, "var sib = {v: 'sibling'};");
    fx.expose(system, "sib", ScriptableObject.getProperty(sibling, "sib"));
    nuke();
    assertEquals("sibling", Context.toString(fx.eval(system, "sib.v")));
    Object fresh = fx.membrane.wrap(ScriptableObject.getProperty(sibling, "sib"), bystander.compartment());
    assertFalse(Wrappers.isDead(fresh));
  }

  // ---- no new wrappers ----

  @Test
  void wrappingIntoTheNukedCompartment_throwsDeadObject() {
    Object sysobj = ScriptableObject.getProperty(system, "sysobj");
    Object bobj = ScriptableObject.getProperty(bystander, "bobj");
    nuke();
    EcmaError e = assertThrows(EcmaError.class, () -> fx.membrane.wrap(sysobj, sandbox.compartment()));
    assertEquals("TypeError", e.getName());
    assertEquals("can't access dead object", e.getErrorMessage());
    assertThrows(EcmaError.class, () -> fx.membrane.wrap(bobj, sandbox.compartment()));
  }

  @Test
  void wrappingOutOfTheNukedCompartment_throwsDeadObject() {
    Object obj = ScriptableObject.getProperty(sandbox, "obj");
    Object neverWrapped = fx.eval(sandbox, "({fresh: true})");
    nuke();
    EcmaError e = assertThrows(EcmaError.class, () -> fx.membrane.wrap(neverWrapped, system.compartment()));
    assertEquals("can't access dead object", e.getErrorMessage());
    assertThrows(EcmaError.class, () -> fx.membrane.wrap(obj, bystander.compartment()));
  }

  @Test
  void wrappingANewValueFromScript_throwsDeadObject() {
    fx.eval(sandbox, "var later = {};");
    nuke();
    // The system's transparent view of the sandbox global is dead, so nothing new reaches it that way.
    assertEquals(DEAD, thrown(system, "sb.later"));
    // Passing a system object into a dead function wrapper does not reach the sandbox either.
    assertEquals(DEAD, thrown(system, "fn(sysobj)"));
  }

  @Test
  void primitives_stillPassAsThemselves() {
    nuke();
    assertEquals(42, fx.membrane.wrap(42, sandbox.compartment()));
    assertEquals("s", fx.membrane.wrap("s", system.compartment()));
  }

  // ---- what can be nuked ----

  @Test
  void nukingTheSharedSystemCompartment_isAnIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> fx.membrane.nuke(fx.membrane.systemCompartment()));
    assertFalse(fx.membrane.systemCompartment().isNuked());
    assertEquals("sysfn 3", Context.toString(fx.eval(sandbox, "sysfn(3)")));
  }

  @Test
  void nukingAFreshSystemCompartment_killsItsWrappers() {
    CompartmentGlobal fresh = fx.freshGlobal(CompartmentTraits.of(Principal.system()));
    fx.eval(fresh, "var freshObj = {v: 1};");
    fx.expose(system, "freshObj", ScriptableObject.getProperty(fresh, "freshObj"));
    assertEquals(WrapperKind.TRANSPARENT, Wrappers.kindOf(ScriptableObject.getProperty(system, "freshObj")));
    fx.membrane.nuke(fresh.compartment());
    assertEquals(DEAD, thrown(system, "freshObj.v"));
    assertTrue(Wrappers.isDead(ScriptableObject.getProperty(system, "freshObj")));
  }
}
