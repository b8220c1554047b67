package dev.compartments.benchmarks;

/**
 * The two ways Rhino runs a script: compiled to JVM bytecode (the engine's default) or in Rhino's
 * interpreter. Every benchmark that runs scripts takes it as the {@code mode} parameter, so each
 * figure exists in both modes.
 */
public enum RhinoMode {
  /** Scripts compiled to JVM classes ({@code Context.setInterpretedMode(false)}). */
  COMPILED,
  /** Scripts run by Rhino's interpreter ({@code Context.setInterpretedMode(true)}). */
  INTERPRETED;

  /** Whether this mode is the interpreter. */
  public boolean interpreted() {
    return this == INTERPRETED;
  }
}
