/**
 * The membrane's machinery, never exported: the wrapper shell that Rhino sees, the handler of each
 * wrapper kind, the classification of objects, and the per-global state the membrane keeps.
 *
 * <p>Entry points: {@link dev.compartments.wrappers.internal.WrapperShell}, {@link
 * dev.compartments.wrappers.internal.Handler}, {@link dev.compartments.wrappers.internal.ObjectKinds},
 * {@link dev.compartments.wrappers.internal.GlobalState}.
 */
package dev.compartments.wrappers.internal;
