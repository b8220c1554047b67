package dev.compartments.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifest scanner (DESIGN.md section 7): finds what a module requires, and where it names
 * {@code Components} directly, by line rules rather than by parsing. Stateless and thread-safe.
 *
 * <p>The rules, after the Add-on SDK's {@code cuddlefish/manifest.py}:
 *
 * <ol>
 *   <li>Lines end at {@code \n}, {@code \r\n} or {@code \r}; line numbers start at 1.
 *   <li>Each line is split on {@code ;} into clauses. A clause that starts, after trimming, with
 *       {@code //}, {@code /*}, {@code *} or {@code dump(} is skipped.
 *   <li>In every other clause, every {@code require("name")} or {@code require('name')} counts:
 *       one string literal in matching quotes, with no quote inside it, optional whitespace around
 *       it, and the word {@code require} not directly preceded by a quote. So {@code
 *       require("x"+"y")}, {@code require(variable)} and {@code "require('x')"} inside a string
 *       are not seen; a dynamic require fails at run time because the manifest does not list it.
 *   <li>An AMD array, {@code define([...], ...)}, {@code define("id", [...], ...)} or {@code
 *       require([...], ...)}, may span lines; each entry that is exactly one string literal
 *       counts, except the AMD names {@code require}, {@code exports} and {@code module}. The
 *       array is skipped when the clause where {@code define}/{@code require} stands is a skipped
 *       clause by rule 2.
 *   <li>A name counts once, with the line of its first occurrence.
 *   <li>{@code chrome} is the authority marker: a module that requires it asks for chrome.
 *   <li>A line that, trimmed, does not start with one of the prefixes of rule 2 and contains
 *       {@code Components.classes}, {@code .interfaces}, {@code .utils}, {@code .results}, {@code
 *       .manager}, or any other {@code Components.x} (x a letter), is a {@link ComponentsUse}: a
 *       problem whose fix is {@code const {Cc, Ci, Cu} = require("chrome");}. The scanner does
 *       not claim to find every way to reach {@code Components} ({@code Components["classes"]},
 *       {@code var C = Components}); at run time {@code Components} is simply not there.
 * </ol>
 */
public final class Scanner {
  /** The authority marker: the one module name that asks for chrome. */
  public static final String CHROME = "chrome";

  /** A clause (for requires) or a line (for {@code Components}) starting with one of these is skipped. */
  public static final List<String> COMMENT_PREFIXES = List.of("//", "/*", "*", "dump(");

  private static final Pattern REQUIRE =
      Pattern.compile("(?<!['\"])require\\s*\\(\\s*(?:\"([^'\"]+)\"|'([^'\"]+)')\\s*\\)");
  private static final Pattern AMD =
      Pattern.compile("(?<!['\"])(?:require|define)\\s*\\(\\s*(?:(?:\"[^'\"]+\"|'[^'\"]+')\\s*,\\s*)?\\[([^\\]]*)\\]");
  private static final Pattern LITERAL = Pattern.compile("\"([^'\"]+)\"|'([^'\"]+)'");
  private static final Set<String> AMD_NAMES = Set.of("require", "exports", "module");
  private static final List<String> SPECIFIC = List.of("classes", "interfaces", "utils", "results", "manager");
  private static final List<String> SPECIFIC_ALIASES = List.of("Cc", "Ci", "Cu", "Cr", "Cm");
  private static final Pattern ANY_COMPONENTS = Pattern.compile("Components\\.[A-Za-z][A-Za-z0-9_$]*");

  private Scanner() {}

  /** Scans one module's source by the rules above; a leading byte order mark is ignored. */
  public static ModuleScan scan(String text) {
    // A byte order mark is not part of the first line: "\uFEFF// x" is still a comment.
    String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(source);
    List<Found> found = new ArrayList<>();
    for (int index = 0; index < lines.count(); index++) {
      String line = lines.text(index);
      int clauseStart = 0;
      for (String clause : line.split(";", -1)) {
        if (!isSkipped(clause)) {
          Matcher m = REQUIRE.matcher(clause);
          while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            found.add(new Found(name, lines.start(index) + clauseStart + m.start(), index + 1));
          }
        }
        clauseStart += clause.length() + 1;
      }
    }
    Matcher amd = AMD.matcher(source);
    while (amd.find()) {
      if (!inSkippedClause(lines, amd.start())) {
        addAmdEntries(lines, amd.group(1), amd.start(1), found);
      }
    }
    found.sort(Comparator.comparingInt(Found::offset));
    Map<String, Integer> requires = new LinkedHashMap<>();
    for (Found f : found) {
      requires.putIfAbsent(f.name(), f.line());
    }
    return new ModuleScan(requires, componentsUses(lines));
  }

  /** Whether a clause or line is skipped: it starts, trimmed, with one of {@link #COMMENT_PREFIXES}. */
  public static boolean isSkipped(String clause) {
    String trimmed = clause.strip();
    for (String prefix : COMMENT_PREFIXES) {
      if (trimmed.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inSkippedClause(Lines lines, int offset) {
    int index = lines.indexOf(offset);
    String line = lines.text(index);
    int column = offset - lines.start(index);
    int clauseStart = line.lastIndexOf(';', column - 1) + 1;
    return isSkipped(line.substring(clauseStart));
  }

  private static void addAmdEntries(Lines lines, String array, int arrayOffset, List<Found> found) {
    int entryStart = 0;
    for (String entry : array.split(",", -1)) {
      Matcher literal = LITERAL.matcher(entry.strip());
      if (literal.matches()) {
        String name = literal.group(1) != null ? literal.group(1) : literal.group(2);
        if (!AMD_NAMES.contains(name)) {
          int offset = arrayOffset + entryStart + entry.indexOf(entry.strip());
          found.add(new Found(name, offset, lines.indexOf(offset) + 1));
        }
      }
      entryStart += entry.length() + 1;
    }
  }

  private static List<ComponentsUse> componentsUses(Lines lines) {
    List<ComponentsUse> uses = new ArrayList<>();
    for (int index = 0; index < lines.count(); index++) {
      String line = lines.text(index).strip();
      if (isSkipped(line)) {
        continue;
      }
      // Specific forms in order of first appearance; "components" only when none of them is there.
      List<int[]> positions = new ArrayList<>();
      for (int i = 0; i < SPECIFIC.size(); i++) {
        int at = line.indexOf("Components." + SPECIFIC.get(i));
        if (at >= 0) {
          positions.add(new int[] {at, i});
        }
      }
      List<String> forms = new ArrayList<>();
      Set<String> aliases = new TreeSet<>();
      if (!positions.isEmpty()) {
        positions.sort(Comparator.comparingInt(p -> p[0]));
        for (int[] p : positions) {
          forms.add("Components." + SPECIFIC.get(p[1]));
          aliases.add(SPECIFIC_ALIASES.get(p[1]));
        }
      } else {
        Matcher other = ANY_COMPONENTS.matcher(line);
        while (other.find()) {
          if (!forms.contains(other.group())) {
            forms.add(other.group());
          }
        }
        if (!forms.isEmpty()) {
          aliases.add("components");
        }
      }
      if (!forms.isEmpty()) {
        uses.add(new ComponentsUse(index + 1, line, forms, List.copyOf(aliases)));
      }
    }
    return uses;
  }

  /** A require found at a character offset of the source, on a 1-based line. */
  private record Found(String name, int offset, int line) {}

  /** The source's lines and the offset where each starts. */
  private static final class Lines {
    private final String source;
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    Lines(String source) {
      this.source = source;
      int start = 0;
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        if (c == '\n' || c == '\r') {
          starts.add(start);
          ends.add(i);
          i += (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') ? 2 : 1;
          start = i;
        } else {
          i++;
        }
      }
      if (start < source.length() || starts.isEmpty()) {
        starts.add(start);
        ends.add(source.length());
      }
    }

    int count() {
      return starts.size();
    }

    int start(int index) {
      return starts.get(index);
    }

    String text(int index) {
      return source.substring(starts.get(index), ends.get(index));
    }

    /** The index of the line holding {@code offset} (a line terminator belongs to its line). */
    int indexOf(int offset) {
      int low = 0;
      int high = starts.size() - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low;
    }
  }
}
