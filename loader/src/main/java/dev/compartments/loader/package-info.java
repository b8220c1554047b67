/**
 * Not built yet. Will hold the Jetpack-style package loader (DESIGN.md section 7): the manifest
 * scanner, the enforcing loader with a compartment per module, {@code require("chrome")}, frozen
 * export facades, and the low-level modules {@code xhr}, {@code timers}, {@code console},
 * {@code storage} and {@code passwords}.
 */
package dev.compartments.loader;
