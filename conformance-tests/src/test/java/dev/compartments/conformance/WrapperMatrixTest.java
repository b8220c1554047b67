package dev.compartments.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compartments.cli.conformance.MatrixCase;
import dev.compartments.cli.conformance.Observation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wrapper matrix under JUnit: one test per case (viewer x owner x wantXrays x specimen x
 * operation), each run through a real membrane and held to what DESIGN.md section 3 prescribes,
 * with the membrane invariant checked after it. Cases are independent, so they run concurrently.
 */
@Execution(ExecutionMode.CONCURRENT)
class WrapperMatrixTest {
  static Stream<MatrixCase> cases() {
    return MatrixCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCase_isAsDesignSays_andLeaksNothing(MatrixCase c) {
    Observation observed = c.run();
    assertAll(
        () -> assertEquals(c.expectedKind().name(), observed.kind(), "wrapper kind"),
        () -> assertEquals(c.expected(), observed.outcome(), "outcome"),
        () ->
            assertEquals(
                List.of(),
                observed.violations(),
                "objects of another compartment reachable from the viewer"));
  }
}
