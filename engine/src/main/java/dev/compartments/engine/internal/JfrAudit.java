package dev.compartments.engine.internal;

import dev.compartments.wrappers.AuditEvent;
import dev.compartments.wrappers.AuditListener;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * The membrane's audit events as JDK Flight Recorder events ({@code dev.compartments.Denial} and
 * {@code dev.compartments.WrapperCreated}), so a recording shows every denial and every wrapper
 * creation with the two principals. Costs one check per event when no recording is running.
 */
public final class JfrAudit implements AuditListener {
  /** Forwards every event to JFR and then to {@code next}. */
  public static AuditListener andThen(AuditListener next) {
    return new JfrAudit(next);
  }

  private final AuditListener next;

  private JfrAudit(AuditListener next) {
    this.next = next;
  }

  @Override
  public void onEvent(AuditEvent event) {
    if (event.type() == AuditEvent.Type.DENIAL) {
      DenialEvent jfr = new DenialEvent();
      if (jfr.shouldCommit()) {
        jfr.viewer = event.viewer().origin();
        jfr.owner = event.owner().origin();
        jfr.wrapperKind = event.wrapperKind().name();
        jfr.property = event.property();
        jfr.reason = event.reason();
        jfr.commit();
      }
    } else {
      WrapperCreatedEvent jfr = new WrapperCreatedEvent();
      if (jfr.shouldCommit()) {
        jfr.viewer = event.viewer().origin();
        jfr.owner = event.owner().origin();
        jfr.wrapperKind = event.wrapperKind().name();
        jfr.commit();
      }
    }
    next.onEvent(event);
  }

  /** A denial by the membrane. */
  @Name("dev.compartments.Denial")
  @Label("Compartments denial")
  @Category("Compartments")
  @Description("The membrane refused an operation or an Xray hid a property")
  static final class DenialEvent extends Event {
    @Label("Viewer principal")
    String viewer;

    @Label("Owner principal")
    String owner;

    @Label("Wrapper kind")
    String wrapperKind;

    @Label("Property")
    String property;

    @Label("Reason")
    String reason;
  }

  /** A wrapper creation by the membrane. */
  @Name("dev.compartments.WrapperCreated")
  @Label("Compartments wrapper created")
  @Category("Compartments")
  @Description("The membrane made a wrapper for an object of another compartment")
  static final class WrapperCreatedEvent extends Event {
    @Label("Viewer principal")
    String viewer;

    @Label("Owner principal")
    String owner;

    @Label("Wrapper kind")
    String wrapperKind;
  }
}
