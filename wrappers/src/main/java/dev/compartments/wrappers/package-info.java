/**
 * Compartments and the membrane between them (DESIGN.md section 3).
 *
 * <p>Every global is a Rhino top-level scope that belongs to one {@link
 * dev.compartments.wrappers.Compartment}; a {@link dev.compartments.wrappers.Membrane} owns the
 * compartments of one engine and wraps every value that crosses from one to another. Which wrapper
 * a viewer gets is decided once, by {@link dev.compartments.wrappers.WrapperPolicy#decide}, from the
 * two compartments' principals and flags and the kind of the object.
 *
 * <p>Entry points: {@link dev.compartments.wrappers.Membrane}, {@link
 * dev.compartments.wrappers.Compartment}, {@link dev.compartments.wrappers.WrapperPolicy}, {@link
 * dev.compartments.wrappers.Wrappers}.
 */
package dev.compartments.wrappers;
