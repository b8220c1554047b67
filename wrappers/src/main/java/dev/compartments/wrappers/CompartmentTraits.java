package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.Principal;

/**
 * What the wrapper decision knows of a compartment: its principal and its two flags. Immutable.
 *
 * <p>System compartments never want Xrays: the constructor turns {@code wantXrays} off for them.
 *
 * @param principal the compartment's principal
 * @param wantXrays whether the compartment sees same-origin objects through Xrays
 * @param allowWaivers whether the compartment may waive its Xrays
 */
public record CompartmentTraits(Principal principal, boolean wantXrays, boolean allowWaivers) {
  public CompartmentTraits {
    requireNonNull(principal, "principal");
    if (principal.isSystem()) {
      wantXrays = false;
    }
  }

  /** The traits of a compartment with {@code principal} and the default flags (Xrays, waivers). */
  public static CompartmentTraits of(Principal principal) {
    return new CompartmentTraits(principal, true, true);
  }
}
