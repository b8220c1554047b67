package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The laws of principals, checked over every pair and triple of {@link PrincipalUniverse#ALL}
 * (and, for larger expanded principals, over random triples from a fixed seed). Each law collects
 * its counterexamples, so a failure lists them; each law also counts the cases where its premise
 * held, so that a law checked only vacuously fails too.
 */
class PrincipalLawsTest {
  private static final List<Principal> ALL = PrincipalUniverse.ALL;
  private static final long SEED = 20240611L;

  @Test
  void theUniverseHasEveryKindAndCollisions() {
    for (Principal.Kind kind : Principal.Kind.values()) {
      assertTrue(ALL.stream().anyMatch(p -> p.kind() == kind), kind.toString());
    }
    long distinct = ALL.stream().distinct().count();
    assertTrue(distinct < ALL.size(), "some principals in the universe are equal to others");
  }

  @Test
  void subsumesIsReflexive() {
    List<String> failures = new ArrayList<>();
    for (Principal p : ALL) {
      if (!p.subsumes(p)) {
        failures.add(p.origin());
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void subsumesIsTransitive() {
    List<String> failures = new ArrayList<>();
    int chains = 0;
    for (Principal a : ALL) {
      for (Principal b : ALL) {
        if (!a.subsumes(b) || a.equals(b)) {
          continue;
        }
        for (Principal c : ALL) {
          if (b.subsumes(c) && !b.equals(c)) {
            chains++;
            if (!a.subsumes(c)) {
              failures.add(a + " > " + b + " > " + c);
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(chains > 1000, "only " + chains + " non-trivial chains a > b > c");
  }

  @Test
  void subsumesIsTransitiveOnRandomLargerExpandedPrincipals() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int chains = 0;
    for (int i = 0; i < 20_000; i++) {
      Principal a = PrincipalUniverse.randomPrincipal(random);
      Principal b = PrincipalUniverse.randomPrincipal(random);
      Principal c = PrincipalUniverse.randomPrincipal(random);
      if (a.subsumes(b) && b.subsumes(c)) {
        chains++;
        if (!a.subsumes(c)) {
          failures.add(a + " > " + b + " > " + c);
        }
      }
    }
    assertEquals(List.of(), failures, "seed " + SEED);
    assertTrue(chains > 100, "only " + chains + " chains with seed " + SEED);
  }

  @Test
  void systemSubsumesEveryPrincipalAndOnlySystemSubsumesSystem() {
    List<String> failures = new ArrayList<>();
    for (Principal p : ALL) {
      if (!Principal.system().subsumes(p)) {
        failures.add("system does not subsume " + p);
      }
      if (p.subsumes(Principal.system()) != p.isSystem()) {
        failures.add(p + " subsumes system: " + p.subsumes(Principal.system()));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void aNullPrincipalSubsumesOnlyItselfAndIsSubsumedOnlyByItselfAndSystem() {
    List<String> failures = new ArrayList<>();
    for (NullPrincipal n : PrincipalUniverse.NULLS) {
      for (Principal x : ALL) {
        if (n.subsumes(x) != n.equals(x)) {
          failures.add(n + " subsumes " + x + ": " + n.subsumes(x));
        }
        if (x.subsumes(n) != (x.isSystem() || x.equals(n))) {
          failures.add(x + " subsumes " + n + ": " + x.subsumes(n));
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void aContentPrincipalSubsumesExactlyTheEqualContentPrincipals() {
    List<String> failures = new ArrayList<>();
    int equalPairs = 0;
    for (ContentPrincipal c : PrincipalUniverse.CONTENT) {
      for (Principal x : ALL) {
        equalPairs += c.equals(x) && c != x ? 1 : 0;
        if (c.subsumes(x) != c.equals(x)) {
          failures.add(c + " subsumes " + x + ": " + c.subsumes(x));
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(equalPairs > 0, "no two distinct instances of one content principal");
  }

  @Test
  void anExpandedPrincipalSubsumesAnExpandedOneExactlyWhenItSubsumesEveryMember() {
    List<String> failures = new ArrayList<>();
    int yes = 0;
    int no = 0;
    for (ExpandedPrincipal e : PrincipalUniverse.EXPANDED) {
      for (ExpandedPrincipal f : PrincipalUniverse.EXPANDED) {
        boolean everyMember = f.allowlist().stream().allMatch(e::subsumes);
        if (e.subsumes(f) != everyMember) {
          failures.add(e + " subsumes " + f + ": " + e.subsumes(f));
        }
        yes += everyMember ? 1 : 0;
        no += everyMember ? 0 : 1;
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(yes > 100 && no > 100, "yes " + yes + ", no " + no);
  }

  @Test
  void anExpandedPrincipalSubsumesAnotherKindExactlyWhenAMemberDoes() {
    List<String> failures = new ArrayList<>();
    int yes = 0;
    for (ExpandedPrincipal e : PrincipalUniverse.EXPANDED) {
      for (Principal x : ALL) {
        if (x.isExpanded()) {
          continue;
        }
        boolean someMember = e.allowlist().stream().anyMatch(m -> m.subsumes(x));
        yes += someMember ? 1 : 0;
        if (e.subsumes(x) != someMember) {
          failures.add(e + " subsumes " + x + ": " + e.subsumes(x));
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(yes > 100, "only " + yes + " cases where a member subsumes");
  }

  @Test
  void onlySystemAndExpandedPrincipalsSubsumeAnExpandedPrincipal() {
    List<String> failures = new ArrayList<>();
    for (Principal x : ALL) {
      for (ExpandedPrincipal e : PrincipalUniverse.EXPANDED) {
        if (x.subsumes(e) && !x.isSystem() && !x.isExpanded()) {
          failures.add(x + " subsumes " + e);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void equalPrincipalsSubsumeEachOther() {
    List<String> failures = new ArrayList<>();
    for (Principal p : ALL) {
      for (Principal q : ALL) {
        if (p.equals(q) && !(p.subsumes(q) && q.subsumes(p))) {
          failures.add(p + " = " + q);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Subsumption is a preorder, not a partial order: expanded principals with the same members in
   * a different order subsume each other without being equal. That is the only exception.
   */
  @Test
  void principalsThatSubsumeEachOtherAreEqualOrExpandedWithTheSameMembers() {
    List<String> failures = new ArrayList<>();
    int reordered = 0;
    for (Principal p : ALL) {
      for (Principal q : ALL) {
        if (!p.subsumes(q) || !q.subsumes(p) || p.equals(q)) {
          continue;
        }
        boolean sameMembers =
            p.isExpanded()
                && q.isExpanded()
                && new HashSet<>(((ExpandedPrincipal) p).allowlist())
                    .equals(new HashSet<>(((ExpandedPrincipal) q).allowlist()));
        reordered++;
        if (!sameMembers) {
          failures.add(p + " ~ " + q);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(reordered > 0);
  }

  @Test
  void parseOfTheStringFormGivesAnEqualPrincipal() {
    List<String> failures = new ArrayList<>();
    for (Principal p : ALL) {
      Principal parsed = Principal.parse(p.origin());
      if (!parsed.equals(p) || parsed.hashCode() != p.hashCode()) {
        failures.add(p.origin() + " parsed to " + parsed.origin());
      }
    }
    assertEquals(List.of(), failures);
    assertSame(Principal.system(), Principal.parse(Principal.system().origin()));
  }

  @Test
  void parseOfTheStringFormGivesAnEqualPrincipalOnRandomLargerExpandedPrincipals() {
    Random random = new Random(SEED);
    for (int i = 0; i < 2_000; i++) {
      Principal p = PrincipalUniverse.randomPrincipal(random);
      assertEquals(p, Principal.parse(p.origin()), "seed " + SEED);
    }
  }

  @Test
  void equalsIsAnEquivalenceConsistentWithHashCodeAndTheStringForm() {
    List<String> failures = new ArrayList<>();
    for (Principal p : ALL) {
      if (!p.equals(p)) {
        failures.add(p + " is not equal to itself");
      }
      for (Principal q : ALL) {
        boolean equal = p.equals(q);
        if (equal != q.equals(p)) {
          failures.add("equals is not symmetric for " + p + " and " + q);
        }
        if (equal && p.hashCode() != q.hashCode()) {
          failures.add("equal but different hash codes: " + p + " and " + q);
        }
        if (equal != p.origin().equals(q.origin())) {
          failures.add("equality disagrees with the string form: " + p + " and " + q);
        }
        if (equal && p.kind() != q.kind()) {
          failures.add("equal across kinds: " + p + " and " + q);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void equalsIsTransitive() {
    List<String> failures = new ArrayList<>();
    for (Principal a : ALL) {
      for (Principal b : ALL) {
        if (!a.equals(b)) {
          continue;
        }
        for (Principal c : ALL) {
          if (b.equals(c) && !a.equals(c)) {
            failures.add(a + " = " + b + " = " + c);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
