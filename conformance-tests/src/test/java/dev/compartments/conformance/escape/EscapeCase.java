package dev.compartments.conformance.escape;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hostile script of the escape suite, as a case file under {@code src/test/escape} spells it.
 *
 * <p>A case file holds several cases. A case starts with a line {@code //# name} and continues
 * with header lines {@code //# key: value}, then the script:
 *
 * <pre>
 * //# cow_constructor_is_the_viewers_own
 * //# expect: true
 * loot = cow.constructor;
 * loot === Object
 * </pre>
 *
 * <ul>
 *   <li>{@code expect} (required): what the script's completion value must be, as a string: the
 *       value itself, or {@code throws Name: message} if the script throws (the thrown value as the
 *       attacker sees it). The script must end in a primitive.
 *   <li>{@code attackers}: the attacker kinds it runs as, space-separated ({@link Attacker}); by
 *       default {@code content null expanded}.
 *   <li>{@code setup}: system code run after the fixture, before the script (repeatable).
 *   <li>{@code check}: a system expression that must be {@code true} after the script (repeatable).
 *   <li>{@code entry}: {@code system} (the default: system code runs the script with {@code
 *       Cu.evalInSandbox} or {@code Host.evalInWindow}) or {@code host} (the host runs it directly,
 *       with {@code Engine.evaluate}, so that the attacker's script is the outermost one).
 *   <li>{@code bug}: the case escapes; it names the bug ({@code BUG: ...}) and the case is skipped
 *       until the bug is fixed.
 * </ul>
 *
 * A line {@code //# then} (or {@code //# then: system code}) splits the script into stages, each
 * evaluated as its own top-level run, with the system code and the queued jobs and messages run in
 * between; the expectation applies to the last stage. Lines before a file's first case are its
 * comment.
 *
 * @param area the case file's name without {@code .js}
 * @param line the line of the case's first header in its file
 */
record EscapeCase(
    String area,
    String name,
    int line,
    String expect,
    Set<Attacker> attackers,
    List<String> setup,
    List<String> checks,
    List<Stage> stages,
    boolean hostEntry,
    String bugOrNull) {

  /** One top-level run of the script, preceded by {@code systemBefore} (system code, possibly empty). */
  record Stage(String systemBefore, String source) {}

  private static final Pattern HEADER = Pattern.compile("^//#\\s*([a-z]+)\\s*:\\s?(.*)$");
  private static final Pattern START = Pattern.compile("^//#\\s*([A-Za-z][A-Za-z0-9_]*)\\s*$");
  private static final Pattern THEN = Pattern.compile("^//#\\s*then\\s*(?::\\s?(.*))?$");

  EscapeCase {
    requireNonNull(area, "area");
    requireNonNull(name, "name");
    requireNonNull(expect, "expect");
    attackers = Set.copyOf(attackers);
    setup = List.copyOf(setup);
    checks = List.copyOf(checks);
    stages = List.copyOf(stages);
  }

  /** The cases of {@code file}, in order. */
  static List<EscapeCase> parse(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String area = fileName.endsWith(".js") ? fileName.substring(0, fileName.length() - 3) : fileName;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<EscapeCase> cases = new ArrayList<>();
    Builder current = null;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      String where = file + ":" + (i + 1);
      Matcher then = THEN.matcher(text);
      Matcher start = START.matcher(text);
      Matcher header = HEADER.matcher(text);
      if (then.matches()) {
        if (current == null || !current.inBody) {
          throw new IllegalArgumentException(where + ": //# then outside a script");
        }
        current.split(then.group(1) == null ? "" : then.group(1));
      } else if (start.matches()) {
        if (current != null) {
          cases.add(current.build());
        }
        current = new Builder(area, start.group(1), i + 1, where);
      } else if (header.matches() && current != null && !current.inBody) {
        current.header(header.group(1), header.group(2).strip(), where);
      } else if (text.startsWith("//#")) {
        throw new IllegalArgumentException(where + ": misplaced or malformed header: " + text);
      } else if (current != null) {
        current.body(text);
      }
    }
    if (current != null) {
      cases.add(current.build());
    }
    return cases;
  }

  private static final class Builder {
    private final String area;
    private final String name;
    private final int line;
    private final String where;
    private String expect;
    private Set<Attacker> attackers = EnumSet.of(Attacker.CONTENT, Attacker.NULL, Attacker.EXPANDED);
    private final List<String> setup = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private String bug;
    private boolean hostEntry;
    private String systemBefore = "";
    private final StringBuilder source = new StringBuilder();
    private boolean inBody;

    Builder(String area, String name, int line, String where) {
      this.area = area;
      this.name = name;
      this.line = line;
      this.where = where;
    }

    void header(String key, String value, String at) {
      switch (key) {
        case "expect":
          expect = value;
          break;
        case "attackers":
          attackers = EnumSet.noneOf(Attacker.class);
          for (String word : value.split("\\s+")) {
            attackers.add(Attacker.valueOf(word.toUpperCase(Locale.ROOT)));
          }
          break;
        case "setup":
          setup.add(value);
          break;
        case "check":
          checks.add(value);
          break;
        case "entry":
          if (!value.equals("host") && !value.equals("system")) {
            throw new IllegalArgumentException(at + ": entry is \"system\" or \"host\"");
          }
          hostEntry = value.equals("host");
          break;
        case "bug":
          if (!value.startsWith("BUG: ")) {
            throw new IllegalArgumentException(at + ": a bug line reads \"//# bug: BUG: <what escapes>\"");
          }
          bug = value;
          break;
        default:
          throw new IllegalArgumentException(at + ": unknown header \"" + key + "\"");
      }
    }

    void body(String text) {
      if (!inBody && text.isBlank()) {
        return;
      }
      inBody = true;
      source.append(text).append('\n');
    }

    void split(String nextSystemBefore) {
      stages.add(new Stage(systemBefore, source.toString()));
      source.setLength(0);
      systemBefore = nextSystemBefore;
    }

    EscapeCase build() {
      if (expect == null) {
        throw new IllegalArgumentException(where + ": case " + name + " has no //# expect line");
      }
      if (source.toString().isBlank()) {
        throw new IllegalArgumentException(where + ": case " + name + " has no script");
      }
      stages.add(new Stage(systemBefore, source.toString().stripTrailing() + "\n"));
      return new EscapeCase(area, name, line, expect, attackers, setup, checks, stages, hostEntry, bug);
    }
  }
}
