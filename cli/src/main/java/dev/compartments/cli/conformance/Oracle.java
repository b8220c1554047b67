package dev.compartments.cli.conformance;

import static java.util.Objects.requireNonNull;

import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import java.util.List;

/**
 * What DESIGN.md section 3 says a viewer gets and sees, written out by hand for the matrix's
 * parties and specimens. It never asks the code under test ({@code WrapperPolicy}, the membrane):
 * the relationship between two parties is a literal grid, the table's rows are restated below,
 * and each wrapper kind's behaviour is spelled out as the outcome strings the matrix observes.
 *
 * <p>Where DESIGN.md is silent, the choice is written next to the rule, with its reason.
 *
 * <p>Thread-safe: no state.
 */
public final class Oracle {
  private Oracle() {}

  /** How the viewer's principal relates to the owner's, for a row of DESIGN.md's table. */
  enum Relation {
    /** Each subsumes the other: same origin. */
    SAME_ORIGIN,
    /** The viewer subsumes the owner, not the reverse. */
    VIEWER_SUBSUMES,
    /** The owner is system and the viewer is not. */
    OWNER_SYSTEM,
    /** Neither subsumes the other. */
    NEITHER,
    /** The owner subsumes the viewer and is not system (content seeing expanded). */
    VIEWER_LESS_PRIVILEGED
  }

  /**
   * The relation of row (viewer) to column (owner), in {@link Party} order S, A, B, E[A], N:
   * {@code =} same origin, {@code >} viewer subsumes, {@code s} owner is system, {@code #} neither,
   * {@code <} viewer less privileged. From DESIGN.md section 2: system subsumes all; content only an
   * equal content principal; [A] subsumes A and an equal expanded principal; null only itself (N to
   * N is one principal in two compartments).
   */
  private static final List<String> RELATIONS =
      List.of(
          "=>>>>", // S
          "s=#<#", // A
          "s#=##", // B
          "s>#=#", // E[A]
          "s###="); // N

  /** The relation of {@code viewer} to {@code owner}. */
  static Relation relation(Party viewer, Party owner) {
    char c = RELATIONS.get(viewer.ordinal()).charAt(owner.ordinal());
    switch (c) {
      case '=':
        return Relation.SAME_ORIGIN;
      case '>':
        return Relation.VIEWER_SUBSUMES;
      case 's':
        return Relation.OWNER_SYSTEM;
      case '#':
        return Relation.NEITHER;
      case '<':
        return Relation.VIEWER_LESS_PRIVILEGED;
      default:
        throw new AssertionError(c);
    }
  }

  /** Whether the viewer subsumes the owner. */
  static boolean viewerSubsumes(Party viewer, Party owner) {
    Relation r = relation(viewer, owner);
    return r == Relation.SAME_ORIGIN || r == Relation.VIEWER_SUBSUMES;
  }

  /**
   * The wrapper DESIGN.md's table gives {@code viewer} for an object of kind {@code kind} that
   * belongs to {@code owner}, in another compartment; {@code wantXrays} is the flag of every
   * non-system compartment (system compartments never want Xrays).
   */
  public static WrapperKind kind(Party viewer, Party owner, boolean wantXrays, ObjectKind kind) {
    requireNonNull(kind, "kind");
    Relation relation = relation(viewer, owner);
    boolean subsumes = viewerSubsumes(viewer, owner);
    // The owner's builtin eval or Function seen by a non-subsuming viewer: opaque, always.
    if (kind == ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR && !subsumes) {
      return WrapperKind.OPAQUE;
    }
    // A sandbox's global is never Xrayed: a subsuming viewer sees it transparently.
    if (kind == ObjectKind.GLOBAL && subsumes) {
      return WrapperKind.TRANSPARENT;
    }
    switch (relation) {
      case SAME_ORIGIN:
        boolean eitherWantsXrays =
            (viewer != Party.SYSTEM && wantXrays) || (owner != Party.SYSTEM && wantXrays);
        return eitherWantsXrays ? WrapperKind.XRAY : WrapperKind.TRANSPARENT;
      case VIEWER_SUBSUMES:
        return WrapperKind.XRAY;
      case OWNER_SYSTEM:
        if (kind == ObjectKind.FUNCTION) {
          return WrapperKind.CALLABLE_OPAQUE;
        }
        return kind == ObjectKind.PLAIN_OBJECT ? WrapperKind.CHROME_OBJECT : WrapperKind.OPAQUE;
      case NEITHER:
        return kind == ObjectKind.WINDOW || kind == ObjectKind.LOCATION
            ? WrapperKind.CROSS_ORIGIN
            : WrapperKind.OPAQUE;
      case VIEWER_LESS_PRIVILEGED:
        return WrapperKind.OPAQUE;
      default:
        throw new AssertionError(relation);
    }
  }

