package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.AuditEvent;
import dev.compartments.wrappers.AuditListener;

/** Reports the membrane's denials to its audit listener. */
final class Audit {
  private Audit() {}

  static void denied(WrapperShell w, Object key, String reason) {
    AuditListener listener = w.membrane().auditListener();
    if (listener == AuditListener.NONE) {
      return;
    }
    listener.onEvent(
        new AuditEvent(
            AuditEvent.Type.DENIAL,
            w.viewer.principal(),
            w.owner.principal(),
            w.kind(),
            key == null ? "" : Keys.name(key),
            reason));
  }
}
