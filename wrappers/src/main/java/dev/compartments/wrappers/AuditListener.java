package dev.compartments.wrappers;

/**
 * Observes the membrane's denials and wrapper creations. Called on the thread that caused the
 * event, while the operation is under way: implementations must be quick, must not throw, and must
 * not run scripts. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AuditListener {
  /** A listener that ignores everything. */
  AuditListener NONE = event -> {};

  /** Called once for each event. */
  void onEvent(AuditEvent event);
}
