package dev.compartments.cli.conformance;

/**
 * The operations of the wrapper matrix, each a JavaScript expression run in the viewer's global
 * on {@code v}, the specimen as the viewer received it. {@code K} below is the specimen's probe
 * property ({@code "x"}, or {@code 0} for the typed array).
 */
public enum Operation {
  /** {@code v[K]}. */
  GET("get", "v[K]"),
  /** {@code v[K] = 5}, then {@code v[K]} as the viewer reads it back (and the owner, see {@link #writes()}). */
  SET("set", "(v[K] = 5, v[K])"),
  /** {@code delete v[K]}, then {@code v[K]}: {@code "true,undefined"}. */
  DELETE("delete", "String(delete v[K]) + \",\" + String(v[K])"),
  /** {@code K in v}. */
  HAS("in", "K in v"),
  /** {@code Object.keys(v)}, as {@code keys:a,b}. */
  KEYS("keys", "\"keys:\" + Object.keys(v).join(\",\")"),
  /**
   * Object spread {@code {...v}}, as {@code spread:a,b}: the keys of the copy, which must be the
   * keys {@link #KEYS} lists (Rhino lists them through the slot map, not {@code Object.keys}).
   */
  SPREAD("spread", "\"spread:\" + Object.keys({...v}).join(\",\")"),
  /**
   * {@code Object.getOwnPropertyDescriptor(v, K)}, as {@code undefined}, {@code accessor} or
   * {@code desc:VALUE/wec} (a {@code -} for each of writable, enumerable, configurable that is
   * false).
   */
  GET_OWN_PROPERTY_DESCRIPTOR(
      "gOPD",
      "(function (d) { return d === undefined ? \"undefined\""
          + " : (\"get\" in d || \"set\" in d) ? \"accessor\""
          + " : \"desc:\" + String(d.value) + \"/\" + (d.writable ? \"w\" : \"-\")"
          + " + (d.enumerable ? \"e\" : \"-\") + (d.configurable ? \"c\" : \"-\");"
          + " })(Object.getOwnPropertyDescriptor(v, K))"),
  /**
   * {@code Object.defineProperty(v, K, {value: 7, writable: true, enumerable: true, configurable:
   * true})}, then {@code v[K]}.
   */
  DEFINE_PROPERTY(
      "define",
      "(Object.defineProperty(v, K, {value: 7, writable: true, enumerable: true, configurable: true}),"
          + " v[K])"),
  /** {@code v(1)} ({@code v("1 + 1")} for eval); {@code n/a} for specimens that are not callable. */
  CALL("call", "v(ARGS)"),
  /** {@code Object.getPrototypeOf(v)}, named by its wrapper kind and standard class. */
  GET_PROTOTYPE_OF("getPrototypeOf", "Object.getPrototypeOf(v)"),
  /** {@code Array.isArray(v)}. */
  IS_ARRAY("isArray", "Array.isArray(v)"),
  /** {@code typeof v}. */
  TYPEOF("typeof", "typeof v");

  /** The outcome of an operation that does not apply to a specimen. */
  public static final String NOT_APPLICABLE = "n/a";

  private final String label;
  private final String template;

  Operation(String label, String template) {
    this.label = label;
    this.template = template;
  }

  /** The column header the report uses. */
  public String label() {
    return label;
  }

  /** The JavaScript the legend shows for this operation. */
  String template() {
    return template;
  }

  /**
   * Whether the operation changes the probe property; when it succeeds, its outcome ends with what
   * the owner's own scripts then read there: {@code 5 (owner sees 5)}.
   */
  public boolean writes() {
    return this == SET || this == DELETE || this == DEFINE_PROPERTY;
  }

  /** Whether the operation applies to {@code specimen} (calls only to callables). */
  public boolean appliesTo(Specimen specimen) {
    return this != CALL || specimen.callable();
  }

  /** The expression for {@code specimen}, on the viewer-side variable {@code v}. */
  String expression(Specimen specimen) {
    return template.replace("ARGS", specimen.callArguments()).replace("K", specimen.keyLiteral());
  }
}
