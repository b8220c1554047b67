package dev.compartments.engine;

import static dev.compartments.wrappers.Arguments.requireNonNull;

/**
 * How a sandbox is made (the options of {@code Components.utils.Sandbox}). Immutable; start from
 * {@link #DEFAULT} and change what you need with the {@code with...} methods.
 *
 * @param wantXrays whether the sandbox sees same-origin objects through Xrays (default true)
 * @param allowWaivers whether it may waive its Xrays (default true)
 * @param sandboxName a name for diagnostics (default empty)
 * @param wantComponents whether a system-principal sandbox gets {@code Components} (default true;
 *     no effect for other principals)
 * @param wantExportHelpers whether the sandbox global gets {@code exportFunction}, {@code
 *     cloneInto}, {@code createObjectIn} and {@code isProxy} (default false)
 * @param freshCompartment whether a system-principal sandbox gets its own compartment instead of
 *     sharing the system compartment (default false)
 */
public record SandboxOptions(
    boolean wantXrays,
    boolean allowWaivers,
    String sandboxName,
    boolean wantComponents,
    boolean wantExportHelpers,
    boolean freshCompartment) {
  /** Gecko's defaults. */
  public static final SandboxOptions DEFAULT = new SandboxOptions(true, true, "", true, false, false);

  public SandboxOptions {
    requireNonNull(sandboxName, "sandboxName");
  }

  public SandboxOptions withWantXrays(boolean value) {
    return new SandboxOptions(value, allowWaivers, sandboxName, wantComponents, wantExportHelpers, freshCompartment);
  }

  public SandboxOptions withAllowWaivers(boolean value) {
    return new SandboxOptions(wantXrays, value, sandboxName, wantComponents, wantExportHelpers, freshCompartment);
  }

  public SandboxOptions withSandboxName(String value) {
    return new SandboxOptions(wantXrays, allowWaivers, value, wantComponents, wantExportHelpers, freshCompartment);
  }

  public SandboxOptions withWantComponents(boolean value) {
    return new SandboxOptions(wantXrays, allowWaivers, sandboxName, value, wantExportHelpers, freshCompartment);
  }

  public SandboxOptions withWantExportHelpers(boolean value) {
    return new SandboxOptions(wantXrays, allowWaivers, sandboxName, wantComponents, value, freshCompartment);
  }

  public SandboxOptions withFreshCompartment(boolean value) {
    return new SandboxOptions(wantXrays, allowWaivers, sandboxName, wantComponents, wantExportHelpers, value);
  }
}