  /** The wrapper the viewer of {@code c} should receive for its specimen. */
  public static WrapperKind kind(MatrixCase c) {
    return kind(c.viewer(), c.owner(), c.wantXrays(), c.specimen().objectKind());
  }

  /** The outcome DESIGN.md prescribes for {@code c}, as {@link MatrixCase#run()} spells outcomes. */
  public static String outcome(MatrixCase c) {
    Specimen s = c.specimen();
    Operation op = c.operation();
    if (op == Operation.SPREAD && kind(c) != WrapperKind.TRANSPARENT) {
      if (s == Specimen.TYPED_ARRAY && kind(c) == WrapperKind.XRAY) {
        return TYPED_ARRAY_DENIED; // the copy reads the elements, which an Xray refuses
      }
      return spreadOf(outcome(new MatrixCase(c.viewer(), c.owner(), c.wantXrays(), s, Operation.KEYS)));
    }
    if (!op.appliesTo(s)) {
      return Operation.NOT_APPLICABLE;
    }
    WrapperKind kind = kind(c);
    switch (kind) {
      case TRANSPARENT:
        return transparent(c, s, op);
      case XRAY:
        return xray(s, op);
      case CHROME_OBJECT:
        return chromeObject(s, op);
      case CALLABLE_OPAQUE:
        return callableOpaque(s, op);
      case OPAQUE:
        return opaque(s, op);
      default:
        throw new AssertionError("the matrix has no specimen that gets " + kind);
    }
  }

  /** Object spread copies exactly the keys {@code Object.keys} lists, or fails as it does. */
  private static String spreadOf(String keysOutcome) {
    return keysOutcome.startsWith("keys:") ? "spread:" + keysOutcome.substring("keys:".length()) : keysOutcome;
  }

  /** {@code viewerSees} followed by what the owner's scripts then read: {@code 5 (owner sees 5)}. */
  private static String wrote(String viewerSees, String ownerSees) {
    return viewerSees + " (owner sees " + ownerSees + ")";
  }

  /** {@code Error: Permission denied to access property "k"}. */
  static String deniedProperty(Specimen s) {
    return "throws Error: Permission denied to access property \"" + s.keyName() + "\"";
  }

  /** {@code Error: Permission denied to access object}. */
  static final String DENIED_OBJECT = "throws Error: Permission denied to access object";

  /** Gecko's error for element access on a typed array through an Xray. */
  static final String TYPED_ARRAY_DENIED =
      "throws Error: Accessing TypedArray data over Xrays is slow, and forbidden in order to"
          + " encourage performant code. To copy TypedArrays across origin boundaries, consider"
          + " using Components.utils.cloneInto().";

  /**
   * Opaque: every property operation throws {@code Permission denied to access property "x"};
   * call and enumerate throw {@code Permission denied to access object}; {@code getPrototypeOf}
   * gives null; {@code Array.isArray} false. {@code typeof} is not a property operation: a callable
   * object stays callable-typed, as a Gecko proxy of a function does.
   */
  static String opaque(Specimen s, Operation op) {
    switch (op) {
      case GET:
      case SET:
      case DELETE:
      case HAS:
      case GET_OWN_PROPERTY_DESCRIPTOR:
      case DEFINE_PROPERTY:
        return deniedProperty(s);
      case KEYS:
      case CALL:
        return DENIED_OBJECT;
      case GET_PROTOTYPE_OF:
        return "null";
      case IS_ARRAY:
        return "false";
      case TYPEOF:
        return typeOf(s);
      default:
        throw new AssertionError(op);
    }
  }

