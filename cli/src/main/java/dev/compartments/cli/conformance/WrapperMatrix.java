package dev.compartments.cli.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wrapper matrix: viewer party x owner party x {@code wantXrays} x specimen x operation, each
 * case run for real through a membrane (see {@link MatrixCase}) and set beside what DESIGN.md
 * section 3 prescribes (see {@link Oracle}), with the membrane invariant checked after every case
 * (see {@link Invariant}).
 *
 * <p>The report has one table per viewer party; a row is an owner, a flag and a specimen; the
 * first column is the wrapper kind the viewer received, the others are the operations.
 *
 * <p>Thread-safe: each run is independent.
 */
public final class WrapperMatrix {
  private WrapperMatrix() {}

  /** Runs every case and returns one table per viewer party, in {@link Party} order. */
  public static List<Table> run() {
    // Cases are independent (each has its own membrane and context), so they run side by side.
    return tables(MatrixCase.all().parallel().collect(Collectors.toMap(c -> c, MatrixCase::run)));
  }

  /** The report's tables for the observation of every case. */
  static List<Table> tables(Map<MatrixCase, Observation> observed) {
    List<Table> tables = new ArrayList<>();
    for (Party viewer : Party.values()) {
      tables.add(table(viewer, observed));
    }
    return tables;
  }

  private static Table table(Party viewer, Map<MatrixCase, Observation> observed) {
    List<String> columns = new ArrayList<>();
    columns.add("kind");
    for (Operation operation : Operation.values()) {
      columns.add(operation.label());
    }
    List<String> rows = new ArrayList<>();
    List<List<Cell>> cells = new ArrayList<>();
    for (Party owner : Party.values()) {
      for (boolean wantXrays : MatrixCase.flags(viewer, owner)) {
        for (Specimen specimen : Specimen.values()) {
          MatrixCase first = new MatrixCase(viewer, owner, wantXrays, specimen, Operation.GET);
          // Every case of the row received the specimen: the kind cell shows each kind seen.
          Set<String> kinds = new LinkedHashSet<>();
          List<Cell> operations = new ArrayList<>();
          for (Operation operation : Operation.values()) {
            MatrixCase c = new MatrixCase(viewer, owner, wantXrays, specimen, operation);
            Observation o = observed.get(c);
            kinds.add(o.kind());
            operations.add(new Cell(shown(c.expected()), shown(o.reported())));
          }
          List<Cell> line = new ArrayList<>();
          line.add(new Cell(first.expectedKind().name(), String.join("/", kinds)));
          line.addAll(operations);
          rows.add(first.rowLabel());
          cells.add(line);
        }
      }
    }
    return new Table(
        "Wrapper matrix: what viewer " + viewer.label() + " gets for an object of each owner",
        "owner xrays specimen",
        rows,
        columns,
        cells,
        legend(viewer));
  }

  /** Long outcomes the tables abbreviate, each to a short form the legend spells out. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          Oracle.DENIED_OBJECT, "denied(object)",
          Oracle.TYPED_ARRAY_DENIED, "denied(typed array)");

  private static final Pattern DENIED_PROPERTY =
      Pattern.compile("throws Error: Permission denied to access property \"([^\"]*)\"");

  /**
   * {@code outcome} as a table shows it: an outcome that is exactly one of the long error outcomes
   * (before any {@code [reachable: ...]} note) is abbreviated, anything else is shown whole, so an
   * expected and an observed outcome look the same only if they are the same.
   */
  static String shown(String outcome) {
    int note = outcome.indexOf(" [reachable: ");
    String head = note < 0 ? outcome : outcome.substring(0, note);
    String tail = note < 0 ? "" : outcome.substring(note);
    String shortForm = ABBREVIATIONS.get(head);
    if (shortForm == null) {
      Matcher m = DENIED_PROPERTY.matcher(head);
      shortForm = m.matches() ? "denied(" + m.group(1) + ")" : head;
    }
    return shortForm + tail;
  }

  private static List<String> legend(Party viewer) {
    List<String> legend = new ArrayList<>();
    legend.add("viewer " + viewer.label() + " = " + viewer.description());
    StringBuilder owners = new StringBuilder("owners:");
    for (Party party : Party.values()) {
      owners.append(' ').append(party.label()).append(" = ").append(party.description()).append(';');
    }
    legend.add(owners.substring(0, owners.length() - 1));
    legend.add(
        "xrays/no-xrays = wantXrays of the non-system compartments (system compartments never want"
            + " Xrays); viewer and owner are always two compartments");
    legend.add(
        "kind = the wrapper the viewer received (Wrappers.kindOf); each other column runs in the"
            + " viewer, on v, the specimen as received, with K its probe property (\"x\"; 0 for the"
            + " typed array):");
    for (Operation operation : Operation.values()) {
      String shown =
          operation == Operation.CALL
              ? "v(1), or v(\"1 + 1\") for eval; n/a for what is not callable"
              : operation.template();
      legend.add("  " + operation.label() + " = " + shown);
    }
    legend.add(
        "after set, delete or define, \"(owner sees X)\" is what the owner's own scripts then read"
            + " at K");
    legend.add("specimens, each made fresh by a script in the owner's global:");
    for (Specimen specimen : Specimen.values()) {
      legend.add("  " + specimen.label() + " = " + specimen.source());
    }
    legend.add("denied(K) = throws Error: Permission denied to access property \"K\"");
    legend.add("denied(object) = " + Oracle.DENIED_OBJECT);
    legend.add("denied(typed array) = " + Oracle.TYPED_ARRAY_DENIED);
    legend.add(
        "a cell reads expected!=observed where the code differs from DESIGN.md; [reachable: ...]"
            + " names objects of another compartment found reachable from the viewer afterwards");
    return legend;
  }
}
