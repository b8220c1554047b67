package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.OriginAttributes;
import dev.compartments.principals.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The decision table of DESIGN.md section 3, one test per row, and the laws of the decision: it is
 * a pure function of its inputs, and it never gives a viewer more than the relationship allows.
 */
class WrapperPolicyTest {
  private static final Principal A = Principal.content("https://a.com");
  private static final Principal B = Principal.content("https://b.com");
  private static final Principal NULL = Principal.createNull();

  private static final CompartmentTraits SYSTEM = CompartmentTraits.of(Principal.system());
  private static final CompartmentTraits A_NO_XRAYS = new CompartmentTraits(A, false, true);
  private static final CompartmentTraits A_XRAYS = new CompartmentTraits(A, true, true);
  private static final CompartmentTraits A_XRAYS_NO_WAIVERS = new CompartmentTraits(A, true, false);
  private static final CompartmentTraits A_OTHER_CONTAINER =
      new CompartmentTraits(Principal.content("https://a.com", OriginAttributes.DEFAULT.withUserContextId(2)), false, true);
  private static final CompartmentTraits B_DEFAULT = CompartmentTraits.of(B);
  private static final CompartmentTraits B_NO_XRAYS = new CompartmentTraits(B, false, true);
  private static final CompartmentTraits EXPANDED_A_B = CompartmentTraits.of(Principal.expanded(List.of(A, B)));
  private static final CompartmentTraits NULL_TRAITS = CompartmentTraits.of(NULL);
  private static final CompartmentTraits OTHER_NULL_TRAITS = CompartmentTraits.of(Principal.createNull());

  /** Every sample compartment the laws range over. */
  private static final List<CompartmentTraits> SAMPLES =
      List.of(
          SYSTEM,
          new CompartmentTraits(Principal.system(), true, false),
          A_NO_XRAYS,
          A_XRAYS,
          A_XRAYS_NO_WAIVERS,
          A_OTHER_CONTAINER,
          B_DEFAULT,
          B_NO_XRAYS,
          EXPANDED_A_B,
          new CompartmentTraits(Principal.expanded(List.of(A, B)), true, false),
          CompartmentTraits.of(Principal.expanded(List.of(A))),
          NULL_TRAITS,
          OTHER_NULL_TRAITS);

  private static final Set<WrapperKind> ONLY_FOR_SUBSUMING_VIEWERS =
      EnumSet.of(WrapperKind.TRANSPARENT, WrapperKind.WAIVER, WrapperKind.XRAY);

  private static WrapperKind kind(CompartmentTraits viewer, CompartmentTraits owner, ObjectKind objectKind) {
    return WrapperPolicy.decide(viewer, owner, false, objectKind, false).kind();
  }

  private static WrapperKind waivedKind(CompartmentTraits viewer, CompartmentTraits owner, ObjectKind objectKind) {
    return WrapperPolicy.decide(viewer, owner, false, objectKind, true).kind();
  }

  // ---- the rows of the table ----

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void sameCompartment_anyKind_isRaw(ObjectKind objectKind) {
    assertEquals(WrapperKind.RAW, WrapperPolicy.decide(A_XRAYS, A_XRAYS, true, objectKind, false).kind());
    assertEquals(WrapperKind.RAW, WrapperPolicy.decide(SYSTEM, SYSTEM, true, objectKind, true).kind());
  }

