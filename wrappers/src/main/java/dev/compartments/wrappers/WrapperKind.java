package dev.compartments.wrappers;

/**
 * What a viewer compartment gets for an object of another compartment, from the most to the least
 * open. The decision table of DESIGN.md section 3 picks one; see {@link WrapperPolicy}.
 */
public enum WrapperKind {
  /** Same compartment: the object itself, no wrapper. */
  RAW,
  /** Same origin, nobody wants Xrays: every operation is forwarded, results wrapped. */
  TRANSPARENT,
  /** A waived Xray: transparent, and every result is itself waived. */
  WAIVER,
  /** The privileged side's safe view: only what the object's class natively defines. */
  XRAY,
  /** A Window or Location of another origin: only the cross-origin allowlist. */
  CROSS_ORIGIN,
  /** A plain system object seen by non-system code: reads silently empty, writes throw. */
  CHROME_OBJECT,
  /** A system function seen by non-system code: calls allowed, properties denied. */
  CALLABLE_OPAQUE,
  /** Nothing allowed: every operation throws. */
  OPAQUE;

  /** Whether this kind is a wrapper at all (everything but {@link #RAW}). */
  public boolean isWrapper() {
    return this != RAW;
  }
}
