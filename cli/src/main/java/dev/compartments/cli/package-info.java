/**
 * The {@code compartments} command line tool (DESIGN.md section 6), built as one fat jar that the
 * {@code ./compartments} launcher runs.
 *
 * <p>Entry points: {@link dev.compartments.cli.Main} (the process entry point) and {@link
 * dev.compartments.cli.ConformanceCommand}.
 */
package dev.compartments.cli;
