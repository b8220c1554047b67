/**
 * What the JMH benchmarks share: the Rhino {@link dev.compartments.benchmarks.RhinoMode} parameter,
 * the {@link dev.compartments.benchmarks.Contexts} they run under, the compiled {@link
 * dev.compartments.benchmarks.ScriptLoop} that performs the measured operations, the {@link
 * dev.compartments.benchmarks.Reads} loops, and the straw-man {@link
 * dev.compartments.benchmarks.JsProxyMembrane}. The benchmarks themselves live in the packages of
 * the code they measure ({@code dev.compartments.wrappers}, {@code dev.compartments.engine}); the
 * jar is {@code benchmarks/target/benchmarks.jar} and docs/benchmarks.md has the figures.
 */
package dev.compartments.benchmarks;
