package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpandedPrincipalTest {
  private final ContentPrincipal a = Principal.content("https://a.com");
  private final ContentPrincipal b2 =
      Principal.content("https://b.com", OriginAttributes.DEFAULT.withUserContextId(2));

  @Test
  void allowlistIsTheMembersInOrder() {
    assertEquals(List.of(b2, a), Principal.expanded(List.of(b2, a)).allowlist());
  }

  @Test
  void allowlistIsImmutable() {
    List<ContentPrincipal> allowlist = Principal.expanded(List.of(a)).allowlist();
    assertThrows(UnsupportedOperationException.class, () -> allowlist.add(b2));
  }

  @Test
  void itsStringFormListsMemberOriginsWithSuffixes() {
    ExpandedPrincipal principal = Principal.expanded(List.of(a, b2));
    assertEquals(
        "[Expanded Principal [https://a.com, https://b.com^userContextId=2]]", principal.origin());
    assertEquals(principal.origin(), principal.toString());
  }

  @Test
  void itIsOfKindExpandedOnly() {
    ExpandedPrincipal principal = Principal.expanded(List.of(a));
    assertEquals(Principal.Kind.EXPANDED, principal.kind());
    assertTrue(principal.isExpanded());
    assertFalse(principal.isSystem() || principal.isContent() || principal.isNull());
  }

  @Test
  void equalityNeedsTheSameMembersInTheSameOrder() {
    ExpandedPrincipal ab = Principal.expanded(List.of(a, b2));
    assertEquals(ab, Principal.expanded(List.of(Principal.content("https://a.com/x"), b2)));
    assertEquals(ab.hashCode(), Principal.expanded(List.of(a, b2)).hashCode());
    assertNotEquals(ab, Principal.expanded(List.of(b2, a)));
    assertNotEquals(ab, Principal.expanded(List.of(a)));
    assertNotEquals(ab, Principal.expanded(List.of(a, b2, a)));
  }

  @Test
  void membersInAnotherOrderSubsumeEachOtherWithoutBeingEqual() {
    ExpandedPrincipal ab = Principal.expanded(List.of(a, b2));
    ExpandedPrincipal ba = Principal.expanded(List.of(b2, a));
    assertTrue(ab.subsumes(ba) && ba.subsumes(ab));
    assertNotEquals(ab, ba);
  }

  @Test
  void duplicateMembersAreKept() {
    ExpandedPrincipal principal = Principal.expanded(List.of(a, a));
    assertEquals(List.of(a, a), principal.allowlist());
    assertEquals("[Expanded Principal [https://a.com, https://a.com]]", principal.origin());
  }
}
