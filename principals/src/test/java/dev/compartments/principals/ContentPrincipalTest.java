package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentPrincipalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          HTTPS://User@A.com:8443/x       | https | a.com           | 8443 | https://a.com:8443
          https://a.com:443               | https | a.com           | -1   | https://a.com
          http://[::1]:8080               | http  | [::1]           | 8080 | http://[::1]:8080
          http://127.1                    | http  | 127.0.0.1       | -1   | http://127.0.0.1
          moz-extension://abc/x           | moz-extension | abc     | -1   | moz-extension://abc
          about:config                    | about | -               | -1   | about:config
          file:///a/b.html                | file  | -               | -1   | file:///a/b.html
          file://server/a                 | file  | server          | -1   | file://server/a
          blob:http://a.com:81/x          | http  | a.com           | 81   | http://a.com:81
          """)
  void accessorsGiveTheNormalizedParts(
      String url, String scheme, String host, int port, String originNoSuffix) {
    ContentPrincipal principal = Principal.content(url);
    assertEquals(scheme, principal.scheme());
    assertEquals(Optional.ofNullable(host), principal.host());
    assertEquals(port, principal.port());
    assertEquals(originNoSuffix, principal.originNoSuffix());
    assertEquals(OriginAttributes.DEFAULT, principal.originAttributes());
    assertEquals(originNoSuffix, principal.origin());
  }

  @Test
  void originIsOriginNoSuffixPlusTheSuffix() {
    OriginAttributes attributes = new OriginAttributes(2, 1, "a.com");
    ContentPrincipal principal = Principal.content("https://a.com/x", attributes);
    assertEquals("https://a.com", principal.originNoSuffix());
    assertEquals(attributes, principal.originAttributes());
    assertEquals(
        "https://a.com^userContextId=2&privateBrowsingId=1&firstPartyDomain=a.com",
        principal.origin());
    assertEquals(principal.origin(), principal.toString());
  }

  @Test
  void itIsOfKindContentOnly() {
    ContentPrincipal principal = Principal.content("https://a.com");
    assertEquals(Principal.Kind.CONTENT, principal.kind());
    assertTrue(principal.isContent());
    assertFalse(principal.isSystem() || principal.isExpanded() || principal.isNull());
  }

  @Test
  void equalityComparesOriginAndAttributes() {
    ContentPrincipal a = Principal.content("https://a.com");
    assertEquals(a, Principal.content("https://A.COM:443/path?q"));
    assertEquals(a.hashCode(), Principal.content("https://A.COM:443/path?q").hashCode());
    assertNotEquals(a, Principal.content("http://a.com"));
    assertNotEquals(a, Principal.content("https://a.com:444"));
    assertNotEquals(a, Principal.content("https://a.com.", OriginAttributes.DEFAULT));
    assertNotEquals(
        a, Principal.content("https://a.com", OriginAttributes.DEFAULT.withPrivateBrowsingId(1)));
  }

  @Test
  void itSubsumesOnlyEqualContentPrincipals() {
    ContentPrincipal a = Principal.content("https://a.com");
    assertTrue(a.subsumes(Principal.content("https://a.com/other")));
    assertFalse(a.subsumes(Principal.content("https://sub.a.com")));
    assertFalse(
        a.subsumes(
            Principal.content("https://a.com", OriginAttributes.DEFAULT.withUserContextId(1))));
    assertFalse(a.subsumes(Principal.system()));
  }
}
