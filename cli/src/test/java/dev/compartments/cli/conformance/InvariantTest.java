package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

class InvariantTest {
  private final Membrane membrane = Membrane.create();
  private final Context cx = membrane.contextFactory().enterContext();
  private final Compartment viewer =
      membrane.newCompartment(CompartmentTraits.of(Principal.content("https://a.example")), "viewer");
  private final Compartment owner =
      membrane.newCompartment(CompartmentTraits.of(Principal.content("https://b.example")), "owner");
  private final CompartmentGlobal viewerGlobal = viewer.newGlobal();
  private final CompartmentGlobal ownerGlobal = owner.newGlobal();

  @AfterEach
  void exit() {
    cx.close();
  }

  private Scriptable ownerObject() {
    return (Scriptable) cx.evaluateString(ownerGlobal, "({secret: {}})", "owner.js", 1, null);
  }

  private List<String> violations(Object result) {
    return Invariant.violations(membrane, viewer, Map.of("global", viewerGlobal, "result", result));
  }

  @Test
  void aFreshGlobal_reachesNothingOfAnotherCompartment() {
    assertEquals(List.of(), Invariant.violations(membrane, viewer, Map.of("global", viewerGlobal)));
  }

  @Test
  void aWrapperTheViewerHolds_isAllowed_andNotEnteredByTheWalk() {
    ScriptableObject.putProperty(viewerGlobal, "w", membrane.wrap(ownerObject(), viewer));
    assertEquals(List.of(), violations("done"));
  }

  @Test
  void aRawObjectOfAnotherCompartment_inTheViewersGlobal_isAViolation() {
    Scriptable raw = ownerObject();
    ScriptableObject.putProperty(viewerGlobal, "leak", raw);
    List<String> found = violations("done");
    assertEquals(List.of("global.leak is a raw object of owner"), found);
  }

  @Test
  void aRawObjectDeepInTheResult_isAViolation_withItsPath() {
    Scriptable result = (Scriptable) cx.evaluateString(viewerGlobal, "({a: [0, {}]})", "viewer.js", 1, null);
    Scriptable inner = (Scriptable) ((Scriptable) result.get("a", result)).get(1, result);
    inner.put("b", inner, Wrappers.unsafeUnwrap(ownerObject()));
    assertEquals(List.of("result.a[1].b is a raw object of owner"), violations(result));
  }

  @Test
  void aWrapperHeldByAnotherCompartment_isAViolation() {
    Scriptable viewerObject = (Scriptable) cx.evaluateString(viewerGlobal, "({})", "viewer.js", 1, null);
    Object heldByOwner = membrane.wrap(viewerObject, owner);
    ScriptableObject.putProperty(viewerGlobal, "foreign", heldByOwner);
    List<String> found = violations("done");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("global.foreign is a wrapper held by owner"), found.get(0));
  }

  @Test
  void theWalkIsBounded() {
    Scriptable result =
        (Scriptable) cx.evaluateString(viewerGlobal, "({a: {b: {c: {}}}})", "viewer.js", 1, null);
    Scriptable a = (Scriptable) result.get("a", result);
    Scriptable b = (Scriptable) a.get("b", a);
    Scriptable c = (Scriptable) b.get("c", b);
    c.put("d", c, ownerObject());
    // result (0) -> a (1) -> b (2) -> c (3): c is checked but not entered, so c.d is never met
    assertEquals(3, Invariant.MAX_DEPTH);
    assertEquals(List.of(), violations(result));
    b.put("d", b, ownerObject());
    assertEquals(List.of("result.a.b.d is a raw object of owner"), violations(result));
  }
}
