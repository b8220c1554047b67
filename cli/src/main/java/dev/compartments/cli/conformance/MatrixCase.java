package dev.compartments.cli.conformance;

import static java.util.Objects.requireNonNull;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * One case of the wrapper matrix: a viewer party, an owner party, the {@code wantXrays} flag of
 * the non-system compartments, a specimen and an operation. Immutable; {@link #run()} builds
 * everything it needs afresh, so cases are independent of each other and of their order.
 *
 * <p>Thread-safe: {@link #run()} may run on several threads at once, each entering its own Rhino
 * context; it must not be called from a thread that is inside another context factory's context.
 *
 * @param viewer the party of the compartment that receives the specimen
 * @param owner the party of the compartment the specimen belongs to
 * @param wantXrays the {@code wantXrays} flag of both compartments (system ones never want Xrays)
 * @param specimen the object
 * @param operation what the viewer does with it
 */
public record MatrixCase(
    Party viewer, Party owner, boolean wantXrays, Specimen specimen, Operation operation) {
  public MatrixCase {
    requireNonNull(viewer, "viewer");
    requireNonNull(owner, "owner");
    requireNonNull(specimen, "specimen");
    requireNonNull(operation, "operation");
  }

  /** The standard classes whose prototypes outcomes name. */
  private static final List<String> NAMED_PROTOTYPES =
      List.of("Object", "Array", "Function", "Error", "TypeError", "RegExp", "Map", "Uint8Array");

  /**
   * Every case, in report order: viewer, owner, {@code wantXrays} (true first), specimen,
   * operation. {@code wantXrays} does not apply between two system compartments, which only run
   * with it false.
   */
  public static Stream<MatrixCase> all() {
    List<MatrixCase> cases = new ArrayList<>();
    for (Party viewer : Party.values()) {
      for (Party owner : Party.values()) {
        for (boolean wantXrays : flags(viewer, owner)) {
          for (Specimen specimen : Specimen.values()) {
            for (Operation operation : Operation.values()) {
              cases.add(new MatrixCase(viewer, owner, wantXrays, specimen, operation));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  /** The values of {@code wantXrays} the matrix runs for a pair. */
  static List<Boolean> flags(Party viewer, Party owner) {
    return viewer == Party.SYSTEM && owner == Party.SYSTEM ? List.of(false) : List.of(true, false);
  }

  /** The row of the report this case is a cell of: owner, flag and specimen. */
  public String rowLabel() {
    return owner.label() + " " + (wantXrays ? "xrays" : "no-xrays") + " " + specimen.label();
  }

  /** The wrapper kind DESIGN.md prescribes for this case's specimen. */
  public WrapperKind expectedKind() {
    return Oracle.kind(this);
  }

  /** The outcome DESIGN.md prescribes for this case. */
  public String expected() {
    return Oracle.outcome(this);
  }

  /**
   * Runs the case: a new membrane with a compartment for each side, the specimen made by a script
   * in the owner's global and handed to the viewer through {@link Membrane#wrap}, the operation
   * run as JavaScript in the viewer's global, then the invariant check.
   */
  public Observation run() {
    Membrane membrane = Membrane.create();
    try (Context cx = membrane.contextFactory().enterContext()) {
      // Each script runs once: compiling it to bytecode would cost more than running it.
      cx.setInterpretedMode(true);
      Principal ownerPrincipal = owner.newPrincipal();
      Principal viewerPrincipal =
          viewer == Party.NULL && owner == Party.NULL ? ownerPrincipal : viewer.newPrincipal();
      Compartment ownerCompartment =
          membrane.newCompartment(
              new CompartmentTraits(ownerPrincipal, wantXrays, true), "owner " + owner.label());
      Compartment viewerCompartment =
          membrane.newCompartment(
              new CompartmentTraits(viewerPrincipal, wantXrays, true), "viewer " + viewer.label());
      CompartmentGlobal ownerGlobal = ownerCompartment.newGlobal();
      CompartmentGlobal viewerGlobal = viewerCompartment.newGlobal();
      Object raw = cx.evaluateString(ownerGlobal, specimen.source(), "owner.js", 1, null);
      Object received = membrane.wrap(raw, viewerCompartment);
      String kind = Wrappers.kindOf(received).name();
      if (!operation.appliesTo(specimen)) {
        return new Observation(kind, Operation.NOT_APPLICABLE, List.of());
      }
      Scriptable result = runOperation(cx, viewerGlobal, specimen, operation, received);
      String outcome =
          outcome(membrane, viewerCompartment, result)
              + ownerSees(cx, ownerGlobal, specimen, operation, raw, result);
      Map<String, Object> roots = new LinkedHashMap<>();
      roots.put("viewer global", viewerGlobal);
      roots.put("v", received);
      roots.put("result", result);
      return new Observation(kind, outcome, Invariant.violations(membrane, viewerCompartment, roots));
    } catch (RuntimeException e) {
      // A Java exception that escapes a case is a failure of that cell, not of the whole matrix.
      return new Observation("none", "java " + e, List.of());
    }
  }

  /**
   * Runs {@code operation} on {@code specimen} in the global that made it, with no membrane in
   * between: what the owner's own scripts see, which a transparent wrapper must forward.
   */
  public static String runUnwrapped(Specimen specimen, Operation operation) {
    if (!operation.appliesTo(specimen)) {
      return Operation.NOT_APPLICABLE;
    }
    Membrane membrane = Membrane.create();
    try (Context cx = membrane.contextFactory().enterContext()) {
      cx.setInterpretedMode(true);
      Compartment compartment =
          membrane.newCompartment(CompartmentTraits.of(Party.CONTENT_A.newPrincipal()), "owner");
      CompartmentGlobal global = compartment.newGlobal();
      Object value = cx.evaluateString(global, specimen.source(), "owner.js", 1, null);
      Scriptable result = runOperation(cx, global, specimen, operation, value);
      return outcome(membrane, compartment, result) + ownerSees(cx, global, specimen, operation, value, result);
    }
  }

  /**
   * Runs the operation in {@code global} on {@code v}: a function of the global, made by a script
   * and called from here with {@code v}, that returns {@code [true, value]} or, if the operation
   * threw, {@code [false, "throws Name: message", error]}.
   */
  private static Scriptable runOperation(
      Context cx, Scriptable global, Specimen specimen, Operation operation, Object v) {
    String source =
        "(function (v) {\n"
            + "  try { return [true, " + operation.expression(specimen) + "]; }\n"
            + "  catch (e) { return [false, \"throws \" + e.name + \": \" + e.message, e]; }\n"
            + "})";
    Function function = (Function) cx.evaluateString(global, source, "viewer.js", 1, null);
    return (Scriptable) function.call(cx, global, global, new Object[] {v});
  }

  /**
   * For a write that did not throw, {@code " (owner sees X)"}: the probe property as a script of the
   * owner's global reads it afterwards on the raw specimen. Empty otherwise.
   */
  private static String ownerSees(
      Context cx,
      Scriptable ownerGlobal,
      Specimen specimen,
      Operation operation,
      Object specimenValue,
      Scriptable result) {
    if (!operation.writes() || !Boolean.TRUE.equals(result.get(0, result))) {
      return "";
    }
    String source = "(function (o) { return String(o[" + specimen.keyLiteral() + "]); })";
    Function read = (Function) cx.evaluateString(ownerGlobal, source, "owner.js", 1, null);
    return " (owner sees " + read.call(cx, ownerGlobal, ownerGlobal, new Object[] {specimenValue}) + ")";
  }

  private static String outcome(Membrane membrane, Compartment viewer, Scriptable result) {
    Object ok = result.get(0, result);
    Object value = result.get(1, result);
    if (!Boolean.TRUE.equals(ok)) {
      return String.valueOf(value);
    }
    return describe(membrane, viewer, value);
  }

  /** A value as outcomes spell it: primitives as JavaScript prints them, objects by what they are. */
  static String describe(Membrane membrane, Compartment viewer, Object value) {
    if (value == null) {
      return "null";
    }
    if (Undefined.isUndefined(value)) {
      return "undefined";
    }
    if (!(value instanceof Scriptable)) {
      return ScriptRuntime.toString(value);
    }
    Scriptable object = (Scriptable) value;
    WrapperKind kind = Wrappers.kindOf(object);
    String holder;
    if (kind != WrapperKind.RAW) {
      holder = kind.name();
    } else if (membrane.compartmentOf(object) == viewer) {
      holder = "own";
    } else {
      holder = "raw object of " + membrane.compartmentOf(object).name();
    }
    // Host code naming the object for the report; nothing here reaches a script.
    Scriptable target = Wrappers.unsafeUnwrap(object);
    return holder + " " + name(target);
  }

  /** {@code C.prototype} for a standard prototype of the object's own global, else its class. */
  private static String name(Scriptable target) {
    Scriptable top = ScriptableObject.getTopLevelScope(target);
    for (String className : NAMED_PROTOTYPES) {
      Object constructor = ScriptableObject.getProperty(top, className);
      if (constructor instanceof Scriptable
          && ScriptableObject.getProperty((Scriptable) constructor, "prototype") == target) {
        return className + ".prototype";
      }
    }
    return "object " + target.getClassName();
  }

  @Override
  public String toString() {
    return viewer.label()
        + " sees "
        + rowLabel()
        + ": "
        + operation.label();
  }
}
