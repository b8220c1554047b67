package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NullPrincipalTest {

  @Test
  void itsStringFormIsTheLowerCaseUuidInBraces() {
    NullPrincipal principal = Principal.createNull();
    assertEquals("moz-nullprincipal:{" + principal.id() + "}", principal.origin());
    assertEquals(principal.id().toString().toLowerCase(java.util.Locale.ROOT), principal.id().toString());
    assertEquals(principal.origin(), principal.toString());
  }

  @Test
  void itKeepsItsAttributesAndShowsThemAsASuffix() {
    OriginAttributes attributes = new OriginAttributes(5, 0, "");
    NullPrincipal principal = Principal.createNull(attributes);
    assertEquals(attributes, principal.originAttributes());
    assertTrue(principal.origin().endsWith("}^userContextId=5"), principal.origin());
  }

  @Test
  void itIsOfKindNullOnly() {
    NullPrincipal principal = Principal.createNull();
    assertEquals(Principal.Kind.NULL, principal.kind());
    assertTrue(principal.isNull());
    assertFalse(principal.isSystem() || principal.isContent() || principal.isExpanded());
  }

  @Test
  void parsingTheStringFormGivesAnEqualPrincipal() {
    NullPrincipal principal = Principal.createNull(new OriginAttributes(0, 1, ""));
    NullPrincipal parsed = (NullPrincipal) Principal.parse(principal.origin());
    assertEquals(principal, parsed);
    assertEquals(principal.hashCode(), parsed.hashCode());
    assertEquals(principal.id(), parsed.id());
    assertTrue(principal.subsumes(parsed) && parsed.subsumes(principal));
  }

  @Test
  void theSameIdWithOtherAttributesIsAnotherPrincipal() {
    UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    Principal plain = Principal.parse("moz-nullprincipal:{" + id + "}");
    Principal container = Principal.parse("moz-nullprincipal:{" + id + "}^userContextId=1");
    assertNotEquals(plain, container);
    assertFalse(plain.subsumes(container));
  }

  @Test
  void itSubsumesNothingButItself() {
    NullPrincipal principal = Principal.createNull();
    ContentPrincipal a = Principal.content("https://a.com");
    assertTrue(principal.subsumes(principal));
    assertFalse(principal.subsumes(Principal.createNull()));
    assertFalse(principal.subsumes(a));
    assertFalse(principal.subsumes(Principal.system()));
    assertFalse(principal.subsumes(Principal.expanded(List.of(a))));
  }

  @Test
  void itHasNoSite() {
    assertEquals(Optional.empty(), Principal.createNull().site());
  }
}
