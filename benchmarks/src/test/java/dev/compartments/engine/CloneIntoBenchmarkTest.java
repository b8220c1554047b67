package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.benchmarks.RhinoMode;
import org.junit.jupiter.api.Test;

/** The data of {@link CloneIntoBenchmark} has the size its name says (of its JSON text, within 10%). */
class CloneIntoBenchmarkTest {
  @Test
  void everyShapeIsAsLargeAsItsNameSays() {
    try (EngineFixture f = new EngineFixture(RhinoMode.INTERPRETED, Limits.NONE)) {
      f.eval(f.systemGlobal(), CloneIntoBenchmark.GENERATORS);
      for (CloneIntoBenchmark.Shape shape : CloneIntoBenchmark.Shape.values()) {
        String name = shape.name();
        long expected = Long.parseLong(name.replaceAll("\\D", "")) * (name.endsWith("MB") ? 1 << 20 : 1 << 10);
        double bytes = ((Number) f.eval(f.systemGlobal(), "JSON.stringify(" + shape.source + ").length")).doubleValue();
        assertTrue(Math.abs(bytes - expected) <= 0.1 * expected, shape + " is " + bytes + " bytes of JSON, expected about " + expected);
      }
    }
  }
}
