/**
 * Nothing of its own at run time: this module's tests run the conformance report's tables under
 * JUnit, the principal lattice ({@code LatticeConformanceTest}) and the wrapper matrix, one test per
 * case with the membrane invariant checked after each ({@code WrapperMatrixTest}). The tables
 * themselves live in {@code dev.compartments.cli.conformance}, because {@code compartments
 * conformance} prints them and a module depends only on the layers above it. The xpcshell-style
 * JavaScript suites and the escape suite will be tested here too.
 */
package dev.compartments.conformance;
