/**
 * The host API (DESIGN.md sections 4 and 5): an immutable, thread-safe {@link
 * dev.compartments.engine.Engine} creates {@link dev.compartments.engine.Sandbox}es and evaluates
 * code in them under {@link dev.compartments.engine.Limits}; scripts in system-principal globals get
 * {@code Components.utils} with {@code Sandbox}, {@code evalInSandbox}, {@code exportFunction},
 * {@code cloneInto} and the rest.
 *
 * <p>Entry points: {@link dev.compartments.engine.Engine}, {@link
 * dev.compartments.engine.Sandbox}, {@link dev.compartments.engine.SandboxOptions}, {@link
 * dev.compartments.engine.Limits}, {@link dev.compartments.engine.ScriptException}.
 */
package dev.compartments.engine;
