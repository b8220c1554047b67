/**
 * Not built yet as code of its own: the JUnit runs of the conformance matrix, the xpcshell-style
 * JavaScript suites and the escape suite live in this module's tests. The lattice table that
 * {@code compartments conformance} prints is tested here too.
 */
package dev.compartments.conformance;
