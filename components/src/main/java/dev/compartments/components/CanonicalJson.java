package dev.compartments.components;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Canonical JSON, the form ids are hashed over: object members sorted by key (UTF-16 code units,
 * as RFC 8785), no whitespace, strings with only the escapes JSON requires ({@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, other control characters as lowercase {@code \\u} and four hex digits), numbers as
 * integers; a string holding a lone surrogate is refused (UTF-8 cannot carry it). Two documents that differ only in member order, spacing or escaping have one canonical
 * form and so one id.
 *
 * <p>Only integers between -(2^53-1) and 2^53-1 are allowed: a fraction or exponent has more than one
 * spelling across JSON writers, so a document holding one is refused rather than hashed in a form
 * another implementation might not reproduce.
 */
public final class CanonicalJson {
  private static final BigDecimal MAX_SAFE = BigDecimal.valueOf(9_007_199_254_740_991L);

  private CanonicalJson() {}

  /**
   * The canonical text of {@code value}.
   *
   * @throws IllegalArgumentException naming the path of a number that is not a safe integer
   */
  public static String of(JsonElement value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "$");
    return out.toString();
  }

  /** The lowercase hex SHA-256 of {@code value}'s canonical text, in UTF-8. */
  public static String sha256(JsonElement value) {
    return sha256(of(value).getBytes(StandardCharsets.UTF_8));
  }

  /** The lowercase hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void write(JsonElement value, StringBuilder out, String path) {
    if (value == null || value.isJsonNull()) {
      out.append("null");
    } else if (value.isJsonObject()) {
      JsonObject object = value.getAsJsonObject();
      List<String> keys = new ArrayList<>(object.keySet());
      keys.sort(String::compareTo);
      out.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(keys.get(i), out, path + "." + keys.get(i) + " (the key)");
        out.append(':');
        write(object.get(keys.get(i)), out, path + "." + keys.get(i));
      }
      out.append('}');
    } else if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.get(i), out, path + "[" + i + "]");
      }
      out.append(']');
    } else {
      JsonPrimitive primitive = value.getAsJsonPrimitive();
      if (primitive.isBoolean()) {
        out.append(primitive.getAsBoolean());
      } else if (primitive.isString()) {
        string(primitive.getAsString(), out, path);
      } else {
        out.append(integer(primitive, path));
      }
    }
  }

  private static String integer(JsonPrimitive number, String path) {
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(number.getAsString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("canonical JSON: " + path + " is not a number: " + number.getAsString(), e);
    }
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() > 0 || stripped.abs().compareTo(MAX_SAFE) > 0) {
      throw new IllegalArgumentException(
          "canonical JSON: "
              + path
              + " is "
              + number.getAsString()
              + "; only integers between -9007199254740991 and 9007199254740991 have one canonical form");
    }
    return stripped.toBigIntegerExact().toString();
  }

  private static void string(String s, StringBuilder out, String path) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(
              "canonical JSON: " + path + " holds a lone surrogate (\\u" + Integer.toHexString(c) + "), which has no UTF-8 form");
        }
        out.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Whether two documents have the same canonical form. */
  public static boolean same(JsonElement a, JsonElement b) {
    return of(a).equals(of(b));
  }
}
