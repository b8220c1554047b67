package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.Principal;

/**
 * Something the membrane did that a host may want to see: a denial or a wrapper creation.
 * Immutable.
 *
 * @param type what happened
 * @param viewer the principal of the compartment that asked
 * @param owner the principal of the compartment the object belongs to
 * @param wrapperKind the kind of wrapper involved
 * @param property the property asked for, or the empty string for operations without one
 * @param reason why it was denied (empty for creations)
 */
public record AuditEvent(
    Type type, Principal viewer, Principal owner, WrapperKind wrapperKind, String property, String reason) {
  /** What happened. */
  public enum Type {
    /** An operation was refused, or an Xray hid a property. */
    DENIAL,
    /** A wrapper was created for a viewer. */
    WRAPPER_CREATED
  }

  public AuditEvent {
    requireNonNull(type, "type");
    requireNonNull(viewer, "viewer");
    requireNonNull(owner, "owner");
    requireNonNull(wrapperKind, "wrapperKind");
    requireNonNull(property, "property");
    requireNonNull(reason, "reason");
  }
}
