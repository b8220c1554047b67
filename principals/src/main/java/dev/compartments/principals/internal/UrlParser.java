package dev.compartments.principals.internal;

import static dev.compartments.principals.internal.Messages.malformedOrigin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the origin of a URL, following Gecko's {@code ContentPrincipal} and the URL Standard.
 * Immutable and thread-safe (stateless).
 *
 * <p>Only the parts that make up an origin are parsed: the scheme and the authority, and for
 * {@code about:} and {@code file:} the path. Everything else is dropped unread, so a URL with an
 * odd path still has an origin.
 */
public final class UrlParser {
  private static final Map<String, Integer> DEFAULT_PORTS =
      Map.of("http", 80, "https", 443, "ws", 80, "wss", 443, "ftp", 21);

  /** Schemes whose authority may follow any run of '/' and '\', as in the URL Standard. */
  private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

  private UrlParser() {}

  /**
   * Parses {@code url} far enough to know its origin.
   *
   * @throws IllegalArgumentException if {@code url} is null or malformed; the message names it
   */
  public static ParsedUrl parse(String url) {
    if (url == null) {
      throw malformedOrigin(null, "a URL such as https://example.com");
    }
    int colon = schemeEnd(url);
    if (colon < 0) {
      throw malformedOrigin(url, "a URL that starts with a scheme, such as https://example.com");
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = url.substring(colon + 1);
    switch (scheme) {
      case "data":
        return new ParsedUrl.WithoutOrigin("it is a data: URL");
      case "javascript":
        return new ParsedUrl.WithoutOrigin("it is a javascript: URL");
      case "about":
        return parseAbout(url, rest);
      case "file":
        return parseFile(url, rest);
      case "blob":
        return parseBlob(rest);
      default:
        break;
    }
    String authority;
    if (SPECIAL_SCHEMES.contains(scheme)) {
      int start = 0;
      while (start < rest.length() && (rest.charAt(start) == '/' || rest.charAt(start) == '\\')) {
        start++;
      }
      authority = rest.substring(start, indexOfAny(rest, start, "/\\?#"));
    } else if (rest.startsWith("//")) {
      authority = rest.substring(2, indexOfAny(rest, 2, "/?#"));
    } else {
      return new ParsedUrl.WithoutOrigin("it has no //authority");
    }
    return parseAuthority(url, scheme, authority);
  }

  /** Returns the index of the scheme's colon, or -1 if {@code url} does not start with a scheme. */
  private static int schemeEnd(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  private static ParsedUrl parseAuthority(String url, String scheme, String authority) {
    // The last '@' ends the userinfo, which is dropped; brackets protect an IPv6 host's colons.
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    int portColon;
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      if (close < 0) {
        throw malformedOrigin(url, "balanced brackets around an IPv6 address");
      }
      portColon = close + 1;
      if (portColon < hostAndPort.length() && hostAndPort.charAt(portColon) != ':') {
        throw malformedOrigin(
            url, "balanced brackets around an IPv6 address, then :port or nothing");
      }
    } else {
      if (hostAndPort.indexOf(']') >= 0) {
        throw malformedOrigin(url, "balanced brackets around an IPv6 address");
      }
      portColon = hostAndPort.indexOf(':');
      if (portColon < 0) {
        portColon = hostAndPort.length();
      }
    }
    String host = HostParser.parse(url, hostAndPort.substring(0, portColon));
    int port = -1;
    if (portColon < hostAndPort.length()) {
      port = parsePort(url, hostAndPort.substring(portColon + 1));
    }
    if (port == DEFAULT_PORTS.getOrDefault(scheme, -1)) {
      port = -1;
    }
    String origin = scheme + "://" + host + (port == -1 ? "" : ":" + port);
    return new ParsedUrl.WithOrigin(scheme, host, port, origin);
  }

  /** An empty port means no port, as in the URL Standard. */
  private static int parsePort(String url, String port) {
    int value = 0;
    for (int i = 0; i < port.length(); i++) {
      char c = port.charAt(i);
      value = c >= '0' && c <= '9' ? value * 10 + (c - '0') : Integer.MAX_VALUE;
      if (value > 65535) {
        throw malformedOrigin(
            url, "a port number in 0..65535 after the host, found " + Messages.quote(port));
      }
    }
    return port.isEmpty() ? -1 : value;
  }

  private static ParsedUrl parseAbout(String url, String rest) {
    String path = rest.substring(0, indexOfAny(rest, 0, "?#"));
    if (path.isEmpty()) {
      throw malformedOrigin(url, "about:name, such as about:config");
    }
    if (path.equalsIgnoreCase("blank")) {
      return new ParsedUrl.WithoutOrigin("it is about:blank");
    }
    return new ParsedUrl.WithOrigin("about", "", -1, "about:" + encodePath(path));
  }

  /**
   * A {@code file:} URL's origin is its whole spec minus query and fragment (which never change
   * the file that is read), with dot segments resolved; {@code localhost} is the empty host.
   */
  private static ParsedUrl parseFile(String url, String rest) {
    String spec = rest.substring(0, indexOfAny(rest, 0, "?#")).replace('\\', '/');
    String host = "";
    String path = spec;
    if (spec.startsWith("//")) {
      int pathStart = indexOfAny(spec, 2, "/");
      String rawHost = spec.substring(2, pathStart);
      path = spec.substring(pathStart);
      if (!rawHost.isEmpty() && !rawHost.equalsIgnoreCase("localhost")) {
        if (rawHost.indexOf(':', rawHost.lastIndexOf(']') + 1) >= 0) {
          throw malformedOrigin(url, "file://host/path without a port");
        }
        host = HostParser.parse(url, rawHost);
      }
    }
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    String origin = "file://" + host + encodePath(removeDotSegments(path));
    return new ParsedUrl.WithOrigin("file", host, -1, origin);
  }

  /**
   * A blob: URL has the origin of the URL inside it. As in the URL Standard, an inner URL that is
   * malformed or has no scheme://host origin ({@code blob:null/uuid}) leaves it with no origin.
   */
  private static ParsedUrl parseBlob(String inner) {
    if (inner.regionMatches(true, 0, "blob:", 0, 5)) {
      return new ParsedUrl.WithoutOrigin("it is a blob: URL inside a blob: URL");
    }
    try {
      ParsedUrl parsed = parse(inner);
      if (parsed instanceof ParsedUrl.WithOrigin) {
        ParsedUrl.WithOrigin withOrigin = (ParsedUrl.WithOrigin) parsed;
        if (!withOrigin.host().isEmpty() && !withOrigin.scheme().equals("file")) {
          return withOrigin;
        }
      }
    } catch (IllegalArgumentException malformedInnerUrl) {
      // Falls through: the blob: URL is well-formed, it just has no origin.
    }
    return new ParsedUrl.WithoutOrigin("its inner URL has no scheme://host origin");
  }

  private static String removeDotSegments(String path) {
    String[] segments = path.substring(1).split("/", -1);
    Deque<String> output = new ArrayDeque<>();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i].toLowerCase(Locale.ROOT);
      boolean last = i == segments.length - 1;
      boolean single = segment.equals(".") || segment.equals("%2e");
      boolean twice =
          segment.equals("..")
              || segment.equals(".%2e")
              || segment.equals("%2e.")
              || segment.equals("%2e%2e");
      if (twice) {
        output.pollLast();
      }
      if (single || twice) {
        if (last) {
          output.addLast("");
        }
      } else {
        output.addLast(segments[i]);
      }
    }
    return "/" + String.join("/", output);
  }

  /**
   * Percent-encodes what may not appear raw in an origin: controls, space (so ", " never occurs
   * inside one), the URL Standard's path set, non-ASCII, and '^', which starts the attribute
   * suffix.
   */
  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c <= ' ' || c >= 0x7F || "\"<>`{}^".indexOf(c) >= 0) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static int indexOfAny(String s, int from, String delimiters) {
    for (int i = from; i < s.length(); i++) {
      if (delimiters.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
