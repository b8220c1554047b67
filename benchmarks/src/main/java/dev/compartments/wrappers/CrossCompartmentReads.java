package dev.compartments.wrappers;

import dev.compartments.benchmarks.Contexts;
import dev.compartments.benchmarks.Reads;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import dev.compartments.principals.Principal;
import java.util.function.BiFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * The fixtures of the read benchmarks: an object of one global read by a script of another, in
 * compartments of one origin ({@code https://a.example}) that differ only in {@code wantXrays}.
 */
final class CrossCompartmentReads {
  private CrossCompartmentReads() {}

  static final Principal ORIGIN = Principal.fromUrl("https://a.example");

  /** Makes the object the loop reads, in the owner's global. */
  static final BiFunction<Context, Scriptable, Object> PLAIN_OBJECT =
      (cx, global) -> cx.evaluateString(global, Reads.OBJECT_SOURCE, "owner", 1, null);

  /**
   * A loop in a viewer compartment reading an object of an owner compartment of the same origin,
   * through the wrapper the membrane picks, which must be {@code expected}.
   */
  static Workload across(
      RhinoMode mode,
      Reads reads,
      boolean wantXrays,
      WrapperKind expected,
      BiFunction<Context, Scriptable, Object> target) {
    Membrane membrane = Membrane.create(Contexts.safe(mode), AuditListener.NONE);
    CompartmentTraits traits = new CompartmentTraits(ORIGIN, wantXrays, true);
    Compartment viewer = membrane.newCompartment(traits, "viewer");
    Compartment owner = membrane.newCompartment(traits, "owner");
    Context cx = membrane.contextFactory().enterContext();
    CompartmentGlobal viewerGlobal = viewer.newGlobal();
    CompartmentGlobal ownerGlobal = owner.newGlobal();
    Object wrapped = membrane.wrap(target.apply(cx, ownerGlobal), viewer);
    if (Wrappers.kindOf(wrapped) != expected) {
      cx.close();
      throw new IllegalStateException("expected a " + expected + " wrapper, got " + Wrappers.kindOf(wrapped));
    }
    return new ScriptLoop(cx, viewerGlobal, reads.loopSource(), wrapped);
  }

  /** A loop reading an object of its own compartment global (no wrapper). */
  static Workload direct(RhinoMode mode, Reads reads, BiFunction<Context, Scriptable, Object> target) {
    Membrane membrane = Membrane.create(Contexts.safe(mode), AuditListener.NONE);
    Compartment compartment = membrane.newCompartment(new CompartmentTraits(ORIGIN, false, true), "direct");
    Context cx = membrane.contextFactory().enterContext();
    CompartmentGlobal global = compartment.newGlobal();
    return new ScriptLoop(cx, global, reads.loopSource(), target.apply(cx, global));
  }
}
