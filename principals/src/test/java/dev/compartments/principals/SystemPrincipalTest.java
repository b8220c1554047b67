package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemPrincipalTest {
  private final SystemPrincipal system = Principal.system();

  @Test
  void thereIsOneSystemPrincipal() {
    assertSame(system, Principal.system());
    assertSame(system, Principal.parse("[System Principal]"));
  }

  @Test
  void itIsOfKindSystemOnly() {
    assertEquals(Principal.Kind.SYSTEM, system.kind());
    assertTrue(system.isSystem());
    assertFalse(system.isContent() || system.isExpanded() || system.isNull());
  }

  @Test
  void itsStringFormIsGeckos() {
    assertEquals("[System Principal]", system.origin());
    assertEquals("[System Principal]", system.toString());
  }

  @Test
  void itSubsumesEveryKind() {
    ContentPrincipal a = Principal.content("https://a.com");
    assertTrue(system.subsumes(system));
    assertTrue(system.subsumes(a));
    assertTrue(system.subsumes(Principal.createNull()));
    assertTrue(system.subsumes(Principal.expanded(List.of(a))));
  }

  @Test
  void itIsEqualToItselfOnly() {
    assertEquals(system, system);
    assertNotEquals(system, Principal.content("https://a.com"));
    assertNotEquals(system, Principal.createNull());
  }

  @Test
  void itHasNoSite() {
    assertEquals(Optional.empty(), system.site());
  }
}
