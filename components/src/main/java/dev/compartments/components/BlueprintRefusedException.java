package dev.compartments.components;

import java.util.List;
import java.util.stream.Collectors;

/** A blueprint, or the answers to its questions, broke the rules: nothing was built. */
public final class BlueprintRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Refusal> refusals;

  /** Refused for {@code refusals} (at least one). */
  public BlueprintRefusedException(String what, List<Refusal> refusals) {
    super(what + " refused:\n" + refusals.stream().map(r -> "  " + r.message()).collect(Collectors.joining("\n")));
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
    this.refusals = List.copyOf(refusals);
  }

  /** Every reason, in the order found. */
  public List<Refusal> refusals() {
    return refusals;
  }
}
