package dev.compartments.principals.internal;

/** How error messages name the value that was wrong. Immutable and thread-safe. */
public final class Messages {
  private Messages() {}

  /**
   * Returns {@code value} in double quotes, with control characters written as {@code \}{@code
   * uXXXX} so that a message never carries raw newlines or terminal escapes; {@code null} is named
   * {@code null}, without quotes.
   */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        quoted.append(String.format("\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** The exception for a URL that cannot be parsed: names the input and what was expected. */
  public static IllegalArgumentException malformedOrigin(String input, String expected) {
    return new IllegalArgumentException(
        "Malformed origin " + quote(input) + ": expected " + expected);
  }

  /**
   * Returns {@code value}, or throws an {@link IllegalArgumentException} (not a {@link
   * NullPointerException}: a null here is a caller's mistake the API promises to name) if it is
   * null.
   */
  public static <T> T checkNotNull(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }
}