  /** Callable-only opaque: opaque, except that a call with primitive arguments goes through. */
  static String callableOpaque(Specimen s, Operation op) {
    return op == Operation.CALL ? callResult(s) : opaque(s, op);
  }

  /**
   * Chrome Object Wrapper: reads, enumeration and descriptors fail silently ({@code undefined}, no
   * keys, and so {@code in} is false); writes, defines and deletes throw. DESIGN.md is silent on
   * the prototype: as Gecko's ChromeObjectWrapper did for chrome objects whose prototype is a
   * standard one, the viewer sees its own {@code Object.prototype}.
   */
  static String chromeObject(Specimen s, Operation op) {
    switch (op) {
      case GET:
      case GET_OWN_PROPERTY_DESCRIPTOR:
        return "undefined";
      case HAS:
        return "false";
      case KEYS:
        return "keys:";
      case SET:
      case DELETE:
      case DEFINE_PROPERTY:
        return deniedProperty(s);
      case GET_PROTOTYPE_OF:
        return "own Object.prototype";
      case IS_ARRAY:
        return "false";
      case TYPEOF:
        return typeOf(s);
      case CALL:
      default:
        throw new AssertionError(op);
    }
  }

  /**
   * Xray: the view shows what the class natively defines. Plain Objects and Arrays show their own
   * primitive-valued data properties that shadow nothing on the standard prototype, and writes go
   * to the real object. Every other class hides the owner's {@code x}: what the viewer sets,
   * defines or deletes there is an expando, which the viewer reads back and the owner never sees.
   * Typed arrays: element reads and writes throw (a descriptor carries the value, so it is a read;
   * the delete operation reads the element back afterwards). DESIGN.md says the keys are the
   * indices, so {@code 0 in v} is taken to be true (Gecko, where DESIGN.md is silent, throws
   * there too). The prototype is the owner's standard prototype for the class, through an Xray;
   * an opaque Xray (the proxy) shows {@code Object.prototype}, as Gecko's opaque Xrays do.
   */
  static String xray(Specimen s, Operation op) {
    if (s == Specimen.TYPED_ARRAY) {
      switch (op) {
        case GET:
        case SET:
        case DELETE:
        case GET_OWN_PROPERTY_DESCRIPTOR:
        case DEFINE_PROPERTY:
          return TYPED_ARRAY_DENIED;
        case HAS:
          return "true";
        case KEYS:
          return "keys:0,1";
        default:
          break;
      }
    }
    boolean showsX = s == Specimen.PLAIN_OBJECT || s == Specimen.ARRAY;
    switch (op) {
      case GET:
        return showsX ? "1" : "undefined";
      case SET:
        return wrote("5", showsX ? "5" : "1");
      case DELETE:
        return wrote("true,undefined", showsX ? "undefined" : "1");
      case HAS:
        return showsX ? "true" : "false";
      case KEYS:
        return s == Specimen.PLAIN_OBJECT ? "keys:x" : s == Specimen.ARRAY ? "keys:0,1,x" : "keys:";
      case GET_OWN_PROPERTY_DESCRIPTOR:
        return showsX ? "desc:1/wec" : "undefined";
      case DEFINE_PROPERTY:
        return wrote("7", showsX ? "7" : "1");
      case CALL:
        return callResult(s);
      case GET_PROTOTYPE_OF:
        return WrapperKind.XRAY + " " + (s == Specimen.PROXY ? "Object" : standardClass(s)) + ".prototype";
      case IS_ARRAY:
        return String.valueOf(s == Specimen.ARRAY);
      case TYPEOF:
        return typeOf(s);
      default:
        throw new AssertionError(op);
    }
  }

  /**
   * Transparent: every operation is forwarded, so the viewer sees what the owner's own scripts see
   * ({@link #raw}), except that objects come back wrapped: the prototype as the wrapper the same
   * pair of compartments gives the owner's standard prototype.
   */
  static String transparent(MatrixCase c, Specimen s, Operation op) {
    if (op == Operation.GET_PROTOTYPE_OF) {
      String prototypeClass = standardClass(s);
      WrapperKind prototypeKind =
          kind(c.viewer(), c.owner(), c.wantXrays(), prototypeKind(prototypeClass));
      return prototypeKind + " " + prototypeClass + ".prototype";
    }
    return raw(s, op);
  }

