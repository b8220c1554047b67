/**
 * Not built yet. Will hold the JMH benchmarks of the wrapper hot paths, each reported as a ratio
 * against unwrapped Rhino measured in the same run, built as {@code benchmarks/target/benchmarks.jar}.
 */
package dev.compartments.benchmarks;
