package dev.compartments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.ExpandedPrincipal;
import dev.compartments.principals.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalSpecTest {
  @Test
  void system_isTheSystemPrincipal() {
    assertTrue(PrincipalSpec.parse("system").isSystem());
  }

  @Test
  void null_isANewNullPrincipalEachTime() {
    Principal first = PrincipalSpec.parse("null");
    Principal second = PrincipalSpec.parse("null");
    assertTrue(first.isNull());
    assertTrue(second.isNull());
    assertNotEquals(first, second);
  }

  @Test
  void anOrigin_isItsContentPrincipal_normalized() {
    Principal p = PrincipalSpec.parse("HTTPS://A.example:443/some/path?q#f");
    assertTrue(p.isContent());
    assertEquals("https://a.example", p.origin());
  }

  @Test
  void commaSeparatedOrigins_areAnExpandedPrincipal_inTheOrderGiven() {
    Principal p = PrincipalSpec.parse("https://b.example, https://a.example");
    assertTrue(p.isExpanded());
    assertEquals(
        List.of("https://b.example", "https://a.example"),
        ((ExpandedPrincipal) p).allowlist().stream().map(Principal::origin).toList());
  }

  @Test
  void bracketedOrigin_isAnExpandedPrincipalOfOne() {
    Principal p = PrincipalSpec.parse("[https://a.example]");
    assertEquals("[Expanded Principal [https://a.example]]", p.origin());
    assertTrue(p.subsumes(Principal.content("https://a.example")));
  }

  @Test
  void bracketedList_isTheSameAsTheBareList() {
    assertEquals(
        PrincipalSpec.parse("https://a.example,https://b.example"),
        PrincipalSpec.parse("[https://a.example,https://b.example]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void empty_isRefused(String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse(spec));
    assertTrue(e.getMessage().startsWith("Invalid principal \"" + spec + "\": it is empty"), e.getMessage());
  }

  @Test
  void nullString_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse(null));
    assertTrue(e.getMessage().startsWith("Invalid principal null"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://a.example,", ",https://a.example", "https://a.example,,https://b.example", "[]"})
  void anEmptyMember_isRefused_namingTheSpec(String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse(spec));
    assertEquals(
        "Invalid principal \"" + spec + "\": an empty origin in the list; expected system, null, an"
            + " origin, or comma-separated origins (expanded)",
        e.getMessage());
  }

  @Test
  void aMalformedOrigin_isRefused_namingTheSpecAndTheCause() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse("bogus"));
    assertTrue(e.getMessage().startsWith("Invalid principal \"bogus\": "), e.getMessage());
    assertTrue(e.getMessage().contains("\"bogus\""), e.getMessage());
    assertTrue(e.getMessage().endsWith("expected system, null, an origin, or comma-separated origins (expanded)"));
  }

  @Test
  void aMalformedMember_isRefused_namingTheWholeSpec() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse("https://a.example,nope"));
    assertTrue(e.getMessage().startsWith("Invalid principal \"https://a.example,nope\": "), e.getMessage());
    assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
  }

  @Test
  void aUrlWithoutAnOrigin_isRefused_ratherThanTurnedIntoANullPrincipal() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse("about:blank"));
    assertTrue(e.getMessage().startsWith("Invalid principal \"about:blank\": "), e.getMessage());
  }

  @Test
  void keywordsAreExact_soACapitalisedOneIsAnOriginError() {
    assertThrows(IllegalArgumentException.class, () -> PrincipalSpec.parse("System"));
  }
}
