package dev.compartments.conformance.escape;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.conformance.escape.Arena.Mode;
import dev.compartments.conformance.escape.Arena.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The escape suite (issue 6): hostile scripts, each run from a less privileged global (a content,
 * null or expanded sandbox, or a window) against the system fixture that endowed it ({@code
 * src/test/escape/fixture/system.js}) or against a window or sandbox of another origin, in Rhino's
 * compiled and interpreted modes. Each case asserts the specific refusal: its completion value, or
 * the error it throws as the attacker sees it. After every run the system global and the victims
 * must be unchanged and no raw object of another compartment may be reachable from the attacker's
 * global (see {@link Arena}).
 *
 * <p>The cases are the files {@code src/test/escape/*.js}, one per area; their format is {@link
 * EscapeCase}'s. A case marked {@code //# bug: BUG: ...} escapes (or leaks) today: it is skipped
 * with that reason, and {@link #knownEscapes_stillEscape} fails once it no longer does, so that its
 * bug line is dropped and the case guards the fix.
 *
 * <p>Every case builds its own engine, so the cases run concurrently. Run the suite alone with
 * {@code mvn -B -q test -pl conformance-tests -Dtest=EscapeSuiteTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Execution(ExecutionMode.CONCURRENT)
class EscapeSuiteTest {
  static final Path CASES = Path.of("src", "test", "escape");
  /** The issue's areas, each a case file. */
  private static final List<String> REQUIRED_AREAS =
      List.of(
          "constructor_chains", "foreign_function_eval", "prototype_tricks", "prototype_pollution",
          "conversions_during_checks", "species_and_toprimitive", "proxy_traps", "errors_and_stacks",
          "reentrancy", "iterators", "callee_caller", "bind_call_apply", "liveconnect", "json_revivers",
          "array_callbacks", "waivers", "dead_wrappers", "cross_origin", "this_and_globals",
          "reflection", "promises", "probing", "exports_and_clones");

  @TestFactory
  Stream<DynamicNode> everyHostileScript_isRefused_inBothModes() {
    List<EscapeCase> cases = allCases();
    return Stream.of(Mode.values())
        .map(mode -> DynamicContainer.dynamicContainer(
            mode.name().toLowerCase(Locale.ROOT),
            cases.stream()
                .map(EscapeCase::area)
                .distinct()
                .map(area -> DynamicContainer.dynamicContainer(
                    area,
                    CASES.resolve(area + ".js").toUri(),
                    cases.stream()
                        .filter(c -> c.area().equals(area))
                        .flatMap(c -> c.attackers().stream().sorted().map(attacker -> DynamicTest.dynamicTest(
                            c.name() + " [" + attacker.name().toLowerCase(Locale.ROOT) + "]",
                            source(c),
                            () -> assertRefused(c, mode, attacker))))))));
  }

  @Test
  void suite_hasTwoHundredUniquelyNamedCases_inEveryRequiredArea() {
    List<EscapeCase> cases = allCases();
    assertTrue(cases.size() >= 200, "only " + cases.size() + " cases");
    Set<String> names = new HashSet<>();
    List<String> duplicates = cases.stream().map(EscapeCase::name).filter(n -> !names.add(n)).toList();
    assertEquals(List.of(), duplicates, "case names must be unique across the suite");
    Set<String> areas = cases.stream().map(EscapeCase::area).collect(Collectors.toSet());
    List<String> missing = REQUIRED_AREAS.stream().filter(a -> !areas.contains(a)).toList();
    assertEquals(List.of(), missing, "areas without a case file");
  }

  /** A case marked as a bug must still fail; once it passes, its bug line must go. */
  @TestFactory
  Stream<DynamicTest> knownEscapes_stillEscape() {
    return allCases().stream()
        .filter(c -> c.bugOrNull() != null)
        .map(c -> DynamicTest.dynamicTest(c.name(), source(c), () -> {
          Attacker attacker = c.attackers().stream().sorted().findFirst().orElseThrow();
          List<String> failures = new ArrayList<>();
          for (Mode mode : Mode.values()) {
            Outcome outcome = new Arena(mode, attacker).run(c);
            if (!c.expect().equals(outcome.observed()) || !outcome.problems().isEmpty()) {
              failures.add(mode.name());
            }
          }
          assertFalse(failures.isEmpty(), c.name() + " no longer escapes: drop its line \"//# bug: " + c.bugOrNull() + "\"");
        }));
  }

  private static void assertRefused(EscapeCase c, Mode mode, Attacker attacker) {
    if (c.bugOrNull() != null) {
      Assumptions.abort(c.bugOrNull());
    }
    Outcome outcome = new Arena(mode, attacker).run(c);
    assertAll(
        () -> assertEquals(c.expect(), outcome.observed(), "what the hostile script observed"),
        () -> assertEquals(List.of(), outcome.problems(), "state and membrane after the hostile script"));
  }

  private static URI source(EscapeCase c) {
    return URI.create(CASES.resolve(c.area() + ".js").toUri() + "?line=" + c.line());
  }

  static List<EscapeCase> allCases() {
    try (Stream<Path> files = Files.list(CASES)) {
      List<EscapeCase> cases = new ArrayList<>();
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().toList()) {
        cases.addAll(EscapeCase.parse(file));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
