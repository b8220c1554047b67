/**
 * The engine's machinery, never exported: the context factory that enforces limits, the sandbox
 * globals, {@code Components.utils}, the export helpers and structured clone, and windows.
 *
 * <p>Entry points: {@link dev.compartments.engine.internal.Runtime}, {@link
 * dev.compartments.engine.internal.EngineContextFactory}, {@link
 * dev.compartments.engine.internal.ComponentsUtils}.
 */
package dev.compartments.engine.internal;
