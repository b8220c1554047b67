package dev.compartments.cli;

import dev.compartments.principals.ContentPrincipal;
import dev.compartments.principals.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The principal SPEC of the command line (DESIGN.md section 6): {@code system}, {@code null} (a
 * new null principal), an origin ({@code https://a.example}; any URL with an origin), or
 * comma-separated origins for an expanded principal ({@code https://a.example,https://b.example}).
 * An expanded principal of one origin is written in brackets: {@code [https://a.example]} (brackets
 * around a list are allowed too).
 *
 * <p>Thread-safe: no state.
 */
final class PrincipalSpec {
  private static final String EXPECTED =
      "expected system, null, an origin, or comma-separated origins (expanded)";

  private PrincipalSpec() {}

  /**
   * The principal {@code spec} names: each {@code null} gives a fresh null principal.
   *
   * @throws IllegalArgumentException naming {@code spec} and what was expected, if it is malformed
   */
  static Principal parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "Invalid principal " + quote(spec) + ": it is empty; " + EXPECTED);
    }
    String trimmed = spec.strip();
    if (trimmed.equals("system")) {
      return Principal.system();
    }
    if (trimmed.equals("null")) {
      return Principal.createNull();
    }
    boolean bracketed = trimmed.startsWith("[") && trimmed.endsWith("]") && trimmed.length() >= 2;
    String list = bracketed ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    if (!bracketed && !list.contains(",")) {
      return origin(spec, list);
    }
    List<ContentPrincipal> members = new ArrayList<>();
    for (String member : list.split(",", -1)) {
      if (member.isBlank()) {
        throw new IllegalArgumentException(
            "Invalid principal " + quote(spec) + ": an empty origin in the list; " + EXPECTED);
      }
      members.add(origin(spec, member.strip()));
    }
    return Principal.expanded(members);
  }

  private static ContentPrincipal origin(String spec, String origin) {
    try {
      return Principal.content(origin);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid principal " + quote(spec) + ": " + e.getMessage() + "; " + EXPECTED, e);
    }
  }

  private static String quote(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
