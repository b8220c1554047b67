package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compartments.wrappers.WrapperKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatrixCaseTest {
  @Test
  void theGenerator_coversEveryCombinationOnce_withoutWantXraysBetweenTwoSystemCompartments() {
    List<MatrixCase> cases = MatrixCase.all().collect(Collectors.toList());
    int parties = Party.values().length;
    int perRow = Operation.values().length;
    int rows = (parties * parties * 2 - 1) * Specimen.values().length;
    assertEquals(rows * perRow, cases.size());
    assertEquals(cases.size(), cases.stream().distinct().count());
    assertEquals(
        List.of(false),
        cases.stream()
            .filter(c -> c.viewer() == Party.SYSTEM && c.owner() == Party.SYSTEM)
            .map(MatrixCase::wantXrays)
            .distinct()
            .toList());
  }

  @Test
  void run_handsTheViewerTheWrapperAndReportsTheOutcome() {
    Observation o =
        new MatrixCase(Party.CONTENT_A, Party.SYSTEM, true, Specimen.FUNCTION, Operation.CALL).run();
    assertEquals(new Observation(WrapperKind.CALLABLE_OPAQUE.name(), "42", List.of()), o);
  }

  @Test
  void run_reportsWhatTheOwnerSeesAfterAWrite() {
    Observation xray =
        new MatrixCase(Party.SYSTEM, Party.CONTENT_B, true, Specimen.MAP, Operation.DEFINE_PROPERTY).run();
    assertEquals("7 (owner sees 1)", xray.outcome());
    Observation transparent =
        new MatrixCase(Party.NULL, Party.NULL, false, Specimen.MAP, Operation.DEFINE_PROPERTY).run();
    assertEquals("7 (owner sees 7)", transparent.outcome());
  }

  @Test
  void run_reportsAThrownErrorByNameAndMessage() {
    Observation o =
        new MatrixCase(Party.CONTENT_B, Party.EXPANDED_A, false, Specimen.ARRAY, Operation.KEYS).run();
    assertEquals("OPAQUE", o.kind());
    assertEquals("throws Error: Permission denied to access object", o.outcome());
  }

  @Test
  void run_doesNotRunAnOperationThatDoesNotApply() {
    Observation o = new MatrixCase(Party.SYSTEM, Party.CONTENT_A, true, Specimen.MAP, Operation.CALL).run();
    assertEquals(new Observation("XRAY", "n/a", List.of()), o);
  }

  @Test
  void run_namesThePrototypeByItsWrapperAndClass() {
    Observation o =
        new MatrixCase(Party.EXPANDED_A, Party.CONTENT_A, true, Specimen.REGEXP, Operation.GET_PROTOTYPE_OF).run();
    assertEquals("XRAY RegExp.prototype", o.outcome());
  }

  @Test
  void runUnwrapped_isWhatTheOwnersOwnScriptsSee() {
    assertEquals("keys:x,f,g,toString", MatrixCase.runUnwrapped(Specimen.PLAIN_OBJECT, Operation.KEYS));
    assertEquals("own Map.prototype", MatrixCase.runUnwrapped(Specimen.MAP, Operation.GET_PROTOTYPE_OF));
  }

  @Test
  void observation_appendsViolationsToTheReportedOutcome() {
    Observation o = new Observation("XRAY", "1", List.of("global.leak is a raw object of owner"));
    assertEquals("1 [reachable: global.leak is a raw object of owner]", o.reported());
  }
}
