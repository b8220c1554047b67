package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of the oracle checked by hand against DESIGN.md, and its premises against their sources. */
class OracleTest {
  private static MatrixCase c(Party viewer, Party owner, boolean wantXrays, Specimen s, Operation op) {
    return new MatrixCase(viewer, owner, wantXrays, s, op);
  }

  @Test
  void systemObjectsSeenByContent_areSortedByKind() {
    assertEquals(WrapperKind.CALLABLE_OPAQUE, Oracle.kind(Party.CONTENT_A, Party.SYSTEM, true, ObjectKind.FUNCTION));
    assertEquals(WrapperKind.CHROME_OBJECT, Oracle.kind(Party.NULL, Party.SYSTEM, false, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.OPAQUE, Oracle.kind(Party.EXPANDED_A, Party.SYSTEM, true, ObjectKind.ARRAY));
    // eval is a function, but the eval row wins: opaque, not callable-only opaque
    assertEquals(
        WrapperKind.OPAQUE,
        Oracle.kind(Party.CONTENT_A, Party.SYSTEM, true, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR));
    assertEquals(WrapperKind.OPAQUE, Oracle.kind(Party.CONTENT_A, Party.SYSTEM, true, ObjectKind.GLOBAL));
  }

  @Test
  void subsumingViewers_getXrays_exceptForAGlobal() {
    assertEquals(WrapperKind.XRAY, Oracle.kind(Party.SYSTEM, Party.CONTENT_B, false, ObjectKind.REGEXP));
    assertEquals(WrapperKind.XRAY, Oracle.kind(Party.EXPANDED_A, Party.CONTENT_A, false, ObjectKind.PLAIN_OBJECT));
    assertEquals(
        WrapperKind.XRAY,
        Oracle.kind(Party.SYSTEM, Party.NULL, true, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR));
    assertEquals(WrapperKind.TRANSPARENT, Oracle.kind(Party.SYSTEM, Party.CONTENT_A, true, ObjectKind.GLOBAL));
  }

  @Test
  void sameOrigin_isTransparentOnlyWhenNeitherSideWantsXrays() {
    assertEquals(WrapperKind.XRAY, Oracle.kind(Party.CONTENT_A, Party.CONTENT_A, true, ObjectKind.ARRAY));
    assertEquals(WrapperKind.TRANSPARENT, Oracle.kind(Party.CONTENT_A, Party.CONTENT_A, false, ObjectKind.ARRAY));
    assertEquals(WrapperKind.TRANSPARENT, Oracle.kind(Party.SYSTEM, Party.SYSTEM, true, ObjectKind.ARRAY));
    assertEquals(WrapperKind.XRAY, Oracle.kind(Party.NULL, Party.NULL, true, ObjectKind.FUNCTION));
  }

  @Test
  void unrelatedOrLessPrivilegedViewers_getOpaqueWrappers_butWindowsGetCrossOrigin() {
    assertEquals(WrapperKind.OPAQUE, Oracle.kind(Party.CONTENT_A, Party.CONTENT_B, false, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.CROSS_ORIGIN, Oracle.kind(Party.CONTENT_A, Party.CONTENT_B, false, ObjectKind.WINDOW));
    assertEquals(WrapperKind.OPAQUE, Oracle.kind(Party.CONTENT_A, Party.EXPANDED_A, false, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.OPAQUE, Oracle.kind(Party.CONTENT_A, Party.EXPANDED_A, false, ObjectKind.GLOBAL));
  }

  @Test
  void opaqueOutcomes_areGeckosDenials() {
    assertEquals(
        "throws Error: Permission denied to access property \"x\"",
        Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.PLAIN_OBJECT, Operation.GET)));
    assertEquals(
        "throws Error: Permission denied to access property \"0\"",
        Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.TYPED_ARRAY, Operation.HAS)));
    assertEquals(
        "throws Error: Permission denied to access object",
        Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.ARRAY, Operation.KEYS)));
    assertEquals(
        "throws Error: Permission denied to access object",
        Oracle.outcome(c(Party.CONTENT_A, Party.SYSTEM, true, Specimen.EVAL, Operation.CALL)));
    assertEquals("null", Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.ARRAY, Operation.GET_PROTOTYPE_OF)));
    assertEquals("false", Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.ARRAY, Operation.IS_ARRAY)));
  }

  @Test
  void chromeObjectWrappers_readSilentlyAndRefuseWrites() {
    assertEquals("undefined", Oracle.outcome(c(Party.CONTENT_A, Party.SYSTEM, true, Specimen.PLAIN_OBJECT, Operation.GET)));
    assertEquals("keys:", Oracle.outcome(c(Party.CONTENT_A, Party.SYSTEM, true, Specimen.PLAIN_OBJECT, Operation.KEYS)));
    assertEquals(
        "throws Error: Permission denied to access property \"x\"",
        Oracle.outcome(c(Party.CONTENT_A, Party.SYSTEM, true, Specimen.PLAIN_OBJECT, Operation.SET)));
  }

  @Test
  void callableOpaque_callsButDeniesProperties() {
    assertEquals("42", Oracle.outcome(c(Party.NULL, Party.SYSTEM, false, Specimen.FUNCTION, Operation.CALL)));
    assertEquals(
        "throws Error: Permission denied to access property \"x\"",
        Oracle.outcome(c(Party.NULL, Party.SYSTEM, false, Specimen.FUNCTION, Operation.GET)));
  }

  @Test
  void xrays_showNativeStateOnly_andKeepViewerWritesAsExpandos() {
    assertEquals("keys:x", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.PLAIN_OBJECT, Operation.KEYS)));
    assertEquals("keys:0,1,x", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.ARRAY, Operation.KEYS)));
    assertEquals(
        "5 (owner sees 5)", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.PLAIN_OBJECT, Operation.SET)));
    assertEquals(
        "5 (owner sees 1)", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.FUNCTION, Operation.SET)));
    assertEquals("undefined", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.ERROR, Operation.GET)));
    assertEquals("true", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.TYPED_ARRAY, Operation.HAS)));
    assertEquals(
        Oracle.TYPED_ARRAY_DENIED,
        Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.TYPED_ARRAY, Operation.GET)));
    assertEquals(
        "XRAY Object.prototype",
        Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.PROXY, Operation.GET_PROTOTYPE_OF)));
    assertEquals(
        "XRAY TypeError.prototype",
        Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.ERROR, Operation.GET_PROTOTYPE_OF)));
  }

  @Test
  void transparentWrappers_forwardEverything_andWrapThePrototype() {
    assertEquals(
        "keys:x,f,g,toString",
        Oracle.outcome(c(Party.CONTENT_A, Party.CONTENT_A, false, Specimen.PLAIN_OBJECT, Operation.KEYS)));
    assertEquals(
        "TRANSPARENT Array.prototype",
        Oracle.outcome(c(Party.CONTENT_A, Party.CONTENT_A, false, Specimen.ARRAY, Operation.GET_PROTOTYPE_OF)));
    // a subsuming viewer sees a global transparently, but its Object.prototype through an Xray
    assertEquals(
        "XRAY Object.prototype",
        Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.GLOBAL, Operation.GET_PROTOTYPE_OF)));
  }

  @Test
  void callIsNotApplicable_toWhatCannotBeCalled() {
    assertEquals("n/a", Oracle.outcome(c(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.MAP, Operation.CALL)));
    assertEquals("2", Oracle.outcome(c(Party.SYSTEM, Party.CONTENT_A, true, Specimen.EVAL, Operation.CALL)));
  }

  /** The hand-written relation grid says what the principals module's subsumes says. */
  @Test
  void theRelationGrid_agreesWithSubsumes() {
    List<String> mismatches = new ArrayList<>();
    for (Party viewer : Party.values()) {
      for (Party owner : Party.values()) {
        Principal o = owner.newPrincipal();
        Principal v = viewer == Party.NULL && owner == Party.NULL ? o : viewer.newPrincipal();
        boolean expected = Oracle.viewerSubsumes(viewer, owner);
        if (v.subsumes(o) != expected) {
          mismatches.add(viewer + " subsumes " + owner);
        }
      }
    }
    assertEquals(List.of(), mismatches);
  }

  /**
   * The oracle's statement of what the owner's own scripts see (which a transparent wrapper
   * forwards) is what Rhino does with no membrane in between.
   */
  @Test
  void theRawOutcomes_areWhatRhinoDoes() {
    List<String> mismatches = new ArrayList<>();
    for (Specimen s : Specimen.values()) {
      for (Operation op : Operation.values()) {
        String rhino = MatrixCase.runUnwrapped(s, op);
        if (!rhino.equals(Oracle.raw(s, op))) {
          mismatches.add(s + " " + op + ": oracle " + Oracle.raw(s, op) + ", Rhino " + rhino);
        }
      }
    }
    assertEquals(List.of(), mismatches);
  }
}
