package dev.compartments.principals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalTest {

  // ---- The subsumes/equals matrix: every ordered pair of these samples, all four kinds. ----

  /** One dimension of the matrix: sample principals, with the samples each one subsumes. */
  enum Sample {
    SYSTEM,
    CONTENT_A,
    CONTENT_A_AGAIN,
    CONTENT_A_CONTAINER_2,
    CONTENT_A_PORT_8080,
    CONTENT_B,
    NULL_1,
    NULL_1_PARSED,
    NULL_2,
    EXPANDED_A,
    EXPANDED_A_B,
    EXPANDED_B_A,
    EXPANDED_A_CONTAINER_2;
  }

  private static final Map<Sample, Principal> SAMPLES = new EnumMap<>(Sample.class);

  /** Expected: which samples each sample subsumes. Written out by hand, not computed. */
  private static final Map<Sample, Set<Sample>> SUBSUMES = new EnumMap<>(Sample.class);

  /** Expected: the classes of equal samples; every other pair is unequal. */
  private static final List<Set<Sample>> EQUAL =
      List.of(
          EnumSet.of(Sample.CONTENT_A, Sample.CONTENT_A_AGAIN),
          EnumSet.of(Sample.NULL_1, Sample.NULL_1_PARSED));

  static {
    ContentPrincipal a = Principal.content("https://a.com");
    ContentPrincipal a2 = Principal.content("https://a.com", OriginAttributes.DEFAULT.withUserContextId(2));
    ContentPrincipal b = Principal.content("https://b.com");
    NullPrincipal null1 = Principal.createNull();
    SAMPLES.put(Sample.SYSTEM, Principal.system());
    SAMPLES.put(Sample.CONTENT_A, a);
    SAMPLES.put(Sample.CONTENT_A_AGAIN, Principal.content("HTTPS://A.com:443/other/path"));
    SAMPLES.put(Sample.CONTENT_A_CONTAINER_2, a2);
    SAMPLES.put(Sample.CONTENT_A_PORT_8080, Principal.content("https://a.com:8080"));
    SAMPLES.put(Sample.CONTENT_B, b);
    SAMPLES.put(Sample.NULL_1, null1);
    SAMPLES.put(Sample.NULL_1_PARSED, Principal.parse(null1.origin()));
    SAMPLES.put(Sample.NULL_2, Principal.createNull());
    SAMPLES.put(Sample.EXPANDED_A, Principal.expanded(List.of(a)));
    SAMPLES.put(Sample.EXPANDED_A_B, Principal.expanded(List.of(a, b)));
    SAMPLES.put(Sample.EXPANDED_B_A, Principal.expanded(List.of(b, a)));
    SAMPLES.put(Sample.EXPANDED_A_CONTAINER_2, Principal.expanded(List.of(a, a2)));

    Set<Sample> contentA = EnumSet.of(Sample.CONTENT_A, Sample.CONTENT_A_AGAIN);
    SUBSUMES.put(Sample.SYSTEM, EnumSet.allOf(Sample.class));
    SUBSUMES.put(Sample.CONTENT_A, contentA);
    SUBSUMES.put(Sample.CONTENT_A_AGAIN, contentA);
    SUBSUMES.put(Sample.CONTENT_A_CONTAINER_2, EnumSet.of(Sample.CONTENT_A_CONTAINER_2));
    SUBSUMES.put(Sample.CONTENT_A_PORT_8080, EnumSet.of(Sample.CONTENT_A_PORT_8080));
    SUBSUMES.put(Sample.CONTENT_B, EnumSet.of(Sample.CONTENT_B));
    SUBSUMES.put(Sample.NULL_1, EnumSet.of(Sample.NULL_1, Sample.NULL_1_PARSED));
    SUBSUMES.put(Sample.NULL_1_PARSED, EnumSet.of(Sample.NULL_1, Sample.NULL_1_PARSED));
    SUBSUMES.put(Sample.NULL_2, EnumSet.of(Sample.NULL_2));
    SUBSUMES.put(
        Sample.EXPANDED_A,
        EnumSet.of(Sample.CONTENT_A, Sample.CONTENT_A_AGAIN, Sample.EXPANDED_A));
    Set<Sample> ab =
        EnumSet.of(
            Sample.CONTENT_A,
            Sample.CONTENT_A_AGAIN,
            Sample.CONTENT_B,
            Sample.EXPANDED_A,
            Sample.EXPANDED_A_B,
            Sample.EXPANDED_B_A);
    SUBSUMES.put(Sample.EXPANDED_A_B, ab);
    SUBSUMES.put(Sample.EXPANDED_B_A, ab);
    SUBSUMES.put(
        Sample.EXPANDED_A_CONTAINER_2,
        EnumSet.of(
            Sample.CONTENT_A,
            Sample.CONTENT_A_AGAIN,
            Sample.CONTENT_A_CONTAINER_2,
            Sample.EXPANDED_A,
            Sample.EXPANDED_A_CONTAINER_2));
  }

  static Stream<Arguments> everyPairOfSamples() {
    return Arrays.stream(Sample.values())
        .flatMap(x -> Arrays.stream(Sample.values()).map(y -> Arguments.of(x, y)));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("everyPairOfSamples")
  void subsumesAndEqualsMatchTheTable(Sample x, Sample y) {
    Principal px = SAMPLES.get(x);
    Principal py = SAMPLES.get(y);
    boolean expectEqual = x == y || EQUAL.stream().anyMatch(c -> c.contains(x) && c.contains(y));

    assertEquals(SUBSUMES.get(x).contains(y), px.subsumes(py), x + " subsumes " + y);
    assertEquals(expectEqual, px.equals(py), x + " equals " + y);

    // Invariants after every case.
    assertEquals(py.equals(px), px.equals(py), "equals is symmetric");
    if (expectEqual) {
      assertEquals(px.hashCode(), py.hashCode(), "equal principals have equal hash codes");
      assertTrue(px.subsumes(py) && py.subsumes(px), "equal principals subsume each other");
    }
    if (px.kind() != py.kind()) {
      assertFalse(px.equals(py), "different kinds are never equal");
    }
  }

  @Test
  void theMatrixCoversEveryKindAgainstEveryKind() {
    Set<String> kindPairs = new HashSet<>();
    for (Sample x : Sample.values()) {
      for (Sample y : Sample.values()) {
        kindPairs.add(SAMPLES.get(x).kind() + "/" + SAMPLES.get(y).kind());
      }
    }
    assertEquals(16, kindPairs.size());
  }

  // ---- subsumes(null) and equals(null) ----

  @ParameterizedTest
  @EnumSource(Sample.class)
  void subsumes_null_throws(Sample sample) {
    Principal principal = SAMPLES.get(sample);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> principal.subsumes(null));
    assertEquals("The principal to compare with must not be null", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Sample.class)
  void equals_null_isFalseAsObjectRequires(Sample sample) {
    assertFalse(SAMPLES.get(sample).equals(null));
  }

  // ---- Expanded principals ----

  @Test
  void expanded_subsumesExactlyItsMembersAmongNonExpandedPrincipals() {
    ContentPrincipal a = Principal.content("https://a.com");
    ContentPrincipal b = Principal.content("https://b.com");
    ExpandedPrincipal e = Principal.expanded(List.of(a, b));
    assertTrue(e.subsumes(a));
    assertTrue(e.subsumes(Principal.content("https://b.com/x")));
    assertFalse(e.subsumes(Principal.content("https://c.com")));
    assertFalse(e.subsumes(Principal.content("http://a.com")));
    assertFalse(e.subsumes(Principal.system()));
    assertFalse(e.subsumes(Principal.createNull()));
  }

  @Test
  void expanded_subsumesAnotherExpandedExactlyWhenItSubsumesEveryMember() {
    ContentPrincipal a = Principal.content("https://a.com");
    ContentPrincipal b = Principal.content("https://b.com");
    ContentPrincipal c = Principal.content("https://c.com");
    ExpandedPrincipal abc = Principal.expanded(List.of(a, b, c));
    ExpandedPrincipal ca = Principal.expanded(List.of(c, a));
    ExpandedPrincipal ad = Principal.expanded(List.of(a, Principal.content("https://d.com")));
    assertTrue(abc.subsumes(ca));
    assertFalse(ca.subsumes(abc));
    assertFalse(abc.subsumes(ad));
    assertTrue(ca.subsumes(Principal.expanded(List.of(a, a, c))));
  }

  @Test
  void expanded_isSubsumedOnlyBySystemAndExpandedPrincipals() {
    ContentPrincipal a = Principal.content("https://a.com");
    ExpandedPrincipal justA = Principal.expanded(List.of(a));
    assertTrue(Principal.system().subsumes(justA));
    assertFalse(a.subsumes(justA), "content never subsumes expanded, even its only member");
    assertFalse(Principal.createNull().subsumes(justA));
  }

  @Test
  void expanded_systemMember_throws() {
    List<Principal> members = List.of(Principal.content("https://a.com"), Principal.system());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(members));
    assertTrue(
        e.getMessage().startsWith("A system principal cannot be a member of an expanded principal"),
        e.getMessage());
  }

  @Test
  void expanded_emptyList_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(List.of()));
    assertEquals(
        "An expanded principal needs at least one member, got an empty list", e.getMessage());
  }

  @Test
  void expanded_nullList_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(null));
    assertEquals("The members of an expanded principal must not be null", e.getMessage());
  }

  @Test
  void expanded_nullMember_throwsNamingItsIndex() {
    List<Principal> members = new ArrayList<>();
    members.add(Principal.content("https://a.com"));
    members.add(null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(members));
    assertEquals("Member 1 of an expanded principal must not be null", e.getMessage());
  }

  @Test
  void expanded_nullPrincipalMember_throwsNamingIt() {
    NullPrincipal member = Principal.createNull();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(List.of(member)));
    assertEquals(
        "An expanded principal's members must be content principals, but member 0 is "
            + member.origin(),
        e.getMessage());
  }

  @Test
  void expanded_expandedMember_throwsNamingIt() {
    ExpandedPrincipal inner = Principal.expanded(List.of(Principal.content("https://a.com")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.expanded(List.of(inner)));
    assertTrue(e.getMessage().endsWith("member 0 is [Expanded Principal [https://a.com]]"));
  }

  @Test
  void expanded_copiesTheListAndKeepsItsOrder() {
    ContentPrincipal b = Principal.content("https://b.com");
    ContentPrincipal a = Principal.content("https://a.com");
    List<ContentPrincipal> members = new ArrayList<>(List.of(b, a));
    ExpandedPrincipal e = Principal.expanded(members);
    members.add(Principal.content("https://c.com"));
    members.set(0, a);
    assertEquals(List.of(b, a), e.allowlist());
    assertEquals("[Expanded Principal [https://b.com, https://a.com]]", e.origin());
  }

  // ---- Factories ----

  @Test
  void system_isOneInstance() {
    assertSame(Principal.system(), Principal.system());
    assertSame(Principal.system(), Principal.parse("[System Principal]"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://a.com/x?y#z, https://a.com",
    "about:config, about:config",
    "file:///a/b.html, file:///a/b.html",
    "blob:https://a.com/uuid, https://a.com"
  })
  void fromUrl_urlWithOrigin_givesContentPrincipal(String url, String origin) {
    Principal principal = Principal.fromUrl(url);
    assertTrue(principal.isContent());
    assertEquals(origin, principal.origin());
    assertEquals(Principal.content(url), principal);
  }

  @Test
  void fromUrl_withAttributes_keepsThemOnContentAndNullPrincipals() {
    OriginAttributes attributes = new OriginAttributes(3, 1, "a.com");
    Principal content = Principal.fromUrl("https://a.com", attributes);
    Principal none = Principal.fromUrl("about:blank", attributes);
    assertEquals(attributes, ((ContentPrincipal) content).originAttributes());
    assertEquals(attributes, ((NullPrincipal) none).originAttributes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          about:blank          | it is about:blank
          About:Blank?x        | it is about:blank
          data:text/plain,hi   | it is a data: URL
          javascript:alert(1)  | it is a javascript: URL
          mailto:a@b.com       | it has no //authority
          """)
  void content_urlGivingANullPrincipal_throwsNamingIt(String url, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.content(url));
    assertEquals(
        "URL \"" + url + "\" gives a null principal, not a content principal, because " + reason,
        e.getMessage());
  }

  @Test
  void factories_nullAttributes_throw() {
    String message = "Origin attributes must not be null; use OriginAttributes.DEFAULT";
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Principal.content("https://a.com", null))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Principal.fromUrl("https://a.com", null))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Principal.createNull(null))
            .getMessage());
  }

  @Test
  void createNull_givesAFreshPrincipalEachTime() {
    NullPrincipal first = Principal.createNull();
    NullPrincipal second = Principal.createNull();
    assertNotEquals(first, second);
    assertNotEquals(first.id(), second.id());
    assertFalse(first.subsumes(second));
  }

  // ---- String forms and parsing ----

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind4.class)
  void isMethods_answerForExactlyTheirKind(Kind4 sample) {
    Principal p = sample.principal;
    assertEquals(p.kind() == Principal.Kind.SYSTEM, p.isSystem());
    assertEquals(p.kind() == Principal.Kind.CONTENT, p.isContent());
    assertEquals(p.kind() == Principal.Kind.EXPANDED, p.isExpanded());
    assertEquals(p.kind() == Principal.Kind.NULL, p.isNull());
    assertEquals(sample.name(), p.kind().name());
  }

  /** One principal of each kind. */
  enum Kind4 {
    SYSTEM(Principal.system()),
    CONTENT(Principal.content("https://a.com")),
    EXPANDED(Principal.expanded(List.of(Principal.content("https://a.com")))),
    NULL(Principal.createNull());

    final Principal principal;

    Kind4(Principal principal) {
      this.principal = principal;
    }
  }

  @Test
  void stringForms_followGecko() {
    OriginAttributes container2 = OriginAttributes.DEFAULT.withUserContextId(2);
    ContentPrincipal a = Principal.content("https://a.com");
    ContentPrincipal b2 = Principal.content("http://b.com:8080/x", container2);
    NullPrincipal none = Principal.createNull();

    assertEquals("[System Principal]", Principal.system().origin());
    assertEquals("https://a.com", a.origin());
    assertEquals("http://b.com:8080^userContextId=2", b2.origin());
    assertEquals("moz-nullprincipal:{" + none.id() + "}", none.origin());
    assertTrue(none.origin().matches("moz-nullprincipal:\\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}}"));
    NullPrincipal privateNull =
        Principal.createNull(OriginAttributes.DEFAULT.withPrivateBrowsingId(1));
    assertEquals(
        "moz-nullprincipal:{" + privateNull.id() + "}^privateBrowsingId=1", privateNull.origin());
    assertEquals(
        "[Expanded Principal [https://a.com, http://b.com:8080^userContextId=2]]",
        Principal.expanded(List.of(a, b2)).origin());
  }

  @ParameterizedTest
  @EnumSource(Sample.class)
  void toString_isTheOrigin(Sample sample) {
    assertEquals(SAMPLES.get(sample).origin(), SAMPLES.get(sample).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[System Principal]",
        "https://a.com",
        "https://a.com^userContextId=2",
        "http://a.com:8080^userContextId=1&privateBrowsingId=1&firstPartyDomain=a.com",
        "http://[::1]:8080^firstPartyDomain=[::1]",
        "about:config",
        "about:a%20b%5Ec",
        "file:///home/a%20b/c.html^privateBrowsingId=1",
        "moz-extension://0f8fad5b-d9cb-469f-a165-70867728950e",
        "moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e}^userContextId=4",
        "[Expanded Principal [https://a.com]]",
        "[Expanded Principal [https://b.com, https://a.com^userContextId=2]]",
        "[Expanded Principal [http://[::1], http://[2001:db8::1]:81]]",
        "[Expanded Principal [https://a.com, https://a.com]]",
        "[Expanded Principal [file:///a,b/c]]"
      })
  void parse_everyStringForm_givesItBack(String serialized) {
    Principal parsed = Principal.parse(serialized);
    assertEquals(serialized, parsed.origin());
    assertEquals(parsed, Principal.parse(parsed.origin()));
  }

  @ParameterizedTest
  @EnumSource(Sample.class)
  void parse_ofOrigin_equalsThePrincipal(Sample sample) {
    Principal principal = SAMPLES.get(sample);
    assertEquals(principal, Principal.parse(principal.origin()));
  }

  @Test
  void parse_nullForm_givesAnEqualNullPrincipal() {
    Principal parsed = Principal.parse("moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e}");
    assertEquals(
        UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ((NullPrincipal) parsed).id());
  }

  static Stream<Arguments> malformedPrincipals() {
    return Stream.of(
        Arguments.of("", "Malformed principal \"\""),
        Arguments.of("[System Principal] ", "Malformed principal \"[System Principal] \""),
        Arguments.of("[system principal]", "Malformed principal \"[system principal]\""),
        Arguments.of("System", "Malformed principal \"System\""),
        Arguments.of("https://a.com/", "expected a normalized origin, such as \"https://a.com\""),
        Arguments.of("HTTPS://a.com", "expected a normalized origin, such as \"https://a.com\""),
        Arguments.of("https://a.com:443", "expected a normalized origin, such as \"https://a.com\""),
        Arguments.of("https://a.com^", "Malformed origin attributes suffix \"^\""),
        Arguments.of("https://a.com^userContextId=x", "found \"x\""),
        Arguments.of("https://a.com^userContextId=2^x", "found \"2^x\""),
        Arguments.of("http://", "Malformed principal \"http://\""),
        Arguments.of("data:,x", "it has no origin because it is a data: URL"),
        Arguments.of("about:blank", "it has no origin because it is about:blank"),
        Arguments.of("moz-nullprincipal:{xyz}", "Malformed null principal \"moz-nullprincipal:{xyz}\""),
        Arguments.of(
            "moz-nullprincipal:{0F8FAD5B-D9CB-469F-A165-70867728950E}",
            "with a lower-case UUID"),
        Arguments.of(
            "moz-nullprincipal:0f8fad5b-d9cb-469f-a165-70867728950e",
            "expected moz-nullprincipal:{uuid}"),
        Arguments.of(
            "moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e}x",
            "expected moz-nullprincipal:{uuid}"),
        Arguments.of("[Expanded Principal []]", "expected at least one member"),
        Arguments.of("[Expanded Principal [https://a.com]", "with a final \"]]\""),
        Arguments.of("[Expanded Principal [", "with a final \"]]\""),
        Arguments.of(
            "[Expanded Principal [https://a.com]]^userContextId=1", "with a final \"]]\""),
        Arguments.of(
            "[Expanded Principal [https://a.com,https://b.com]]",
            "expected a normalized origin"),
        Arguments.of(
            "[Expanded Principal [https://a.com,  https://b.com]]",
            "Malformed principal \" https://b.com\""),
        Arguments.of("[Expanded Principal [[System Principal]]]", "serialized content principals"),
        Arguments.of(
            "[Expanded Principal [moz-nullprincipal:{0f8fad5b-d9cb-469f-a165-70867728950e}]]",
            "it has no origin because it has no //authority"),
        Arguments.of(
            "[Expanded Principal [[Expanded Principal [https://a.com]]]]",
            "serialized content principals"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformedPrincipals")
  void parse_malformed_throwsNamingTheInput(String serialized, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.parse(serialized));
    assertTrue(e.getMessage().contains("\"" + serialized + "\""), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void parse_null_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Principal.parse(null));
    assertEquals(
        "Malformed principal null: expected the string form of a principal", e.getMessage());
  }

  // ---- Sites ----

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://a.b.example.co.uk            | https://example.co.uk
          https://www.example.com:8443/x       | https://example.com
          http://example.com                   | http://example.com
          https://co.uk                        | https://co.uk
          https://com                          | https://com
          http://localhost:8080                | http://localhost
          http://127.0.0.1:8080                | http://127.0.0.1
          http://10.1.2.3                      | http://10.1.2.3
          http://[::1]:8080                    | http://[::1]
          http://[2001:db8::1]                 | http://[2001:db8::1]
          https://foo.github.io                | https://foo.github.io
          https://a.foo.github.io              | https://foo.github.io
          https://intranet                     | https://intranet
          https://a.b.example                  | https://a.b.example
          https://a.example.com.               | https://example.com.
          http://www.bücher.de                 | http://xn--bcher-kva.de
          http://a_b.example.com               | http://example.com
          moz-extension://uuid/x               | moz-extension://uuid
          about:config                         | about:config
          file:///a/b.html                     | file:///a/b.html
          file://server/a/b.html               | file://server/a/b.html
          """)
  void site_isSchemePlusRegistrableDomain(String url, String site) {
    assertEquals(Optional.of(site), Principal.content(url).site());
  }

  @Test
  void site_keepsTheAttributeSuffix() {
    OriginAttributes attributes = new OriginAttributes(2, 0, "example.com");
    assertEquals(
        Optional.of("https://example.com^userContextId=2&firstPartyDomain=example.com"),
        Principal.content("https://a.example.com", attributes).site());
  }

  @Test
  void site_isEmptyForSystemNullAndExpanded() {
    assertEquals(Optional.empty(), Principal.system().site());
    assertEquals(Optional.empty(), Principal.createNull().site());
    assertEquals(
        Optional.empty(),
        Principal.expanded(List.of(Principal.content("https://a.com"))).site());
  }
}
