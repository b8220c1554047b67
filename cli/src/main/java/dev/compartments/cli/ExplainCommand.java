package dev.compartments.cli;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperDecision;
import dev.compartments.wrappers.WrapperPolicy;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code compartments explain --from SPEC --to SPEC [--object-kind K] [--want-xrays BOOL]}: the
 * wrapper the decision of DESIGN.md section 3 gives the compartment {@code --to} (the viewer) for
 * an object of kind K that belongs to the compartment {@code --from} (the owner), and every rule it
 * applied. The two are always distinct compartments, and each {@code null} SPEC is a new null
 * principal, so {@code --from null --to null} are two null principals. Prints {@code wrapper: KIND}, then one {@code
 * rule: ...} line per rule; a malformed SPEC, kind or flag is a usage error (exit 2) that names the
 * bad value.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show the wrapper a compartment gets for another compartment's object, and why.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SPEC",
      converter = PrincipalConverter.class,
      description = "The owner's principal: system, null, an origin, or comma-separated origins.")
  Principal from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SPEC",
      converter = PrincipalConverter.class,
      description = "The viewer's principal: system, null, an origin, or comma-separated origins.")
  Principal to;

  @Option(
      names = "--object-kind",
      paramLabel = "K",
      defaultValue = "plain-object",
      converter = ObjectKindConverter.class,
      description = "The kind of object, such as plain-object, function, global (default: ${DEFAULT-VALUE}).")
  ObjectKind objectKind;

  @Option(
      names = "--want-xrays",
      paramLabel = "BOOL",
      arity = "1",
      defaultValue = "true",
      description = "wantXrays of both compartments; system ones never want Xrays (default: ${DEFAULT-VALUE}).")
  boolean wantXrays;

  @Override
  public Integer call() {
    WrapperDecision decision =
        WrapperPolicy.decide(
            new CompartmentTraits(to, wantXrays, true),
            new CompartmentTraits(from, wantXrays, true),
            false,
            objectKind,
            false);
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrapper: " + decision.kind());
    for (String rule : decision.trace()) {
      out.println("rule: " + rule);
    }
    out.flush();
    return 0;
  }

  /** Reads a principal SPEC; a malformed one is a usage error naming it. */
  static final class PrincipalConverter implements ITypeConverter<Principal> {
    @Override
    public Principal convert(String value) {
      try {
        return PrincipalSpec.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads an object kind in any case, with {@code -} for {@code _}. */
  static final class ObjectKindConverter implements ITypeConverter<ObjectKind> {
    @Override
    public ObjectKind convert(String value) {
      try {
        return ObjectKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "Unknown object kind \"" + value + "\": expected one of " + kindNames());
      }
    }

    private static String kindNames() {
      return Arrays.stream(ObjectKind.values())
          .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .collect(Collectors.joining(", "));
    }
  }
}
