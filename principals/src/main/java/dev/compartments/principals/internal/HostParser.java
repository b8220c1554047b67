package dev.compartments.principals.internal;

import static dev.compartments.principals.internal.Messages.malformedOrigin;

import java.net.IDN;
import java.util.Locale;

/**
 * Canonicalises the host of a URL the way the URL Standard's host parser does, a little more
 * strictly. Immutable and thread-safe (stateless).
 *
 * <ul>
 *   <li>{@code [..]}: an IPv6 address, serialized in the URL Standard's compressed lower-case form
 *       ({@code [2001:db8::1]}); zone ids are rejected.
 *   <li>A host whose last label is a number: an IPv4 address in any of the URL Standard's forms
 *       ({@code 127.1}, {@code 0x7f.0.0.1}, {@code 2130706433}), serialized as a dotted quad; an
 *       out-of-range part is an error, never a domain.
 *   <li>Anything else: a domain. Non-ASCII labels go through {@link IDN#toASCII(String, int)}
 *       (IDNA 2003, unassigned code points rejected), then the whole host is lower-cased. A single
 *       trailing dot is kept, as Gecko keeps it ({@code a.com.} and {@code a.com} are different
 *       origins); empty labels are rejected.
 * </ul>
 *
 * <p>Stricter than the URL Standard: tabs and newlines are rejected instead of being removed, and
 * {@code %} is rejected instead of being percent-decoded, so that no two spellings of a host that a
 * filter might compare differently normalize to the same origin by surprise.
 */
public final class HostParser {
  /** The URL Standard's forbidden domain code points, besides controls and space. */
  private static final String FORBIDDEN = "#%/:<>?@[\\]^|";

  private HostParser() {}

  /**
   * Returns the canonical form of {@code host}, a host taken from {@code url} (named in errors).
   *
   * @throws IllegalArgumentException if the host is empty or not a valid domain, IPv4 or IPv6 host
   */
  public static String parse(String url, String host) {
    if (host.isEmpty()) {
      throw malformedOrigin(url, "scheme://host[:port] with a non-empty host");
    }
    if (host.startsWith("[")) {
      if (!host.endsWith("]")) {
        throw malformedOrigin(url, "balanced brackets around an IPv6 address");
      }
      return "[" + parseIpv6(url, host.substring(1, host.length() - 1)) + "]";
    }
    if (host.indexOf(']') >= 0) {
      throw malformedOrigin(url, "balanced brackets around an IPv6 address");
    }
    checkNoForbiddenCharacter(url, host);
    String ascii = host;
    if (!isAscii(host)) {
      try {
        ascii = IDN.toASCII(host, 0);
      } catch (IllegalArgumentException e) {
        // The JDK's message names its own exception classes: say what is wrong in our words.
        throw malformedOrigin(url, "a valid internationalized domain name");
      }
      // Nameprep maps some code points to ASCII ones (a full-width solidus to '/'): check again.
      checkNoForbiddenCharacter(url, ascii);
    }
    ascii = ascii.toLowerCase(Locale.ROOT);
    String withoutRoot = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    if (withoutRoot.isEmpty()
        || withoutRoot.startsWith(".")
        || withoutRoot.endsWith(".")
        || withoutRoot.contains("..")) {
      throw malformedOrigin(url, "a host name without empty labels");
    }
    String lastLabel = withoutRoot.substring(withoutRoot.lastIndexOf('.') + 1);
    if (endsInNumber(lastLabel)) {
      return parseIpv4(url, withoutRoot);
    }
    return ascii;
  }