  @Test
  void sameOriginNeitherWantsXrays_isTransparent() {
    assertEquals(WrapperKind.TRANSPARENT, kind(A_NO_XRAYS, A_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.TRANSPARENT, kind(A_NO_XRAYS, A_NO_XRAYS, ObjectKind.FUNCTION));
  }

  @Test
  void sameOriginNeitherWantsXrays_waived_staysTransparent() {
    assertEquals(WrapperKind.TRANSPARENT, waivedKind(A_NO_XRAYS, A_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void twoSystemCompartments_areTransparent() {
    assertEquals(WrapperKind.TRANSPARENT, kind(SYSTEM, SYSTEM, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.TRANSPARENT, kind(SYSTEM, SYSTEM, ObjectKind.ARRAY));
  }

  @Test
  void sameOriginViewerWantsXrays_isXray() {
    assertEquals(WrapperKind.XRAY, kind(A_XRAYS, A_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void sameOriginOwnerWantsXrays_isXray() {
    assertEquals(WrapperKind.XRAY, kind(A_NO_XRAYS, A_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void sameOriginBothWantXrays_isXray() {
    assertEquals(WrapperKind.XRAY, kind(A_XRAYS, A_XRAYS, ObjectKind.ARRAY));
  }

  @Test
  void sameOriginXray_waived_isWaiver() {
    assertEquals(WrapperKind.WAIVER, waivedKind(A_XRAYS, A_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void sameOriginXray_waivedButViewerDisallowsWaivers_isXray() {
    assertEquals(WrapperKind.XRAY, waivedKind(A_XRAYS_NO_WAIVERS, A_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void sameOriginXray_waiversAreTheViewersFlagNotTheOwners() {
    assertEquals(WrapperKind.WAIVER, waivedKind(A_XRAYS, A_XRAYS_NO_WAIVERS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void differentOriginAttributes_areNotSameOrigin() {
    assertEquals(WrapperKind.OPAQUE, kind(A_NO_XRAYS, A_OTHER_CONTAINER, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.OPAQUE, kind(A_OTHER_CONTAINER, A_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @ParameterizedTest
  @EnumSource(
      value = ObjectKind.class,
      names = {"GLOBAL", "EVAL_OR_FUNCTION_CONSTRUCTOR"},
      mode = EnumSource.Mode.EXCLUDE)
  void systemViewingContent_isXray(ObjectKind objectKind) {
    assertEquals(WrapperKind.XRAY, kind(SYSTEM, B_DEFAULT, objectKind));
    assertEquals(WrapperKind.XRAY, kind(SYSTEM, B_NO_XRAYS, objectKind));
  }

  @Test
  void systemViewingContent_waived_isWaiver() {
    assertEquals(WrapperKind.WAIVER, waivedKind(SYSTEM, B_DEFAULT, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void systemViewingContent_evenWithoutXraysOnEitherSide_isXray() {
    CompartmentTraits systemAskingNoXrays = new CompartmentTraits(Principal.system(), false, true);
    assertEquals(WrapperKind.XRAY, kind(systemAskingNoXrays, B_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void systemViewingNullPrincipal_isXray() {
    assertEquals(WrapperKind.XRAY, kind(SYSTEM, NULL_TRAITS, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void systemViewingExpanded_isXray() {
    assertEquals(WrapperKind.XRAY, kind(SYSTEM, EXPANDED_A_B, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void expandedViewingMember_isXray() {
    assertEquals(WrapperKind.XRAY, kind(EXPANDED_A_B, A_NO_XRAYS, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.XRAY, kind(EXPANDED_A_B, B_DEFAULT, ObjectKind.ARRAY));
  }

  @Test
  void expandedViewingMember_waived_isWaiver() {
    assertEquals(WrapperKind.WAIVER, waivedKind(EXPANDED_A_B, B_DEFAULT, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void expandedViewingNonMember_isOpaque() {
    CompartmentTraits c = CompartmentTraits.of(Principal.content("https://c.com"));
    assertEquals(WrapperKind.OPAQUE, kind(EXPANDED_A_B, c, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void contentViewingSystemFunction_isCallableOpaque() {
    assertEquals(WrapperKind.CALLABLE_OPAQUE, kind(B_DEFAULT, SYSTEM, ObjectKind.FUNCTION));
  }

  @Test
  void contentViewingSystemPlainObject_isChromeObjectWrapper() {
    assertEquals(WrapperKind.CHROME_OBJECT, kind(B_DEFAULT, SYSTEM, ObjectKind.PLAIN_OBJECT));
  }

  @ParameterizedTest
  @EnumSource(
      value = ObjectKind.class,
      names = {"FUNCTION", "PLAIN_OBJECT"},
      mode = EnumSource.Mode.EXCLUDE)
  void contentViewingAnyOtherSystemObject_isOpaque(ObjectKind objectKind) {
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, SYSTEM, objectKind));
  }

  @Test
  void contentViewingSystemObjects_waived_stillByKindOfObject() {
    assertEquals(WrapperKind.CALLABLE_OPAQUE, waivedKind(B_DEFAULT, SYSTEM, ObjectKind.FUNCTION));
    assertEquals(WrapperKind.CHROME_OBJECT, waivedKind(B_DEFAULT, SYSTEM, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.OPAQUE, waivedKind(B_DEFAULT, SYSTEM, ObjectKind.ARRAY));
  }

  @Test
  void nullPrincipalViewingSystemFunction_isCallableOpaque() {
    assertEquals(WrapperKind.CALLABLE_OPAQUE, kind(NULL_TRAITS, SYSTEM, ObjectKind.FUNCTION));
  }

  @Test
  void expandedViewingSystemPlainObject_isChromeObjectWrapper() {
    assertEquals(WrapperKind.CHROME_OBJECT, kind(EXPANDED_A_B, SYSTEM, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void crossOriginWindow_isCrossOriginWrapper() {
    assertEquals(WrapperKind.CROSS_ORIGIN, kind(A_NO_XRAYS, B_NO_XRAYS, ObjectKind.WINDOW));
  }

  @Test
  void crossOriginLocation_isCrossOriginWrapper() {
    assertEquals(WrapperKind.CROSS_ORIGIN, kind(A_NO_XRAYS, B_NO_XRAYS, ObjectKind.LOCATION));
  }

  @ParameterizedTest
  @EnumSource(
      value = ObjectKind.class,
      names = {"WINDOW", "LOCATION"},
      mode = EnumSource.Mode.EXCLUDE)
  void crossOriginAnythingElse_isOpaque(ObjectKind objectKind) {
    assertEquals(WrapperKind.OPAQUE, kind(A_NO_XRAYS, B_NO_XRAYS, objectKind));
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, A_XRAYS, objectKind));
  }

  @Test
  void twoNullPrincipals_areCrossOrigin() {
    assertEquals(WrapperKind.OPAQUE, kind(NULL_TRAITS, OTHER_NULL_TRAITS, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.CROSS_ORIGIN, kind(NULL_TRAITS, OTHER_NULL_TRAITS, ObjectKind.WINDOW));
  }

  @Test
  void nullPrincipalViewingItself_isSameOrigin() {
    CompartmentTraits noXrays = new CompartmentTraits(NULL, false, true);
    assertEquals(WrapperKind.TRANSPARENT, kind(noXrays, noXrays, ObjectKind.PLAIN_OBJECT));
    assertEquals(WrapperKind.XRAY, kind(NULL_TRAITS, NULL_TRAITS, ObjectKind.PLAIN_OBJECT));
  }

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void contentViewingExpanded_isOpaque(ObjectKind objectKind) {
    assertEquals(WrapperKind.OPAQUE, kind(A_NO_XRAYS, EXPANDED_A_B, objectKind));
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, EXPANDED_A_B, objectKind));
  }

  @Test
  void contentViewingExpanded_waived_isOpaque() {
    assertEquals(WrapperKind.OPAQUE, waivedKind(B_DEFAULT, EXPANDED_A_B, ObjectKind.PLAIN_OBJECT));
  }

  @Test
  void evalOrFunctionConstructorOfSystem_seenByContent_isOpaqueNotCallable() {
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, SYSTEM, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR));
    assertEquals(WrapperKind.CALLABLE_OPAQUE, kind(B_DEFAULT, SYSTEM, ObjectKind.FUNCTION));
  }

  @Test
  void evalOrFunctionConstructor_seenByAnyNonSubsumingViewer_isOpaque() {
    for (CompartmentTraits viewer : SAMPLES) {
      for (CompartmentTraits owner : SAMPLES) {
        if (viewer.principal().subsumes(owner.principal())) {
          continue;
        }
        for (boolean waived : new boolean[] {false, true}) {
          assertEquals(
              WrapperKind.OPAQUE,
              WrapperPolicy.decide(viewer, owner, false, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR, waived).kind(),
              () -> viewer + " viewing " + owner);
        }
      }
    }
  }

  @Test
  void evalOrFunctionConstructor_seenBySubsumingViewer_followsTheNormalRules() {
    assertEquals(WrapperKind.XRAY, kind(SYSTEM, B_DEFAULT, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR));
    assertEquals(WrapperKind.TRANSPARENT, kind(A_NO_XRAYS, A_NO_XRAYS, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR));
  }

  @Test
  void globalSeenBySubsumingViewer_isTransparent() {
    assertEquals(WrapperKind.TRANSPARENT, kind(SYSTEM, B_DEFAULT, ObjectKind.GLOBAL));
    assertEquals(WrapperKind.TRANSPARENT, kind(A_XRAYS, A_XRAYS, ObjectKind.GLOBAL));
    assertEquals(WrapperKind.TRANSPARENT, kind(EXPANDED_A_B, B_DEFAULT, ObjectKind.GLOBAL));
  }

  @Test
  void globalSeenBySubsumingViewer_waived_isAWaiverWhereItsObjectsWouldBeXrays() {
    assertEquals(WrapperKind.WAIVER, waivedKind(SYSTEM, B_DEFAULT, ObjectKind.GLOBAL));
  }

  @Test
  void globalSeenByNonSubsumingViewer_isOpaque() {
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, A_XRAYS, ObjectKind.GLOBAL));
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, SYSTEM, ObjectKind.GLOBAL));
    assertEquals(WrapperKind.OPAQUE, kind(B_DEFAULT, EXPANDED_A_B, ObjectKind.GLOBAL));
  }

  // ---- traits and trace ----

  @Test
  void systemTraits_neverWantXrays() {
    assertFalse(new CompartmentTraits(Principal.system(), true, true).wantXrays());
    assertFalse(CompartmentTraits.of(Principal.system()).wantXrays());
  }

  @Test
  void contentTraits_keepWantXrays() {
    assertTrue(CompartmentTraits.of(A).wantXrays());
    assertFalse(new CompartmentTraits(A, false, true).wantXrays());
  }

  @Test
  void decision_recordsTheObjectKind() {
    WrapperDecision decision = WrapperPolicy.decide(B_DEFAULT, SYSTEM, false, ObjectKind.ARRAY, false);
    assertEquals(ObjectKind.ARRAY, decision.objectKind());
  }

  @Test
  void trace_ofEveryDecision_isNonEmpty() {
    for (CompartmentTraits viewer : SAMPLES) {
      for (CompartmentTraits owner : SAMPLES) {
        for (ObjectKind objectKind : ObjectKind.values()) {
          for (boolean sameCompartment : new boolean[] {false, true}) {
            WrapperDecision decision = WrapperPolicy.decide(viewer, owner, sameCompartment, objectKind, false);
            assertFalse(decision.trace().isEmpty(), () -> viewer + " viewing " + owner + " " + objectKind);
          }
        }
      }
    }
  }

  @Test
  void trace_ofSameCompartment_namesTheRule() {
    List<String> trace = WrapperPolicy.decide(A_XRAYS, A_XRAYS, true, ObjectKind.PLAIN_OBJECT, false).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("same compartment")), trace::toString);
  }

  @Test
  void trace_ofChromeObject_namesSubsumptionAndTheKindRule() {
    List<String> trace = WrapperPolicy.decide(B_DEFAULT, SYSTEM, false, ObjectKind.PLAIN_OBJECT, false).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("does not subsume")), trace::toString);
    assertTrue(trace.stream().anyMatch(line -> line.contains("Chrome Object Wrapper")), trace::toString);
  }

  @Test
  void trace_ofSameOriginXray_namesWhoWantsXrays() {
    List<String> trace = WrapperPolicy.decide(A_NO_XRAYS, A_XRAYS, false, ObjectKind.PLAIN_OBJECT, false).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("wants Xrays")), trace::toString);
  }

  @Test
  void trace_ofWaiverRefused_saysWaiversAreNotAllowed() {
    List<String> trace =
        WrapperPolicy.decide(A_XRAYS_NO_WAIVERS, A_XRAYS, false, ObjectKind.PLAIN_OBJECT, true).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("does not allow waivers")), trace::toString);
  }

  @Test
  void trace_ofEvalRule_namesEvalAndFunction() {
    List<String> trace =
        WrapperPolicy.decide(B_DEFAULT, SYSTEM, false, ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR, false).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("eval") && line.contains("Function")), trace::toString);
  }

  @Test
  void trace_ofCrossOrigin_namesTheWindowRule() {
    List<String> trace = WrapperPolicy.decide(A_NO_XRAYS, B_DEFAULT, false, ObjectKind.WINDOW, false).trace();
    assertTrue(trace.stream().anyMatch(line -> line.contains("neither subsumes")), trace::toString);
    assertTrue(trace.stream().anyMatch(line -> line.contains("cross-origin")), trace::toString);
  }

  @Test
  void trace_ofSubsumption_namesBothPrincipals() {
    List<String> trace = WrapperPolicy.decide(SYSTEM, B_DEFAULT, false, ObjectKind.PLAIN_OBJECT, false).trace();
    String joined = String.join("\n", trace);
    assertTrue(joined.contains(Principal.system().origin()), joined);
    assertTrue(joined.contains("https://b.com"), joined);
  }

  // ---- laws over every combination of the samples ----

  /** Every input combination of the sample traits, object kinds and the two flags. */
  private static List<Object[]> everyInput() {
    List<Object[]> inputs = new ArrayList<>();
    for (CompartmentTraits viewer : SAMPLES) {
      for (CompartmentTraits owner : SAMPLES) {
        for (ObjectKind objectKind : ObjectKind.values()) {
          for (boolean sameCompartment : new boolean[] {false, true}) {
            for (boolean waived : new boolean[] {false, true}) {
              inputs.add(new Object[] {viewer, owner, objectKind, sameCompartment, waived});
            }
          }
        }
      }
    }
    return inputs;
  }

  @Test
  void decide_isAPureFunction_sameInputsGiveEqualDecisions() {
    List<Object[]> inputs = everyInput();
    assertEquals(SAMPLES.size() * SAMPLES.size() * ObjectKind.values().length * 4, inputs.size());
    for (Object[] in : inputs) {
      CompartmentTraits viewer = (CompartmentTraits) in[0];
      CompartmentTraits owner = (CompartmentTraits) in[1];
      ObjectKind objectKind = (ObjectKind) in[2];
      boolean sameCompartment = (Boolean) in[3];
      boolean waived = (Boolean) in[4];
      WrapperDecision first = WrapperPolicy.decide(viewer, owner, sameCompartment, objectKind, waived);
      // Equal but distinct traits: the decision may depend on values only, never on identity.
      WrapperDecision second =
          WrapperPolicy.decide(
              new CompartmentTraits(viewer.principal(), viewer.wantXrays(), viewer.allowWaivers()),
              new CompartmentTraits(owner.principal(), owner.wantXrays(), owner.allowWaivers()),
              sameCompartment,
              objectKind,
              waived);
      assertEquals(first, second, () -> viewer + " viewing " + owner + " " + objectKind);
    }
  }

  @Test
  void decide_neverGivesANonSubsumingViewerATransparentWaiverOrXray() {
    for (Object[] in : everyInput()) {
      CompartmentTraits viewer = (CompartmentTraits) in[0];
      CompartmentTraits owner = (CompartmentTraits) in[1];
      if ((Boolean) in[3] || viewer.principal().subsumes(owner.principal())) {
        continue;
      }
      WrapperKind kind = WrapperPolicy.decide(viewer, owner, false, (ObjectKind) in[2], (Boolean) in[4]).kind();
      assertFalse(ONLY_FOR_SUBSUMING_VIEWERS.contains(kind), () -> viewer + " viewing " + owner + ": " + kind);
    }
  }

  @Test
  void decide_betweenCompartments_isNeverRaw() {
    for (Object[] in : everyInput()) {
      if ((Boolean) in[3]) {
        continue;
      }
      WrapperDecision decision =
          WrapperPolicy.decide(
              (CompartmentTraits) in[0], (CompartmentTraits) in[1], false, (ObjectKind) in[2], (Boolean) in[4]);
      assertNotEquals(WrapperKind.RAW, decision.kind(), () -> java.util.Arrays.toString(in));
    }
  }

  @Test
  void decide_waivingChangesOnlyAnXray_andOnlyIntoAWaiverWhenAllowed() {
    for (Object[] in : everyInput()) {
      CompartmentTraits viewer = (CompartmentTraits) in[0];
      CompartmentTraits owner = (CompartmentTraits) in[1];
      ObjectKind objectKind = (ObjectKind) in[2];
      boolean sameCompartment = (Boolean) in[3];
      WrapperKind plain = WrapperPolicy.decide(viewer, owner, sameCompartment, objectKind, false).kind();
      WrapperKind waived = WrapperPolicy.decide(viewer, owner, sameCompartment, objectKind, true).kind();
      // A sandbox global is transparent, not an Xray, but waiving it gives a waiver wherever the
      // viewer would see the global's objects through Xrays.
      boolean xrayRelation =
          plain == WrapperKind.XRAY
              || (objectKind == ObjectKind.GLOBAL
                  && WrapperPolicy.decide(viewer, owner, sameCompartment, ObjectKind.PLAIN_OBJECT, false).kind()
                      == WrapperKind.XRAY);
      WrapperKind expected = xrayRelation && viewer.allowWaivers() ? WrapperKind.WAIVER : plain;
      assertEquals(expected, waived, () -> viewer + " viewing " + owner + " " + objectKind);
      assertNotEquals(WrapperKind.WAIVER, plain);
    }
  }
}
