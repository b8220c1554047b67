package dev.compartments.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tables, laid out from made-up observations; the matrix itself runs under JUnit in
 * conformance-tests, and through the command in {@code MainTest}.
 */
class WrapperMatrixTest {
  /** Every case observed exactly as the oracle says, except where {@code deviation} says otherwise. */
  private static List<Table> tables(Function<MatrixCase, Observation> deviation) {
    Map<MatrixCase, Observation> observed =
        MatrixCase.all()
            .collect(
                Collectors.toMap(
                    c -> c,
                    c -> {
                      Observation o = deviation.apply(c);
                      return o != null ? o : new Observation(c.expectedKind().name(), c.expected(), List.of());
                    }));
    return WrapperMatrix.tables(observed);
  }

  @Test
  void oneTablePerViewer_oneRowPerOwnerFlagAndSpecimen_oneColumnPerOperationAfterTheKind() {
    List<Table> tables = tables(c -> null);
    assertEquals(Party.values().length, tables.size());
    Table system = tables.get(Party.SYSTEM.ordinal());
    assertEquals("Wrapper matrix: what viewer S gets for an object of each owner", system.title());
    assertEquals(9 * Specimen.values().length, system.rows().size());
    assertEquals(10 * Specimen.values().length, tables.get(Party.CONTENT_A.ordinal()).rows().size());
    assertEquals("kind", system.columns().get(0));
    assertEquals(Operation.values().length + 1, system.columns().size());
    assertEquals("S no-xrays plain-object", system.rows().get(0));
    assertEquals("A xrays plain-object", system.rows().get(Specimen.values().length));
    assertEquals(0, tables.stream().mapToLong(Table::failures).sum());
  }

  @Test
  void aCellWhoseObservationDiffers_fails_andShowsBoth() {
    MatrixCase broken = new MatrixCase(Party.CONTENT_B, Party.CONTENT_A, true, Specimen.ARRAY, Operation.GET);
    List<Table> tables = tables(c -> c.equals(broken) ? new Observation("OPAQUE", "1", List.of()) : null);
    Table b = tables.get(Party.CONTENT_B.ordinal());
    assertEquals(1, tables.stream().mapToLong(Table::failures).sum());
    int row = b.rows().indexOf("A xrays array");
    Cell cell = b.cells().get(row).get(1 + Operation.GET.ordinal());
    assertEquals(new Cell("denied(x)", "1"), cell);
  }

  @Test
  void aLeakFound_failsTheCell_evenWhenTheOutcomeIsRight() {
    MatrixCase leaky = new MatrixCase(Party.SYSTEM, Party.CONTENT_A, true, Specimen.MAP, Operation.KEYS);
    List<Table> tables =
        tables(c -> c.equals(leaky) ? new Observation("XRAY", "keys:", List.of("result[2] is a raw object of owner A")) : null);
    Table s = tables.get(Party.SYSTEM.ordinal());
    Cell cell = s.cells().get(s.rows().indexOf("A xrays map")).get(1 + Operation.KEYS.ordinal());
    assertEquals(new Cell("keys:", "keys: [reachable: result[2] is a raw object of owner A]"), cell);
    assertEquals(1, tables.stream().mapToLong(Table::failures).sum());
  }

  @Test
  void theKindColumn_showsEveryKindTheRowsCasesReceived() {
    MatrixCase odd = new MatrixCase(Party.CONTENT_A, Party.SYSTEM, false, Specimen.FUNCTION, Operation.TYPEOF);
    List<Table> tables = tables(c -> c.equals(odd) ? new Observation("OPAQUE", c.expected(), List.of()) : null);
    Table a = tables.get(Party.CONTENT_A.ordinal());
    Cell kind = a.cells().get(a.rows().indexOf("S no-xrays function")).get(0);
    assertEquals(new Cell("CALLABLE_OPAQUE", "CALLABLE_OPAQUE/OPAQUE"), kind);
  }

  @Test
  void shown_abbreviatesTheLongDenials() {
    assertEquals("denied(x)", WrapperMatrix.shown("throws Error: Permission denied to access property \"x\""));
    assertEquals("denied(0)", WrapperMatrix.shown("throws Error: Permission denied to access property \"0\""));
    assertEquals("denied(object)", WrapperMatrix.shown("throws Error: Permission denied to access object"));
    assertEquals("denied(typed array)", WrapperMatrix.shown(Oracle.TYPED_ARRAY_DENIED));
  }

  @Test
  void shown_keepsEverythingElseWhole_soDifferentOutcomesNeverLookAlike() {
    assertEquals(
        "throws TypeError: Permission denied to access property \"x\"",
        WrapperMatrix.shown("throws TypeError: Permission denied to access property \"x\""));
    assertEquals(
        "throws Error: Permission denied to access property \"x\" on cross-origin object",
        WrapperMatrix.shown("throws Error: Permission denied to access property \"x\" on cross-origin object"));
    assertEquals("keys:x", WrapperMatrix.shown("keys:x"));
  }

  @Test
  void shown_keepsTheInvariantNote() {
    assertEquals(
        "denied(object) [reachable: result.e is a raw object of owner A]",
        WrapperMatrix.shown(
            "throws Error: Permission denied to access object [reachable: result.e is a raw object of owner A]"));
  }
}
