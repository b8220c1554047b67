package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # scheme and host case, path, default ports
          http://a.com                                     | http://a.com
          http://a.com/                                    | http://a.com
          HTTP://A.COM/                                    | http://a.com
          HtTpS://Www.Example.Com/Path/To?x=1              | https://www.example.com
          https://a.com:443/                               | https://a.com
          https://a.com:444/                               | https://a.com:444
          https://a.com:80                                 | https://a.com:80
          http://a.com:80                                  | http://a.com
          http://a.com:443                                 | http://a.com:443
          http://a.com:8080                                | http://a.com:8080
          http://a.com:0                                   | http://a.com:0
          http://a.com:65535                               | http://a.com:65535
          http://a.com:0080                                | http://a.com
          http://a.com:                                    | http://a.com
          ws://a.com:80/socket                             | ws://a.com
          ws://a.com:443                                   | ws://a.com:443
          wss://a.com:443                                  | wss://a.com
          wss://a.com:80                                   | wss://a.com:80
          ftp://a.com:21/pub                               | ftp://a.com
          ftp://a.com:2121                                 | ftp://a.com:2121
          # userinfo, path, query and fragment are dropped
          http://user:pass@a.com/                          | http://a.com
          http://user@a.com:8080                           | http://a.com:8080
          http://a@b@c.com/                                | http://c.com
          http://a.com/path?query#fragment                 | http://a.com
          http://a.com?q=1                                 | http://a.com
          http://a.com#f                                   | http://a.com
          http://a.com/p@evil.com                          | http://a.com
          http://a.com/a b                                 | http://a.com
          # special schemes: backslash is a slash, any run of slashes
          http://a.com\\evil.com                           | http://a.com
          http:\\\\a.com\\x                                | http://a.com
          http:a.com                                       | http://a.com
          http:///a.com                                    | http://a.com
          # trailing dot is kept
          http://a.com.                                    | http://a.com.
          http://A.COM./x                                  | http://a.com.
          # internationalized names become punycode
          http://bücher.de/                                | http://xn--bcher-kva.de
          http://BÜCHER.DE                                 | http://xn--bcher-kva.de
          http://xn--bcher-kva.de                          | http://xn--bcher-kva.de
          http://例え.テスト                                | http://xn--r8jz45g.xn--zckzah
          http://ＡＢＣ.com                                 | http://abc.com
          http://a。b.com                                   | http://a.b.com
          http://a_b.example.com                           | http://a_b.example.com
          # IPv4 in every URL Standard spelling
          http://127.0.0.1                                 | http://127.0.0.1
          http://127.0.0.1:8080/x                          | http://127.0.0.1:8080
          http://127.1                                     | http://127.0.0.1
          http://0x7f.0.0.1                                | http://127.0.0.1
          http://0177.0.0.1                                | http://127.0.0.1
          http://2130706433                                | http://127.0.0.1
          http://127.0.0.1.                                | http://127.0.0.1
          http://255.255.255.255                           | http://255.255.255.255
          http://１２７.０.０.１                              | http://127.0.0.1
          # IPv6
          http://[::1]                                     | http://[::1]
          http://[::1]:8080                                | http://[::1]:8080
          https://[::1]:443                                | https://[::1]
          http://[0:0:0:0:0:0:0:1]                         | http://[::1]
          http://[2001:DB8::1]                             | http://[2001:db8::1]
          http://[2001:0db8:0000:0000:0000:0000:0000:0001] | http://[2001:db8::1]
          http://[1:0:0:2:0:0:0:3]                         | http://[1:0:0:2::3]
          http://[1:0:0:2:0:0:3:4]                         | http://[1::2:0:0:3:4]
          http://[1:2:3:4:5:6:7:0]                         | http://[1:2:3:4:5:6:7:0]
          http://[::ffff:192.0.2.1]                        | http://[::ffff:c000:201]
          http://[::]                                      | http://[::]
          http://[1:2:3:4:5:6:7:8]                         | http://[1:2:3:4:5:6:7:8]
          http://user@[::1]:81/                            | http://[::1]:81
          # other schemes with a host
          moz-extension://1B2C3D4E-aaaa/manifest.json      | moz-extension://1b2c3d4e-aaaa
          moz-extension://uuid:8080/x                      | moz-extension://uuid:8080
          moz-extension://uuid:80/x                        | moz-extension://uuid:80
          chrome://browser/content/browser.xhtml           | chrome://browser
          resource://gre/modules/x.jsm                     | resource://gre
          custom+scheme://Host.Example:99/x?y#z            | custom+scheme://host.example:99
          # about: keeps the spec minus query and fragment
          about:config                                     | about:config
          about:config?filter=x#top                        | about:config
          ABOUT:config                                     | about:config
          about:Preferences                                | about:Preferences
          about:blankx                                     | about:blankx
          about:a b^c                                      | about:a%20b%5Ec
          # file: gives the whole spec minus query and fragment
          file:///home/a/b.html                            | file:///home/a/b.html
          file:///home/a/b.html?x#y                        | file:///home/a/b.html
          FILE:///C:/Users/a.html                          | file:///C:/Users/a.html
          file://localhost/etc/hosts                       | file:///etc/hosts
          file://Server/share/x                            | file://server/share/x
          file:/tmp/x                                      | file:///tmp/x
          file:tmp/x                                       | file:///tmp/x
          file:///a/./b/../c                               | file:///a/c
          file:///a/%2e%2E/b                               | file:///b
          file:///a/..                                     | file:///
          file:///a b.html                                 | file:///a%20b.html
          file:///café                                     | file:///caf%C3%A9
          file:///caf%C3%A9                                | file:///caf%C3%A9
          file:///a^b                                      | file:///a%5Eb
          file:\\\\server\\x                               | file://server/x
          # blob: takes the inner URL's origin
          blob:https://a.com/uuid                          | https://a.com
          blob:https://a.com:8443/uuid                     | https://a.com:8443
          BLOB:HTTPS://A.com/uuid                          | https://a.com
          blob:moz-extension://x/y                         | moz-extension://x
          """)
  void normalize_validUrl_givesItsOrigin(String url, String origin) {
    assertEquals(origin, Origins.normalize(url));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://a.com",
        "https://a.com:444",
        "http://a.com.",
        "http://xn--bcher-kva.de",
        "http://127.0.0.1",
        "http://[2001:db8::1]:8080",
        "http://[::ffff:c000:201]",
        "moz-extension://uuid:80",
        "about:config",
        "about:a%20b%5Ec",
        "file:///home/a/b.html",
        "file://server/x",
        "file:///caf%C3%A9",
        "file:////x"
      })
  void normalize_anOrigin_givesItBack(String origin) {
    assertEquals(origin, Origins.normalize(origin));
  }

  static Stream<Arguments> malformedUrls() {
    return Stream.of(
        // no scheme
        plain("", "a URL that starts with a scheme"),
        plain("a.com", "a URL that starts with a scheme"),
        plain("//a.com", "a URL that starts with a scheme"),
        plain("1http://a.com", "a URL that starts with a scheme"),
        plain("ht tp://a.com", "a URL that starts with a scheme"),
        plain(" http://a.com", "a URL that starts with a scheme"),
        plain("null", "a URL that starts with a scheme"),
        // empty host
        plain("http://", "a non-empty host"),
        plain("http:", "a non-empty host"),
        plain("https:///", "a non-empty host"),
        plain("http://user@", "a non-empty host"),
        plain("http://:80", "a non-empty host"),
        plain("moz-extension://", "a non-empty host"),
        plain("foo:///x", "a non-empty host"),
        // forbidden characters in the host
        plain("http://a b.com", "found U+0020"),
        plain("http://a.com ", "found U+0020"),
        escaped("http://a\tb.com", "\"http://a\\u0009b.com\"", "found U+0009"),
        escaped("http://a\nb.com", "\"http://a\\u000Ab.com\"", "found U+000A"),
        escaped("http://a\rb.com", "\"http://a\\u000Db.com\"", "found U+000D"),
        escaped("http://a\u0000b.com", "\"http://a\\u0000b.com\"", "found U+0000"),
        escaped("http://a\u007fb.com", "\"http://a\\u007Fb.com\"", "found U+007F"),
        plain("http://a%62.com", "found U+0025"),
        plain("http://a<b.com", "found U+003C"),
        plain("http://a^b.com", "found U+005E"),
        plain("http://a|b.com", "found U+007C"),
        plain("http://a\u3000b.com", "found U+0020"),
        plain("http://a\uff0fb.com", "found U+002F"),
        plain("http://ab\u0378.com", "a valid internationalized domain name"),
        // ports
        plain("http://a.com:99999", "a port number in 0..65535"),
        plain("http://a.com:65536", "a port number in 0..65535"),
        plain("http://a.com:-1", "a port number in 0..65535"),
        plain("http://a.com:8o", "a port number in 0..65535"),
        plain("http://a.com:80:80", "a port number in 0..65535"),
        plain("http://a.com:99999999999999999999", "a port number in 0..65535"),
        plain("http://[::1]:x", "a port number in 0..65535"),
        // brackets and IPv6
        plain("http://[::1", "balanced brackets"),
        plain("http://::1]", "balanced brackets"),
        plain("http://a]b", "balanced brackets"),
        plain("http://[::1]]", "balanced brackets"),
        plain("http://[::1]x", "balanced brackets"),
        plain("http://[]", "a valid IPv6 address"),
        plain("http://[1:2:3:4:5:6:7:8:9]", "a valid IPv6 address"),
        plain("http://[1:2:3:4:5:6:7]", "a valid IPv6 address"),
        plain("http://[::1::2]", "a valid IPv6 address"),
        plain("http://[12345::1]", "a valid IPv6 address"),
        plain("http://[:1]", "a valid IPv6 address"),
        plain("http://[1:]", "a valid IPv6 address"),
        plain("http://[g::1]", "a valid IPv6 address"),
        plain("http://[::1%25eth0]", "a valid IPv6 address"),
        plain("http://[::ffff:1.2.3.256]", "a valid IPv6 address"),
        plain("http://[::ffff:1.2.3]", "a valid IPv6 address"),
        plain("http://[::ffff:01.2.3.4]", "a valid IPv6 address"),
        // IPv4
        plain("http://1.2.3.256", "an IPv4 address"),
        plain("http://256.0.0.1", "an IPv4 address"),
        plain("http://1.2.3.4.5", "an IPv4 address"),
        plain("http://0x100000000", "an IPv4 address"),
        plain("http://4294967296", "an IPv4 address"),
        plain("http://1.2.3.08", "an IPv4 address"),
        plain("http://a.1", "an IPv4 address"),
        // empty labels
        plain("http://a..b.com", "a host name without empty labels"),
        plain("http://.a.com", "a host name without empty labels"),
        plain("http://.", "a host name without empty labels"),
        plain("http://a.com..", "a host name without empty labels"),
        // about:, file:, blob:
        plain("about:", "about:name"),
        plain("about:?x", "about:name"),
        plain("file://a.com:80/x", "file://host/path without a port"),
        plain("file://a b/x", "found U+0020"));
  }

  private static Arguments plain(String url, String expected) {
    return Arguments.of(url, "\"" + url + "\"", expected);
  }

  private static Arguments escaped(String url, String quoted, String expected) {
    return Arguments.of(url, quoted, expected);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformedUrls")
  void normalize_malformedUrl_throwsNamingTheInputAndWhatWasExpected(
      String url, String quoted, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Origins.normalize(url));
    assertTrue(
        e.getMessage().startsWith("Malformed origin " + quoted + ": expected "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformedUrls")
  void fromUrl_malformedUrl_throwsInsteadOfGivingANullPrincipal(
      String url, String quoted, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.fromUrl(url));
    assertTrue(e.getMessage().contains(quoted), e.getMessage());
  }

  @Test
  void normalize_null_throwsNamingNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Origins.normalize(null));
    assertTrue(e.getMessage().startsWith("Malformed origin null: expected "), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          data:,x                                             | it is a data: URL
          DATA:text/html,<b>hi</b>                            | it is a data: URL
          data:                                               | it is a data: URL
          about:blank                                         | it is about:blank
          ABOUT:BLANK                                         | it is about:blank
          about:blank?x#y                                     | it is about:blank
          about:Blank#frag                                    | it is about:blank
          javascript:alert(1)                                 | it is a javascript: URL
          JavaScript://%0aalert(1)                            | it is a javascript: URL
          mailto:a@b.com                                      | it has no //authority
          urn:isbn:0451450523                                 | it has no //authority
          localhost:8080                                      | it has no //authority
          moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e} | it has no //authority
          blob:null/7e6a2c1c                                  | its inner URL has no scheme://host origin
          blob:about:blank                                    | its inner URL has no scheme://host origin
          blob:about:config                                   | its inner URL has no scheme://host origin
          blob:data:,x                                        | its inner URL has no scheme://host origin
          blob:file:///x                                      | its inner URL has no scheme://host origin
          blob:http://                                        | its inner URL has no scheme://host origin
          blob:                                               | its inner URL has no scheme://host origin
          blob:https://a b.com/x                              | its inner URL has no scheme://host origin
          blob:blob:https://a.com/x                           | it is a blob: URL inside a blob: URL
          """)
  void normalize_urlWithoutOrigin_throwsSayingWhy(String url, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Origins.normalize(url));
    assertEquals(
        "URL \""
            + url
            + "\" has no origin because "
            + reason
            + "; Principal.fromUrl gives it a null principal",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "data:,x",
        "about:blank",
        "ABOUT:BLANK#x",
        "javascript:void(0)",
        "mailto:a@b.com",
        "blob:null/1"
      })
  void fromUrl_urlWithoutOrigin_givesAFreshNullPrincipalEachTime(String url) {
    Principal first = Principal.fromUrl(url);
    Principal second = Principal.fromUrl(url);
    assertTrue(first.isNull(), first.origin());
    assertTrue(second.isNull(), second.origin());
    assertNotEquals(first, second);
  }

  /**
   * Every spelling of one origin (case, userinfo, explicit default or zero-padded port, path, query,
   * fragment) normalizes to the origin computed independently from its parts, and that origin is a
   * fixed point of normalize.
   */
  @Test
  void spellingsOfOneOriginAllNormalizeToIt() {
    String[][] hosts = {
      {"a.com", "a.com"},
      {"WWW.Example.COM", "www.example.com"},
      {"Bücher.de", "xn--bcher-kva.de"},
      {"127.0.0.1", "127.0.0.1"},
      {"0x7F.1", "127.0.0.1"},
      {"[0:0::1]", "[::1]"},
      {"a.com.", "a.com."}
    };
    String[] schemes = {"http", "HTTPS", "Ws", "wss", "ftp", "moz-extension", "x-y+z"};
    String[] ports = {"", ":", ":default", ":8080", ":00443"};
    String[] prefixes = {"//", "//user:pw@", "//@"};
    String[] tails = {"", "/", "/p/a/t/h", "?q=1", "#frag", "/p?q#f", "/x@y.com"};
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String[] host : hosts) {
      for (String scheme : schemes) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        int defaultPort = defaultPortForTest(lower);
        for (String port : ports) {
          String portText =
              port.equals(":default") ? ":" + (defaultPort == -1 ? 1234 : defaultPort) : port;
          int portNumber = portText.length() > 1 ? Integer.parseInt(portText.substring(1)) : -1;
          String expected =
              lower
                  + "://"
                  + host[1]
                  + (portNumber == -1 || portNumber == defaultPort ? "" : ":" + portNumber);
          for (String prefix : prefixes) {
            for (String tail : tails) {
              String url = scheme + ":" + prefix + host[0] + portText + tail;
              checked++;
              String actual = Origins.normalize(url);
              if (!actual.equals(expected)) {
                failures.add(url + " gave " + actual + ", expected " + expected);
              }
              if (!Origins.normalize(actual).equals(actual)) {
                failures.add(actual + " is not a fixed point of normalize");
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(7 * 7 * 5 * 3 * 7, checked);
  }

  private static int defaultPortForTest(String scheme) {
    switch (scheme) {
      case "http":
      case "ws":
        return 80;
      case "https":
      case "wss":
        return 443;
      case "ftp":
        return 21;
      default:
        return -1;
    }
  }
}
