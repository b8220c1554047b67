package dev.compartments.benchmarks;

/**
 * One variant of a benchmark, built by an enum constant of the benchmark's parameter: one
 * invocation of the measured operation, and the release of what setup entered or made.
 *
 * <p>Not thread-safe: one per JMH thread.
 */
public interface Workload extends AutoCloseable {
  /** Performs the measured operation once and returns its result (for JMH to consume). */
  Object run();

  /** Exits the Rhino context setup entered; the default does nothing. */
  @Override
  default void close() {}
}