  /**
   * What the owner's own scripts see for {@code op} on the specimen: ECMAScript as Rhino 1.9.2 runs
   * it, since a transparent wrapper forwards whatever the engine does. Rhino departs from the
   * standard in four places, marked below: a typed array's {@code Object.keys} lists only its
   * elements, object spread of it copies only its other properties, its elements have no property
   * descriptor, and {@code defineProperty} on an element is ignored. A Rhino global also has two
   * enumerable properties of its own, {@code global} and {@code __GeneratorFunction}. {@link
   * Operation#GET_PROTOTYPE_OF} gives {@code own C.prototype}.
   */
  public static String raw(Specimen s, Operation op) {
    if (!op.appliesTo(s)) {
      return Operation.NOT_APPLICABLE;
    }
    if (op == Operation.SPREAD) {
      // Rhino: spread walks the slot map, where a typed array keeps x but not its elements
      return s == Specimen.TYPED_ARRAY ? "spread:x" : spreadOf(raw(s, Operation.KEYS));
    }
    switch (op) {
      case GET:
        return "1";
      case SET:
        return wrote("5", "5");
      case DELETE:
        // A typed array's elements cannot be deleted: delete is false and the element stays.
        return s == Specimen.TYPED_ARRAY
            ? wrote("false,1", "1")
            : wrote("true,undefined", "undefined");
      case HAS:
        return "true";
      case KEYS:
        switch (s) {
          case PLAIN_OBJECT:
            return "keys:x,f,g,toString";
          case ARRAY:
            return "keys:0,1,x,f";
          case TYPED_ARRAY:
            return "keys:0,1"; // Rhino: the elements only, not x
          case GLOBAL:
            return "keys:global,__GeneratorFunction,x";
          default:
            return "keys:x";
        }
      case GET_OWN_PROPERTY_DESCRIPTOR:
        return s == Specimen.TYPED_ARRAY ? "undefined" : "desc:1/wec"; // Rhino: no element descriptor
      case DEFINE_PROPERTY:
        // Rhino: a define on an element is ignored
        return s == Specimen.TYPED_ARRAY ? wrote("1", "1") : wrote("7", "7");
      case CALL:
        return callResult(s);
      case GET_PROTOTYPE_OF:
        return "own " + standardClass(s) + ".prototype";
      case IS_ARRAY:
        return String.valueOf(s == Specimen.ARRAY);
      case TYPEOF:
        return typeOf(s);
      default:
        throw new AssertionError(op);
    }
  }

  /** The standard class whose prototype is the specimen's prototype. */
  static String standardClass(Specimen s) {
    switch (s) {
      case ARRAY:
        return "Array";
      case FUNCTION:
      case EVAL:
        return "Function";
      case ERROR:
        return "TypeError";
      case REGEXP:
        return "RegExp";
      case MAP:
        return "Map";
      case TYPED_ARRAY:
        return "Uint8Array";
      case PLAIN_OBJECT:
      case PROXY: // a proxy's prototype is its target's: a plain Object's
      case GLOBAL: // a sandbox global inherits from Object.prototype
        return "Object";
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * The kind of the owner's standard prototype of {@code className}, for the wrapper it gets: the
   * only one that crosses between pairs that are not transparent for every kind is the global's
   * {@code Object.prototype}, a plain Object.
   */
  private static ObjectKind prototypeKind(String className) {
    switch (className) {
      case "Array":
        return ObjectKind.ARRAY;
      case "Function":
        return ObjectKind.FUNCTION;
      case "Object":
        return ObjectKind.PLAIN_OBJECT;
      default:
        return ObjectKind.OTHER;
    }
  }

  private static String callResult(Specimen s) {
    // fn(1) is 1 + 41; eval("1 + 1") runs in the owner's global.
    return s == Specimen.EVAL ? "2" : "42";
  }

  private static String typeOf(Specimen s) {
    return s.callable() ? "function" : "object";
  }
}
