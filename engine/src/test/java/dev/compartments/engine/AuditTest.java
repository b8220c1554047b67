package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.AuditEvent;
import dev.compartments.wrappers.WrapperKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {
  private static final String DENY =
      "var sb = Cu.Sandbox('https://a.example');"
          + "Cu.evalInSandbox('var o = {get g() { return 1; }}', sb);"
          + "sb.o.g;"
          + "var other = Cu.Sandbox('https://b.example');"
          + "Cu.evalInSandbox('var x = {}', other);"
          + "Cu.evalInSandbox('function peek(o) { try { return o.secret; } catch (e) { return e.message; } }', sb);"
          + "sb.peek(other.x)";

  @Test
  void listener_seesWrapperCreationsAndDenialsWithBothPrincipals() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Engine engine = Engine.builder().auditListener(events::add).build();
    Sandbox system = engine.createSandbox(Principal.system());
    Object result = engine.evaluate(system, DENY);
    assertEquals("Permission denied to access property \"secret\"", result);
    assertTrue(
        events.stream().anyMatch(e -> e.type() == AuditEvent.Type.WRAPPER_CREATED && e.wrapperKind() == WrapperKind.XRAY),
        events::toString);
    assertTrue(
        events.stream().anyMatch(e -> e.type() == AuditEvent.Type.DENIAL
            && e.reason().equals("property has accessor") && e.property().equals("g")
            && e.viewer().isSystem() && e.owner().origin().equals("https://a.example")),
        events::toString);
    assertTrue(
        events.stream().anyMatch(e -> e.type() == AuditEvent.Type.DENIAL
            && e.wrapperKind() == WrapperKind.OPAQUE && e.property().equals("secret")
            && e.viewer().origin().equals("https://a.example") && e.owner().origin().equals("https://b.example")),
        events::toString);
  }

  @Test
  void jfrRecording_containsDenialAndCreationEvents(@TempDir Path dir) throws Exception {
    Engine engine = Engine.create();
    Sandbox system = engine.createSandbox(Principal.system());
    Path file = dir.resolve("audit.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.compartments.Denial");
      recording.enable("dev.compartments.WrapperCreated");
      recording.start();
      engine.evaluate(system, DENY);
      recording.stop();
      recording.dump(file);
    }
    assertTrue(Files.size(file) > 0);
    List<RecordedEvent> recorded = RecordingFile.readAllEvents(file);
    assertTrue(
        recorded.stream().anyMatch(e -> e.getEventType().getName().equals("dev.compartments.Denial")
            && "secret".equals(e.getString("property")) && "https://b.example".equals(e.getString("owner"))),
        recorded::toString);
    assertTrue(recorded.stream().anyMatch(e -> e.getEventType().getName().equals("dev.compartments.WrapperCreated")));
  }
}
