/**
 * Not built yet. Will hold the host API (DESIGN.md sections 4 and 5): an immutable, thread-safe
 * {@code Engine} that creates sandboxes and windows and evaluates code; {@code Components.utils}
 * with {@code exportFunction}, {@code cloneInto} and {@code createObjectIn}; host native classes;
 * resource limits; and audit events.
 */
package dev.compartments.engine;
