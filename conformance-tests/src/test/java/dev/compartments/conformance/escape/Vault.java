package dev.compartments.conformance.escape;

import dev.compartments.engine.HostClassSpec;

/**
 * The peer of the suite's host class {@code Vault}: a Java object with state that scripts reach only
 * through the declared members, never as a Java object. {@code leak()} returns whatever object the
 * harness put in {@link #leaked} (a raw system object), which the engine must wrap for the caller.
 *
 * <p>Not thread-safe; each case has its own.
 */
public final class Vault {
  /** The class as registered with every engine of the suite. */
  static final HostClassSpec<Vault> SPEC =
      HostClassSpec.builder("Vault", Vault.class)
          .method("open", 0, (vault, args) -> vault.label)
          .method("keep", 1, (vault, args) -> {
            vault.kept = args.isEmpty() ? null : args.get(0);
            return null;
          })
          .method("kept", 0, (vault, args) -> vault.kept)
          .method("leak", 0, (vault, args) -> vault.leaked)
          .method("explode", 0, (vault, args) -> {
            throw new IllegalStateException("java.lang.IllegalStateException at /etc/secret/Vault.java");
          })
          .property("label", vault -> vault.label)
          .build();

  final String label;
  Object kept;
  Object leaked;

  Vault(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "Vault[" + label + "]";
  }
}
