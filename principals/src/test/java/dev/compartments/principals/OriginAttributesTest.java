package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginAttributesTest {

  @Test
  void defaultAttributesAreAllZeroAndEmpty() {
    assertEquals(new OriginAttributes(0, 0, ""), OriginAttributes.DEFAULT);
    assertTrue(OriginAttributes.DEFAULT.isDefault());
    assertEquals("", OriginAttributes.DEFAULT.suffix());
  }

  @ParameterizedTest(name = "({0}, {1}, {2}) -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2 | 0 |                  | ^userContextId=2
          0 | 1 |                  | ^privateBrowsingId=1
          0 | 0 | example.com      | ^firstPartyDomain=example.com
          2 | 1 |                  | ^userContextId=2&privateBrowsingId=1
          2 | 0 | a.com            | ^userContextId=2&firstPartyDomain=a.com
          0 | 1 | a.com            | ^privateBrowsingId=1&firstPartyDomain=a.com
          7 | 3 | [::1]            | ^userContextId=7&privateBrowsingId=3&firstPartyDomain=[::1]
          2147483647 | 0 | a_b-c:d | ^userContextId=2147483647&firstPartyDomain=a_b-c:d
          """)
  void suffix_nonDefaultAttributes_listsOnlyThoseInDeclarationOrder(
      int userContextId, int privateBrowsingId, String firstPartyDomain, String suffix) {
    OriginAttributes attributes =
        new OriginAttributes(
            userContextId, privateBrowsingId, firstPartyDomain == null ? "" : firstPartyDomain);
    assertFalse(attributes.isDefault());
    assertEquals(suffix, attributes.suffix());
    assertEquals(attributes, OriginAttributes.parseSuffix(suffix));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ^privateBrowsingId=1&userContextId=2           | 2 | 1 |
          ^firstPartyDomain=a.com&userContextId=5        | 5 | 0 | a.com
          ^userContextId=0                               | 0 | 0 |
          ^userContextId=0&privateBrowsingId=0&firstPartyDomain= | 0 | 0 |
          ^userContextId=007                             | 7 | 0 |
          """)
  void parseSuffix_acceptsAnyKeyOrderAndExplicitDefaults(
      String suffix, int userContextId, int privateBrowsingId, String firstPartyDomain) {
    assertEquals(
        new OriginAttributes(
            userContextId, privateBrowsingId, firstPartyDomain == null ? "" : firstPartyDomain),
        OriginAttributes.parseSuffix(suffix));
  }

  @Test
  void parseSuffix_empty_givesDefault() {
    assertEquals(OriginAttributes.DEFAULT, OriginAttributes.parseSuffix(""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          x                                       | ^key=value
          userContextId=1                         | ^key=value
          ^                                       | ^key=value
          ^userContextId                          | key=value pairs, found "userContextId"
          ^=1                                     | key=value pairs, found "=1"
          ^userContextId=1&                       | key=value pairs, found ""
          ^&userContextId=1                       | key=value pairs, found ""
          ^userContextId=1&userContextId=2        | each key at most once, found userContextId twice
          ^firstPartyDomain=a&firstPartyDomain=a  | each key at most once, found firstPartyDomain twice
          ^appId=1                                | found unknown key "appId"
          ^UserContextId=1                        | found unknown key "UserContextId"
          ^userContextId=-1                       | userContextId to be a decimal number in 0..2147483647, found "-1"
          ^userContextId=+1                       | userContextId to be a decimal number in 0..2147483647, found "+1"
          ^userContextId=1.5                      | userContextId to be a decimal number in 0..2147483647, found "1.5"
          ^userContextId=                         | userContextId to be a decimal number in 0..2147483647, found ""
          ^privateBrowsingId=2147483648           | privateBrowsingId to be a decimal number in 0..2147483647, found "2147483648"
          ^privateBrowsingId=99999999999          | privateBrowsingId to be a decimal number in 0..2147483647, found "99999999999"
          ^privateBrowsingId=٣                    | privateBrowsingId to be a decimal number in 0..2147483647, found "٣"
          ^firstPartyDomain=A.com                 | valid attributes, but firstPartyDomain "A.com"
          ^firstPartyDomain=a=b                   | valid attributes, but firstPartyDomain "a=b"
          ^firstPartyDomain=a^b                   | valid attributes, but firstPartyDomain "a^b"
          ^firstPartyDomain=a&b                   | key=value pairs, found "b"
          """)
  void parseSuffix_malformed_throwsNamingTheSuffix(String suffix, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OriginAttributes.parseSuffix(suffix));
    assertTrue(
        e.getMessage().startsWith("Malformed origin attributes suffix \"" + suffix + "\": expected"),
        e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void parseSuffix_null_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OriginAttributes.parseSuffix(null));
    assertTrue(e.getMessage().startsWith("Malformed origin attributes suffix null"));
  }

  @Test
  void constructor_negativeUserContextId_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OriginAttributes(-1, 0, ""));
    assertEquals("userContextId must be non-negative, got -1", e.getMessage());
  }

  @Test
  void constructor_negativePrivateBrowsingId_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OriginAttributes(0, -5, ""));
    assertEquals("privateBrowsingId must be non-negative, got -5", e.getMessage());
  }

  @Test
  void constructor_nullFirstPartyDomain_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OriginAttributes(0, 0, null));
    assertTrue(e.getMessage().startsWith("firstPartyDomain must not be null"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"a&b", "a^b", "a=b", "a b", "Example.com", "a,b", "a/b", "a%20b", "a#b", "é.fr"})
  void constructor_firstPartyDomainWithForbiddenCharacter_throwsNamingIt(String domain) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OriginAttributes(0, 0, domain));
    assertTrue(e.getMessage().contains("\"" + domain + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("only a-z, 0-9 and . - _ : [ ] are allowed"));
  }

  @Test
  void withers_replaceOneAttributeAndKeepTheOthers() {
    OriginAttributes base = new OriginAttributes(1, 2, "a.com");
    assertEquals(new OriginAttributes(9, 2, "a.com"), base.withUserContextId(9));
    assertEquals(new OriginAttributes(1, 9, "a.com"), base.withPrivateBrowsingId(9));
    assertEquals(new OriginAttributes(1, 2, "b.org"), base.withFirstPartyDomain("b.org"));
    assertEquals(new OriginAttributes(1, 2, "a.com"), base);
  }

  @Test
  void withers_validateLikeTheConstructor() {
    assertThrows(IllegalArgumentException.class, () -> OriginAttributes.DEFAULT.withUserContextId(-1));
    assertThrows(
        IllegalArgumentException.class, () -> OriginAttributes.DEFAULT.withPrivateBrowsingId(-1));
    assertThrows(
        IllegalArgumentException.class, () -> OriginAttributes.DEFAULT.withFirstPartyDomain("A"));
  }

  @Test
  void attributesDifferingInOneFieldAreNotEqual() {
    OriginAttributes base = new OriginAttributes(1, 1, "a.com");
    assertNotEquals(base, base.withUserContextId(2));
    assertNotEquals(base, base.withPrivateBrowsingId(0));
    assertNotEquals(base, base.withFirstPartyDomain(""));
    assertEquals(base.hashCode(), new OriginAttributes(1, 1, "a.com").hashCode());
  }
}
