package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The wrapper decision of DESIGN.md section 3: a pure function of the viewer's and the owner's
 * {@link CompartmentTraits}, whether they are one compartment, the kind of object, and whether the
 * viewer asked for a waiver. The membrane calls it once, when it creates a wrapper; the result is
 * kept in the wrapper, so the hot path never decides again.
 *
 * <p>Thread-safe: it has no state.
 */
public final class WrapperPolicy {
  private WrapperPolicy() {}

  /**
   * Decides what {@code viewer} gets for an object of kind {@code objectKind} that belongs to
   * {@code owner}.
   *
   * @param sameCompartment whether viewer and owner are one compartment (then the object is raw)
   * @param waived whether the viewer asked for the object with its Xrays waived
   */
  public static WrapperDecision decide(
      CompartmentTraits viewer,
      CompartmentTraits owner,
      boolean sameCompartment,
      ObjectKind objectKind,
      boolean waived) {
    requireNonNull(viewer, "viewer");
    requireNonNull(owner, "owner");
    requireNonNull(objectKind, "objectKind");
    List<String> trace = new ArrayList<>();
    if (sameCompartment) {
      trace.add("same compartment: the raw object");
      return new WrapperDecision(WrapperKind.RAW, objectKind, trace);
    }
    Principal v = viewer.principal();
    Principal o = owner.principal();
    boolean viewerSubsumes = v.subsumes(o);
    boolean ownerSubsumes = o.subsumes(v);
    trace.add(
        "viewer " + v.origin() + (viewerSubsumes ? " subsumes" : " does not subsume") + " owner " + o.origin());
    trace.add(
        "owner " + o.origin() + (ownerSubsumes ? " subsumes" : " does not subsume") + " viewer " + v.origin());
    if (objectKind == ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR && !viewerSubsumes) {
      trace.add("the owner's builtin eval or Function constructor seen by a non-subsuming viewer: opaque, always");
      return new WrapperDecision(WrapperKind.OPAQUE, objectKind, trace);
    }
    if (objectKind == ObjectKind.GLOBAL && viewerSubsumes) {
      if (waived && viewer.allowWaivers() && (viewer.wantXrays() || owner.wantXrays() || !ownerSubsumes)) {
        trace.add("a sandbox global, waived by the viewer: transitive waiver");
        return new WrapperDecision(WrapperKind.WAIVER, objectKind, trace);
      }
      trace.add("a sandbox global is never Xrayed: transparent for a subsuming viewer");
      return new WrapperDecision(WrapperKind.TRANSPARENT, objectKind, trace);
    }
    if (viewerSubsumes && ownerSubsumes) {
      if (!viewer.wantXrays() && !owner.wantXrays()) {
        trace.add("same origin and neither side wants Xrays: transparent");
        return new WrapperDecision(WrapperKind.TRANSPARENT, objectKind, trace);
      }
      trace.add("same origin and " + (viewer.wantXrays() ? "the viewer" : "the owner") + " wants Xrays: Xray");
      return xrayOrWaiver(viewer, objectKind, waived, trace);
    }
    if (viewerSubsumes) {
      trace.add("the viewer subsumes the owner, not the reverse: Xray");
      return xrayOrWaiver(viewer, objectKind, waived, trace);
    }
    if (o.isSystem()) {
      trace.add("the owner is system and the viewer is not: decided by the kind of object");
      switch (objectKind) {
        case FUNCTION:
          trace.add("a function: callable-only opaque");
          return new WrapperDecision(WrapperKind.CALLABLE_OPAQUE, objectKind, trace);
        case PLAIN_OBJECT:
          trace.add("a plain Object: Chrome Object Wrapper");
          return new WrapperDecision(WrapperKind.CHROME_OBJECT, objectKind, trace);
        default:
          trace.add("anything else: opaque");
          return new WrapperDecision(WrapperKind.OPAQUE, objectKind, trace);
      }
    }
    if (!ownerSubsumes) {
      trace.add("neither subsumes the other");
      if (objectKind == ObjectKind.WINDOW || objectKind == ObjectKind.LOCATION) {
        trace.add("a Window or Location: cross-origin wrapper");
        return new WrapperDecision(WrapperKind.CROSS_ORIGIN, objectKind, trace);
      }
      trace.add("anything but a Window or Location: opaque");
      return new WrapperDecision(WrapperKind.OPAQUE, objectKind, trace);
    }
    trace.add("the viewer is less privileged and the owner is not system: opaque");
    return new WrapperDecision(WrapperKind.OPAQUE, objectKind, trace);
  }

  private static WrapperDecision xrayOrWaiver(
      CompartmentTraits viewer, ObjectKind objectKind, boolean waived, List<String> trace) {
    if (waived) {
      if (viewer.allowWaivers()) {
        trace.add("waived by the viewer: transitive waiver");
        return new WrapperDecision(WrapperKind.WAIVER, objectKind, trace);
      }
      trace.add("a waiver was asked for, but the viewer does not allow waivers: Xray");
    }
    return new WrapperDecision(WrapperKind.XRAY, objectKind, trace);
  }
}
