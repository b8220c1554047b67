package dev.compartments.cli.conformance;

import dev.compartments.wrappers.ObjectKind;

/**
 * The objects of the wrapper matrix: each is made fresh by a script in the owner's global, and
 * carries a probe property (named by {@link #keyName()}) whose value is {@code 1}, set by the
 * owner's script, that the operations read, write, delete and define.
 */
public enum Specimen {
  /**
   * A plain Object with a data property {@code x}, a function {@code f}, a getter {@code g} and a
   * {@code toString} that shadows {@code Object.prototype}: an Xray shows only {@code x}.
   */
  PLAIN_OBJECT(
      "plain-object",
      ObjectKind.PLAIN_OBJECT,
      "({x: 1, f: function () { return 1; }, get g() { return 2; }, toString: 3})",
      "x"),
  /** The Array {@code [1, 2]} with {@code x = 1} and a function {@code f}. */
  ARRAY(
      "array",
      ObjectKind.ARRAY,
      "(function () { var a = [1, 2]; a.x = 1; a.f = function () { return 1; }; return a; })()",
      "x"),
  /** A function {@code fn(a, b)} returning {@code a + 41}, with {@code fn.x = 1}. */
  FUNCTION(
      "function",
      ObjectKind.FUNCTION,
      "(function () { function fn(a, b) { return a + 41; } fn.x = 1; return fn; })()",
      "x"),
  /** {@code new TypeError("boom")} with {@code x = 1}. */
  ERROR(
      "error",
      ObjectKind.ERROR,
      "(function () { var e = new TypeError(\"boom\"); e.x = 1; return e; })()",
      "x"),
  /** The RegExp {@code /a/g} with {@code x = 1}. */
  REGEXP("regexp", ObjectKind.REGEXP, "(function () { var r = /a/g; r.x = 1; return r; })()", "x"),
  /** {@code new Map([[1, 2]])} with {@code x = 1}. */
  MAP(
      "map",
      ObjectKind.NATIVE_STATE,
      "(function () { var m = new Map([[1, 2]]); m.x = 1; return m; })()",
      "x"),
  /** {@code new Uint8Array([1, 2])} with {@code x = 1}; its probe is the element {@code 0}. */
  TYPED_ARRAY(
      "typed-array",
      ObjectKind.TYPED_ARRAY,
      "(function () { var t = new Uint8Array([1, 2]); t.x = 1; return t; })()",
      "0"),
  /** A scripted {@code new Proxy({x: 1}, {})}. */
  PROXY("proxy", ObjectKind.OTHER, "new Proxy({x: 1}, {})", "x"),
  /** The owner global's own builtin {@code eval}, with {@code eval.x = 1}. */
  EVAL(
      "eval",
      ObjectKind.EVAL_OR_FUNCTION_CONSTRUCTOR,
      "(function () { eval.x = 1; return eval; })()",
      "x"),
  /** The owner's global itself, with {@code this.x = 1}. */
  GLOBAL("global", ObjectKind.GLOBAL, "(this.x = 1, this)", "x");

  private final String label;
  private final ObjectKind objectKind;
  private final String source;
  private final String keyName;

  Specimen(String label, ObjectKind objectKind, String source, String keyName) {
    this.label = label;
    this.objectKind = objectKind;
    this.source = source;
    this.keyName = keyName;
  }

  /** The short name the report uses. */
  public String label() {
    return label;
  }

  /**
   * The kind DESIGN.md's table sorts this object into, assigned here by hand (never read from the
   * object by the code under test).
   */
  public ObjectKind objectKind() {
    return objectKind;
  }

  /** The script, evaluated in the owner's global, whose value is the specimen. */
  public String source() {
    return source;
  }

  /** The probe property's name as error messages spell it. */
  public String keyName() {
    return keyName;
  }

  /** The probe property as a JavaScript literal. */
  String keyLiteral() {
    return this == TYPED_ARRAY ? keyName : "\"" + keyName + "\"";
  }

  /** Whether the specimen can be called. */
  public boolean callable() {
    return this == FUNCTION || this == EVAL;
  }

  /** The argument list of the call operation, as JavaScript. */
  String callArguments() {
    return this == EVAL ? "\"1 + 1\"" : "1";
  }
}
