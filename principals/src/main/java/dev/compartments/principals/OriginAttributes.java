package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.quote;

/**
 * The attributes that partition principals of the same origin, as in Gecko: two principals with
 * the same origin but different attributes are different principals and do not subsume each other.
 * Immutable and thread-safe.
 *
 * <p>Non-default attributes are written after the origin as a suffix, {@code ^key=value&key=value}
 * with the keys in the order {@code userContextId}, {@code privateBrowsingId}, {@code
 * firstPartyDomain} ({@code https://a.com^userContextId=2}).
 *
 * @param userContextId the container (contextual identity); 0 is the default container
 * @param privateBrowsingId non-zero for private browsing; 0 is normal browsing
 * @param firstPartyDomain the first-party isolation domain, or {@code ""} for none. It may contain
 *     only lower-case ASCII letters, digits and {@code . - _ : [ ]} (a lower-case host name or a
 *     bracketed IPv6 address), so that the suffix never needs escaping
 */
public record OriginAttributes(int userContextId, int privateBrowsingId, String firstPartyDomain) {
  /** No container, not private, no first-party domain: the attributes of a plain principal. */
  public static final OriginAttributes DEFAULT = new OriginAttributes(0, 0, "");

  private static final String USER_CONTEXT_ID = "userContextId";
  private static final String PRIVATE_BROWSING_ID = "privateBrowsingId";
  private static final String FIRST_PARTY_DOMAIN = "firstPartyDomain";
  private static final String EXPECTED_SUFFIX =
      "\"\" or ^key=value&... with keys among userContextId, privateBrowsingId, firstPartyDomain";

  /**
   * Validates the attributes.
   *
   * @throws IllegalArgumentException if an id is negative, or {@code firstPartyDomain} is null or
   *     has a character outside the allowed set
   */
  public OriginAttributes {
    if (userContextId < 0) {
      throw new IllegalArgumentException(
          "userContextId must be non-negative, got " + userContextId);
    }
    if (privateBrowsingId < 0) {
      throw new IllegalArgumentException(
          "privateBrowsingId must be non-negative, got " + privateBrowsingId);
    }
    if (firstPartyDomain == null) {
      throw new IllegalArgumentException("firstPartyDomain must not be null; use \"\" for none");
    }
    for (int i = 0; i < firstPartyDomain.length(); i++) {
      char c = firstPartyDomain.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ".-_:[]".indexOf(c) >= 0;
      if (!allowed) {
        throw new IllegalArgumentException(
            "firstPartyDomain "
                + quote(firstPartyDomain)
                + " must be a lower-case host name: only a-z, 0-9 and . - _ : [ ] are allowed");
      }
    }
  }

  /** Returns whether these are the {@link #DEFAULT} attributes. */
  public boolean isDefault() {
    return equals(DEFAULT);
  }

  /**
   * Returns the suffix form: {@code ""} for the default attributes, else {@code ^} followed by the
   * non-default attributes as {@code key=value} pairs joined by {@code &}, in declaration order.
   */
  public String suffix() {
    StringBuilder suffix = new StringBuilder();
    if (userContextId != 0) {
      appendPair(suffix, USER_CONTEXT_ID, Integer.toString(userContextId));
    }
    if (privateBrowsingId != 0) {
      appendPair(suffix, PRIVATE_BROWSING_ID, Integer.toString(privateBrowsingId));
    }
    if (!firstPartyDomain.isEmpty()) {
      appendPair(suffix, FIRST_PARTY_DOMAIN, firstPartyDomain);
    }
    return suffix.toString();
  }

  private static void appendPair(StringBuilder suffix, String key, String value) {
    suffix.append(suffix.length() == 0 ? '^' : '&').append(key).append('=').append(value);
  }

  /**
   * Parses a suffix as written by {@link #suffix()}: {@code ""}, or {@code ^} and one or more
   * {@code key=value} pairs separated by {@code &}. Keys may come in any order and may carry
   * default values ({@code ^userContextId=0}).
   *
   * @throws IllegalArgumentException naming the suffix, for a null suffix, a missing {@code ^}, an
   *     empty or {@code =}-less pair, an unknown or repeated key, a value that is not a decimal
   *     {@code int} in 0..2147483647, or an invalid first-party domain
   */
  public static OriginAttributes parseSuffix(String suffix) {
    if (suffix == null) {
      throw new IllegalArgumentException(
          "Malformed origin attributes suffix null: expected " + EXPECTED_SUFFIX);
    }
    if (suffix.isEmpty()) {
      return DEFAULT;
    }
    if (!suffix.startsWith("^") || suffix.length() == 1) {
      throw malformedSuffix(suffix, EXPECTED_SUFFIX);
    }
    Integer userContextId = null;
    Integer privateBrowsingId = null;
    String firstPartyDomain = null;
    for (String pair : suffix.substring(1).split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw malformedSuffix(suffix, "key=value pairs, found " + quote(pair));
      }
      String key = pair.substring(0, equals);
      String value = pair.substring(equals + 1);
      switch (key) {
        case USER_CONTEXT_ID:
          checkFirst(suffix, key, userContextId);
          userContextId = parseId(suffix, key, value);
          break;
        case PRIVATE_BROWSING_ID:
          checkFirst(suffix, key, privateBrowsingId);
          privateBrowsingId = parseId(suffix, key, value);
          break;
        case FIRST_PARTY_DOMAIN:
          checkFirst(suffix, key, firstPartyDomain);
          firstPartyDomain = value;
          break;
        default:
          throw malformedSuffix(suffix, EXPECTED_SUFFIX + ", found unknown key " + quote(key));
      }
    }
    try {
      return new OriginAttributes(
          userContextId == null ? 0 : userContextId,
          privateBrowsingId == null ? 0 : privateBrowsingId,
          firstPartyDomain == null ? "" : firstPartyDomain);
    } catch (IllegalArgumentException e) {
      throw malformedSuffix(suffix, "valid attributes, but " + e.getMessage());
    }
  }

  private static void checkFirst(String suffix, String key, Object previous) {
    if (previous != null) {
      throw malformedSuffix(suffix, "each key at most once, found " + key + " twice");
    }
  }

  private static int parseId(String suffix, String key, String value) {
    long id = value.isEmpty() || value.length() > 10 ? -1 : 0;
    for (int i = 0; i < value.length() && id >= 0; i++) {
      char c = value.charAt(i);
      id = c >= '0' && c <= '9' ? id * 10 + (c - '0') : -1;
    }
    if (id < 0 || id > Integer.MAX_VALUE) {
      throw malformedSuffix(
          suffix, key + " to be a decimal number in 0..2147483647, found " + quote(value));
    }
    return (int) id;
  }

  private static IllegalArgumentException malformedSuffix(String suffix, String expected) {
    return new IllegalArgumentException(
        "Malformed origin attributes suffix " + quote(suffix) + ": expected " + expected);
  }

  /** Returns a copy with {@code userContextId} replaced. */
  public OriginAttributes withUserContextId(int userContextId) {
    return new OriginAttributes(userContextId, privateBrowsingId, firstPartyDomain);
  }

  /** Returns a copy with {@code privateBrowsingId} replaced. */
  public OriginAttributes withPrivateBrowsingId(int privateBrowsingId) {
    return new OriginAttributes(userContextId, privateBrowsingId, firstPartyDomain);
  }

  /** Returns a copy with {@code firstPartyDomain} replaced. */
  public OriginAttributes withFirstPartyDomain(String firstPartyDomain) {
    return new OriginAttributes(userContextId, privateBrowsingId, firstPartyDomain);
  }
}
