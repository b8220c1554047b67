package dev.compartments.wrappers;

/**
 * The kinds of object the wrapper decision and the Xray views distinguish. An object's kind is
 * read from its Rhino class when it is first wrapped for a viewer.
 */
public enum ObjectKind {
  /** A plain {@code Object} instance. */
  PLAIN_OBJECT,
  /** An {@code Array} instance. */
  ARRAY,
  /** Any callable. */
  FUNCTION,
  /** The global's own builtin {@code eval} or {@code Function} constructor. */
  EVAL_OR_FUNCTION_CONSTRUCTOR,
  /** An instance of the {@code Error} family. */
  ERROR,
  /** A {@code RegExp}. */
  REGEXP,
  /** A typed array ({@code Int8Array} ... {@code Float64Array}). */
  TYPED_ARRAY,
  /** {@code Date}, {@code Map}, {@code Set}, {@code WeakMap}, {@code WeakSet}, {@code ArrayBuffer},
   * {@code DataView} or {@code Promise}: no own properties, native methods. */
  NATIVE_STATE,
  /** An object of a host-defined native class. */
  HOST_NATIVE,
  /** A sandbox's (or module's) global object: never Xrayed, a subsuming viewer sees it transparently. */
  GLOBAL,
  /** A host {@code Window} (its global, or a frame). */
  WINDOW,
  /** A host {@code Location}. */
  LOCATION,
  /** Anything else: scripted Proxy, iterators, generators, boxed primitives, arguments objects. */
  OTHER;

  /** Parses a kind from its name in any case, with {@code -} for {@code _}. */
  public static ObjectKind parse(String name) {
    String normalized = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (ObjectKind kind : values()) {
      if (kind.name().equals(normalized)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Unknown object kind \"" + name + "\": expected one of " + java.util.Arrays.toString(values()));
  }
}