  private static void checkNoForbiddenCharacter(String url, String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c <= ' ' || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
        throw malformedOrigin(
            url,
            String.format(
                "a host without spaces, control characters or any of %s, found U+%04X",
                FORBIDDEN, (int) c));
      }
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The URL Standard's "ends in a number": the last label is decimal, or {@code 0x} hex. */
  private static boolean endsInNumber(String lastLabel) {
    if (!lastLabel.isEmpty() && lastLabel.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return ipv4Number(lastLabel) >= 0;
  }

  private static String parseIpv4(String url, String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      throw malformedOrigin(url, "an IPv4 address of at most four parts, each in 0..255");
    }
    long address = 0;
    for (int i = 0; i < parts.length; i++) {
      long number = ipv4Number(parts[i]);
      boolean last = i == parts.length - 1;
      // The last part fills all remaining bytes: 127.1 is 127.0.0.1.
      long limit = last ? 1L << (8 * (4 - i)) : 256;
      if (number < 0 || number >= limit) {
        throw malformedOrigin(url, "an IPv4 address of at most four parts, each in 0..255");
      }
      address = last ? (address << (8 * (4 - i))) | number : (address << 8) | number;
    }
    return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF)
        + "." + (address & 0xFF);
  }

  /**
   * Parses one IPv4 part: decimal, {@code 0x} hexadecimal or {@code 0}-prefixed octal. Returns -1
   * if it is not a number, and a value above 2^32 (capped) if it is too large.
   */
  private static long ipv4Number(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      if (digit < 0 || digits.charAt(i) >= 0x80) {
        return -1;
      }
      value = Math.min(value * radix + digit, 1L << 33);
    }
    return value;
  }

  /** The URL Standard's IPv6 parser, then its serializer (first longest zero run compressed). */
  private static String parseIpv6(String url, String input) {
    int[] pieces = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int pointer = 0;
    int length = input.length();
    String expected = "a valid IPv6 address in brackets, such as [2001:db8::1]";
    if (pointer < length && input.charAt(pointer) == ':') {
      if (pointer + 1 >= length || input.charAt(pointer + 1) != ':') {
        throw malformedOrigin(url, expected);
      }
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (pointer < length) {
      if (pieceIndex == 8) {
        throw malformedOrigin(url, expected);
      }
      if (input.charAt(pointer) == ':') {
        if (compress != -1) {
          throw malformedOrigin(url, expected);
        }
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int digits = 0;
      while (digits < 4 && pointer < length && hexValue(input.charAt(pointer)) >= 0) {
        value = value * 16 + hexValue(input.charAt(pointer));
        pointer++;
        digits++;
      }
      if (pointer < length && input.charAt(pointer) == '.') {
        if (digits == 0 || pieceIndex > 6) {
          throw malformedOrigin(url, expected);
        }
        pointer -= digits;
        pieceIndex = parseEmbeddedIpv4(url, input, pointer, pieces, pieceIndex);
        pointer = length;
        break;
      }
      if (pointer < length && input.charAt(pointer) == ':') {
        pointer++;
        if (pointer >= length) {
          throw malformedOrigin(url, expected);
        }
      } else if (pointer < length) {
        throw malformedOrigin(url, expected);
      }
      pieces[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress != -1) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int swapped = pieces[compress + swaps - 1];
        pieces[compress + swaps - 1] = pieces[pieceIndex];
        pieces[pieceIndex] = swapped;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      throw malformedOrigin(url, expected);
    }
    return serializeIpv6(pieces);
  }

  /** Parses the dotted-quad tail of an IPv6 address into two pieces; returns the next index. */
  private static int parseEmbeddedIpv4(
      String url, String input, int start, int[] pieces, int pieceIndex) {
    String expected = "a valid IPv6 address in brackets, such as [::ffff:192.0.2.1]";
    int pointer = start;
    int numbersSeen = 0;
    while (pointer < input.length()) {
      if (numbersSeen > 0) {
        if (input.charAt(pointer) != '.' || numbersSeen >= 4) {
          throw malformedOrigin(url, expected);
        }
        pointer++;
      }
      if (pointer >= input.length() || !isDigit(input.charAt(pointer))) {
        throw malformedOrigin(url, expected);
      }
      int piece = -1;
      while (pointer < input.length() && isDigit(input.charAt(pointer))) {
        int number = input.charAt(pointer) - '0';
        if (piece == 0) {
          throw malformedOrigin(url, expected);
        }
        piece = piece == -1 ? number : piece * 10 + number;
        if (piece > 255) {
          throw malformedOrigin(url, expected);
        }
        pointer++;
      }
      pieces[pieceIndex] = pieces[pieceIndex] * 0x100 + piece;
      numbersSeen++;
      if (numbersSeen == 2 || numbersSeen == 4) {
        pieceIndex++;
      }
    }
    if (numbersSeen != 4) {
      throw malformedOrigin(url, expected);
    }
    return pieceIndex;
  }

  private static String serializeIpv6(int[] pieces) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (pieces[i] != 0) {
        i++;
        continue;
      }
      int end = i;
      while (end < 8 && pieces[end] == 0) {
        end++;
      }
      if (end - i > bestLength) {
        bestStart = i;
        bestLength = end - i;
      }
      i = end;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      out.append(Integer.toHexString(pieces[i]));
      if (i < 7) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static int hexValue(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
