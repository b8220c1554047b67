package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The type of a PowerBox question, and of a component param: what an answer must be.
 *
 * <ul>
 *   <li>{@link #DOMAIN}: a host, optionally with a port: a DNS name ({@code api.example.com}), an
 *       IPv4 address or a bracketed IPv6 address, then {@code :port} (1-65535). Nothing else: no
 *       scheme, path or user. Letters are compared without case.
 *   <li>{@link #URL_PREFIX}: an absolute {@code http} or {@code https} URL with a host, ending with
 *       {@code /}, with no user, query or fragment.
 *   <li>{@link #PASSWORD_SLOT}: the name of a slot of the host's password store (not the password):
 *       1-64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or digit.
 *   <li>{@link #STRING}: any JSON string; constraints {@code minLength}, {@code maxLength}, {@code
 *       pattern} (a Java regular expression the whole answer must match).
 *   <li>{@link #INTEGER}: a JSON integer between -(2^53-1) and 2^53-1; constraints {@code min},
 *       {@code max}.
 * </ul>
 */
public enum QuestionType {
  DOMAIN(Set.of()),
  URL_PREFIX(Set.of()),
  PASSWORD_SLOT(Set.of()),
  STRING(Set.of("minLength", "maxLength", "pattern")),
  INTEGER(Set.of("min", "max"));

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern SLOT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final BigDecimal MAX_SAFE = BigDecimal.valueOf(9_007_199_254_740_991L);

  private final Set<String> constraintNames;

  QuestionType(Set<String> constraintNames) {
    this.constraintNames = constraintNames;
  }

  /** "a DOMAIN", "an INTEGER": the type with its article, for messages. */
  public String withArticle() {
    return (this == INTEGER ? "an " : "a ") + name();
  }

  /** The constraint names this type takes; any other is refused. */
  public Set<String> constraintNames() {
    return constraintNames;
  }

  /**
   * The type named {@code name} (exactly, in capitals).
   *
   * @throws IllegalArgumentException listing the types
   */
  public static QuestionType named(String name) {
    for (QuestionType type : values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown type " + name + "; expected DOMAIN, URL_PREFIX, PASSWORD_SLOT, STRING or INTEGER");
  }

  /**
   * Checks {@code constraints} for this type: every name known, every value of the right kind.
   *
   * @return the problem, or empty
   */
  public Optional<String> checkConstraints(JsonObject constraints) {
    for (String name : constraints.keySet()) {
      if (!constraintNames.contains(name)) {
        return Optional.of(
            "constraint "
                + name
                + " does not apply to "
                + this
                + (constraintNames.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", constraintNames.stream().sorted().toList())));
      }
      JsonElement value = constraints.get(name);
      if (name.equals("pattern")) {
        if (!isString(value)) {
          return Optional.of("constraint pattern must be a string");
        }
        try {
          Pattern.compile(value.getAsString());
        } catch (PatternSyntaxException e) {
          return Optional.of("constraint pattern is not a valid regular expression: " + e.getDescription());
        }
      } else if (integer(value).isEmpty()) {
        return Optional.of("constraint " + name + " must be an integer, got " + value);
      } else if ((name.equals("minLength") || name.equals("maxLength")) && integer(value).get() < 0) {
        return Optional.of("constraint " + name + " must not be negative, got " + value);
      }
    }
    for (String[] pair : new String[][] {{"min", "max"}, {"minLength", "maxLength"}}) {
      if (constraints.has(pair[0]) && constraints.has(pair[1]) && integer(constraints.get(pair[0])).get() > integer(constraints.get(pair[1])).get()) {
        return Optional.of("constraint " + pair[0] + " is above " + pair[1] + "; no answer could meet both");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code answer} is a valid answer of this type under {@code constraints} (already
   * checked with {@link #checkConstraints}).
   *
   * @return why not, or empty if it is
   */
  public Optional<String> validate(JsonElement answer, JsonObject constraints) {
    if (this == INTEGER) {
      Optional<Long> value = integer(answer);
      if (value.isEmpty()) {
        return Optional.of("expected an INTEGER, got " + describe(answer));
      }
      long n = value.get();
      if (constraints.has("min") && n < constraints.get("min").getAsLong()) {
        return Optional.of(n + " is below the minimum " + constraints.get("min").getAsLong());
      }
      if (constraints.has("max") && n > constraints.get("max").getAsLong()) {
        return Optional.of(n + " is above the maximum " + constraints.get("max").getAsLong());
      }
      return Optional.empty();
    }
    if (!isString(answer)) {
      return Optional.of("expected " + withArticle() + " string, got " + describe(answer));
    }
    String text = answer.getAsString();
    return switch (this) {
      case DOMAIN -> domainProblem(text);
      case URL_PREFIX -> urlPrefixProblem(text);
      case PASSWORD_SLOT ->
          SLOT.matcher(text).matches()
              ? Optional.empty()
              : Optional.of(
                  "a PASSWORD_SLOT is a slot name of 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, not "
                      + describe(answer));
      case STRING -> stringProblem(text, constraints);
      case INTEGER -> throw new AssertionError();
    };
  }

  private static Optional<String> stringProblem(String text, JsonObject constraints) {
    int length = text.codePointCount(0, text.length());
    if (constraints.has("minLength") && length < constraints.get("minLength").getAsLong()) {
      return Optional.of("is shorter than " + constraints.get("minLength").getAsLong() + " characters");
    }
    if (constraints.has("maxLength") && length > constraints.get("maxLength").getAsLong()) {
      return Optional.of("is longer than " + constraints.get("maxLength").getAsLong() + " characters");
    }
    if (constraints.has("pattern") && !Pattern.compile(constraints.get("pattern").getAsString()).matcher(text).matches()) {
      return Optional.of("does not match the pattern " + constraints.get("pattern").getAsString());
    }
    return Optional.empty();
  }

  private static Optional<String> domainProblem(String text) {
    String rule = "a DOMAIN is a host name or IP address with an optional :port, such as api.example.com or 127.0.0.1:8080, not ";
    String host = text.toLowerCase(Locale.ROOT);
    String port = null;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close < 0) {
        return Optional.of(rule + quote(text));
      }
      String literal = host.substring(1, close);
      if (!ipv6(literal)) {
        return Optional.of(rule + quote(text) + " (not an IPv6 address)");
      }
      String rest = host.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return Optional.of(rule + quote(text));
        }
        port = rest.substring(1);
      }
    } else {
      int colon = host.lastIndexOf(':');
      if (colon >= 0) {
        port = host.substring(colon + 1);
        host = host.substring(0, colon);
      }
      if (!validHost(host)) {
        return Optional.of(rule + quote(text));
      }
    }
    if (port != null && !validPort(port)) {
      return Optional.of(rule + quote(text) + " (the port must be 1-65535)");
    }
    return Optional.empty();
  }

  /**
   * A DNS name, or an IPv4 address in dotted-quad form without leading zeros. A name whose last
   * label is numeric or hexadecimal ({@code 0x7f.1}, {@code 010.0.0.1}) is refused: URL parsers read
   * such hosts as IPv4 addresses in other bases, so a reviewer could read another host than the one
   * reached.
   */
  private static boolean validHost(String host) {
    if (ipv4(host)) {
      return true;
    }
    if (host.isEmpty() || host.length() > 253) {
      return false;
    }
    String[] labels = host.split("\\.", -1);
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    String last = labels[labels.length - 1];
    return !last.matches("[0-9]+|0x[0-9a-f]*");
  }

  private static boolean ipv4(String host) {
    var ip = IPV4.matcher(host);
    if (!ip.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      String octet = ip.group(i);
      if (octet.length() > 1 && octet.startsWith("0") || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address as RFC 4291 writes it: eight groups, at most one {@code ::}, an IPv4 tail. */
  private static boolean ipv6(String literal) {
    int groups = 0;
    String body = literal;
    int lastColon = body.lastIndexOf(':');
    if (lastColon >= 0 && body.indexOf('.', lastColon) > 0) {
      if (!ipv4(body.substring(lastColon + 1))) {
        return false;
      }
      body = body.substring(0, lastColon + 1) + "0";
      groups = 1;
    }
    int gap = body.indexOf("::");
    if (gap >= 0 && body.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] halves = gap >= 0 ? new String[] {body.substring(0, gap), body.substring(gap + 2)} : new String[] {body};
    for (String half : halves) {
      if (half.isEmpty()) {
        continue;
      }
      for (String group : half.split(":", -1)) {
        if (!group.matches("[0-9a-f]{1,4}")) {
          return false;
        }
        groups++;
      }
    }
    return gap >= 0 ? groups <= 7 : groups == 8;
  }

  private static boolean validPort(String port) {
    if (!port.matches("[0-9]{1,5}")) {
      return false;
    }
    int n = Integer.parseInt(port);
    return n >= 1 && n <= 65535;
  }

  private static Optional<String> urlPrefixProblem(String text) {
    String rule = "a URL_PREFIX is an http or https URL ending with '/', such as https://example.com/inbox/, not ";
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Optional.of(rule + quote(text));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(rule + quote(text) + " (the scheme must be http or https)");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return Optional.of(rule + quote(text) + " (it needs a host and no user)");
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
      return Optional.of(rule + quote(text) + " (the port must be 1-65535)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of(rule + quote(text) + " (no query or fragment)");
    }
    if (!text.endsWith("/")) {
      return Optional.of(rule + quote(text) + " (it must end with '/')");
    }
    return Optional.empty();
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  static Optional<Long> integer(JsonElement value) {
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return Optional.empty();
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.getAsString()).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (decimal.scale() > 0 || decimal.abs().compareTo(MAX_SAFE) > 0) {
      return Optional.empty();
    }
    return Optional.of(decimal.longValueExact());
  }

  static String describe(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "null";
    }
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isString()) {
      return "the string " + quote(p.getAsString());
    }
    return (p.isBoolean() ? "the boolean " : "the number ") + p.getAsString();
  }

  static String quote(String s) {
    return dev.compartments.loader.internal.Json.quote(s);
  }
}
