/**
 * The conformance matrix that {@code compartments conformance} runs and prints: each table sets
 * what DESIGN.md expects beside what the code observed.
 *
 * <p>It lives here, not in {@code conformance-tests}, because the command must run it and a module
 * depends only on the layers above it; {@code conformance-tests} runs the same tables under JUnit.
 *
 * <p>Entry points: {@link dev.compartments.cli.conformance.Conformance#run()}, {@link
 * dev.compartments.cli.conformance.LatticeTable}, {@link
 * dev.compartments.cli.conformance.WrapperMatrix} (its cases are {@link
 * dev.compartments.cli.conformance.MatrixCase}s, held to the {@link
 * dev.compartments.cli.conformance.Oracle}), {@link
 * dev.compartments.cli.conformance.ReportFormat}.
 */
package dev.compartments.cli.conformance;
