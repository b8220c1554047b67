package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an answer of each PowerBox question type must be, and which constraints each type takes. */
class QuestionTypeTest {
  private static final JsonObject NONE = new JsonObject();

  private static Optional<String> validate(QuestionType type, JsonElement answer) {
    return type.validate(answer, NONE);
  }

  private static Optional<String> validate(QuestionType type, String answer) {
    return validate(type, new JsonPrimitive(answer));
  }

  private static void accepted(QuestionType type, JsonElement answer) {
    assertEquals(Optional.empty(), validate(type, answer), type + " " + answer);
  }

  private static String refused(QuestionType type, JsonElement answer, JsonObject constraints) {
    Optional<String> problem = type.validate(answer, constraints);
    assertTrue(problem.isPresent(), type + " accepted " + answer);
    return problem.get();
  }

  private static String refused(QuestionType type, String answer) {
    return refused(type, new JsonPrimitive(answer), NONE);
  }

  // ---- DOMAIN ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "api.example.com",
        "API.Example.COM",
        "localhost",
        "a-b.c-d.example",
        "xn--bcher-kva.example",
        "127.0.0.1",
        "255.255.255.255",
        "127.0.0.1:8080",
        "example.com:1",
        "example.com:65535",
        "[::1]",
        "[::1]:8080",
        "[2001:db8::8a2e:370:7334]",
        "[::ffff:192.0.2.1]:443"
      })
  void domain_accepts(String answer) {
    accepted(QuestionType.DOMAIN, new JsonPrimitive(answer));
  }

  @Test
  void domain_labelsOf63Accepted_64Refused() {
    accepted(QuestionType.DOMAIN, new JsonPrimitive("a".repeat(63) + ".example"));
    refused(QuestionType.DOMAIN, "a".repeat(64) + ".example");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "https://api.example.com",
        "http://api.example.com",
        "api.example.com/inbox",
        "api.example.com/",
        "user@api.example.com",
        "user:pw@api.example.com",
        "-api.example.com",
        "api-.example.com",
        "api..example.com",
        ".example.com",
        "example.com.",
        "exa_mple.com",
        "exämple.com",
        "exa mple.com",
        "256.0.0.1",
        "1.2.3",
        "1.2.3.4.5",
        "::1",
        "[::1",
        "[1.2.3.4]",
        "[::1]x",
        "[::1]8080",
        "[zz::1]",
        "api.example.com?x=1",
        "api.example.com#top"
      })
  void domain_refusesSchemePathUserBadLabelsAndEmpty(String answer) {
    String problem = refused(QuestionType.DOMAIN, answer);
    assertTrue(
        problem.startsWith("a DOMAIN is a host name or IP address with an optional :port, such as api.example.com or 127.0.0.1:8080, not "),
        problem);
    assertTrue(problem.contains(new JsonPrimitive(answer).toString()), problem);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"example.com:0", "example.com:65536", "example.com:99999", "example.com:", "example.com:-1", "example.com:80a", "[::1]:0", "[::1]:", "127.0.0.1:123456"})
  void domain_refusesBadPorts(String answer) {
    String problem = refused(QuestionType.DOMAIN, answer);
    assertTrue(problem.contains(new JsonPrimitive(answer).toString()), problem);
  }

  @Test
  void domain_badPort_saysThePortRange() {
    assertTrue(refused(QuestionType.DOMAIN, "example.com:65536").endsWith("(the port must be 1-65535)"));
  }

  @Test
  void domain_namesOf253Accepted_254Refused() {
    String longest = ("a".repeat(63) + ".").repeat(3) + "b".repeat(61);
    assertEquals(253, longest.length());
    accepted(QuestionType.DOMAIN, new JsonPrimitive(longest));
    refused(QuestionType.DOMAIN, longest + "b");
  }

  /** A bracketed host must be an IPv6 address, not any run of hex digits, colons and dots. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"[:]", "[1:2:3:4:5:6:7:8:9]", "[12345::1]", "[::1::2]", "[1:::2]", "[...:]"})
  void domain_refusesMalformedIpv6(String answer) {
    refused(QuestionType.DOMAIN, answer);
  }

  // ---- URL_PREFIX ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://example.com/",
        "http://example.com/inbox/",
        "HTTPS://EXAMPLE.COM/",
        "https://example.com:8443/a/b/",
        "http://127.0.0.1:8080/",
        "http://[::1]:8080/x/"
      })
  void urlPrefix_accepts(String answer) {
    accepted(QuestionType.URL_PREFIX, new JsonPrimitive(answer));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"ftp://example.com/", "javascript:alert(1)//", "file:///etc/", "data:text/html,x/", "example.com/", "/inbox/", "//example.com/"})
  void urlPrefix_refusesOtherSchemes(String answer) {
    String problem = refused(QuestionType.URL_PREFIX, answer);
    assertEquals(
        "a URL_PREFIX is an http or https URL ending with '/', such as https://example.com/inbox/, not "
            + new JsonPrimitive(answer)
            + " (the scheme must be http or https)",
        problem);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"https://example.com", "https://example.com/inbox", "http://example.com/a/b.html"})
  void urlPrefix_refusesAMissingTrailingSlash(String answer) {
    assertTrue(refused(QuestionType.URL_PREFIX, answer).endsWith(" (it must end with '/')"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"https://example.com/?q=1/", "https://example.com/#frag/", "https://example.com/?/", "https://example.com/#/"})
  void urlPrefix_refusesQueryAndFragment(String answer) {
    assertTrue(refused(QuestionType.URL_PREFIX, answer).endsWith(" (no query or fragment)"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"https://user@example.com/", "https://user:pw@example.com/", "https:///inbox/", "https:/inbox/", "http://exa_mple.com/"})
  void urlPrefix_refusesUserInfoAndNoHost(String answer) {
    assertTrue(refused(QuestionType.URL_PREFIX, answer).endsWith(" (it needs a host and no user)"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"https://exa mple.com/", "https://example.com/a b/", "http://[::1/", ""})
  void urlPrefix_refusesWhatIsNotAUri(String answer) {
    assertTrue(refused(QuestionType.URL_PREFIX, answer).startsWith("a URL_PREFIX is an http or https URL ending with '/'"));
  }

  // ---- PASSWORD_SLOT ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"twitter", "a", "9", "my.slot_name-2", "Z.z"})
  void passwordSlot_accepts(String answer) {
    accepted(QuestionType.PASSWORD_SLOT, new JsonPrimitive(answer));
  }

  @Test
  void passwordSlot_64Accepted_65Refused() {
    accepted(QuestionType.PASSWORD_SLOT, new JsonPrimitive("s".repeat(64)));
    refused(QuestionType.PASSWORD_SLOT, "s".repeat(65));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", ".hidden", "-x", "_x", "a/b", "a b", "a:b", "pässword", "secret\n"})
  void passwordSlot_refuses(String answer) {
    assertEquals(
        "a PASSWORD_SLOT is a slot name of 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, not the string "
            + new JsonPrimitive(answer),
        refused(QuestionType.PASSWORD_SLOT, answer));
  }

  // ---- STRING ----

  @Test
  void string_anyStringWithoutConstraints() {
    accepted(QuestionType.STRING, new JsonPrimitive(""));
    accepted(QuestionType.STRING, new JsonPrimitive("anything at all: <>&\"\n"));
  }

  @Test
  void string_minLength() {
    JsonObject c = Fixtures.object("{'minLength': 2}");
    assertEquals(Optional.empty(), QuestionType.STRING.validate(new JsonPrimitive("ab"), c));
    assertEquals("is shorter than 2 characters", refused(QuestionType.STRING, new JsonPrimitive("a"), c));
  }

  @Test
  void string_maxLength_countsCodePoints() {
    JsonObject c = Fixtures.object("{'maxLength': 2}");
    assertEquals(Optional.empty(), QuestionType.STRING.validate(new JsonPrimitive("😀😀"), c));
    assertEquals("is longer than 2 characters", refused(QuestionType.STRING, new JsonPrimitive("abc"), c));
  }

  @Test
  void string_pattern_mustMatchTheWholeAnswer() {
    JsonObject c = Fixtures.object("{'pattern': '[a-z]+'}");
    assertEquals(Optional.empty(), QuestionType.STRING.validate(new JsonPrimitive("abc"), c));
    assertEquals("does not match the pattern [a-z]+", refused(QuestionType.STRING, new JsonPrimitive("abc1"), c));
    assertEquals("does not match the pattern [a-z]+", refused(QuestionType.STRING, new JsonPrimitive("1abc"), c));
  }

  // ---- INTEGER ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"0", "-1", "42", "1.0", "9007199254740991", "-9007199254740991"})
  void integer_accepts(String answer) {
    accepted(QuestionType.INTEGER, JsonParser.parseString(answer));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"1.5", "\"3\"", "true", "9007199254740992", "-9007199254740992", "null", "[]", "{}"})
  void integer_refuses(String answer) {
    JsonElement value = JsonParser.parseString(answer);
    assertTrue(refused(QuestionType.INTEGER, value, NONE).startsWith("expected an INTEGER, got "));
  }

  @Test
  void integer_refusals_describeTheValue() {
    assertEquals("expected an INTEGER, got the number 1.5", refused(QuestionType.INTEGER, JsonParser.parseString("1.5"), NONE));
    assertEquals("expected an INTEGER, got the string \"3\"", refused(QuestionType.INTEGER, new JsonPrimitive("3"), NONE));
    assertEquals("expected an INTEGER, got the boolean true", refused(QuestionType.INTEGER, new JsonPrimitive(true), NONE));
    assertEquals(
        "expected an INTEGER, got the number 9007199254740992", refused(QuestionType.INTEGER, JsonParser.parseString("9007199254740992"), NONE));
  }

  @Test
  void integer_minAndMax_areInclusive() {
    JsonObject c = Fixtures.object("{'min': 1, 'max': 10}");
    assertEquals(Optional.empty(), QuestionType.INTEGER.validate(new JsonPrimitive(1), c));
    assertEquals(Optional.empty(), QuestionType.INTEGER.validate(new JsonPrimitive(10), c));
    assertEquals("0 is below the minimum 1", refused(QuestionType.INTEGER, new JsonPrimitive(0), c));
    assertEquals("11 is above the maximum 10", refused(QuestionType.INTEGER, new JsonPrimitive(11), c));
  }

  // ---- wrong JSON types, every type ----

  static Stream<Arguments> wrongTypes() {
    return Stream.of(QuestionType.DOMAIN, QuestionType.URL_PREFIX, QuestionType.PASSWORD_SLOT, QuestionType.STRING)
        .flatMap(
            type ->
                Stream.of(
                    Arguments.of(type, new JsonPrimitive(5), "the number 5"),
                    Arguments.of(type, new JsonPrimitive(true), "the boolean true"),
                    Arguments.of(type, JsonNull.INSTANCE, "null"),
                    Arguments.of(type, new JsonArray(), "an array"),
                    Arguments.of(type, new JsonObject(), "an object")));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("wrongTypes")
  void stringTypes_refuseOtherJsonTypes(QuestionType type, JsonElement answer, String described) {
    assertEquals("expected a " + type + " string, got " + described, refused(type, answer, NONE));
  }

  @Test
  void integer_refusesOtherJsonTypes() {
    assertEquals("expected an INTEGER, got null", refused(QuestionType.INTEGER, JsonNull.INSTANCE, NONE));
    assertEquals("expected an INTEGER, got an array", refused(QuestionType.INTEGER, new JsonArray(), NONE));
    assertEquals("expected an INTEGER, got an object", refused(QuestionType.INTEGER, new JsonObject(), NONE));
  }

  // ---- names and constraints ----

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void named_findsEachTypeByItsExactName(QuestionType type) {
    assertEquals(type, QuestionType.named(type.name()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"domain", "Url_Prefix", "FLOAT", ""})
  void named_refusesOtherNames_listingTheTypes(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionType.named(name));
    assertEquals("unknown type " + name + "; expected DOMAIN, URL_PREFIX, PASSWORD_SLOT, STRING or INTEGER", e.getMessage());
  }

  @Test
  void constraintNames_perType() {
    assertEquals(Set.of(), QuestionType.DOMAIN.constraintNames());
    assertEquals(Set.of(), QuestionType.URL_PREFIX.constraintNames());
    assertEquals(Set.of(), QuestionType.PASSWORD_SLOT.constraintNames());
    assertEquals(Set.of("minLength", "maxLength", "pattern"), QuestionType.STRING.constraintNames());
    assertEquals(Set.of("min", "max"), QuestionType.INTEGER.constraintNames());
  }

  @Test
  void checkConstraints_acceptsKnownNamesWithValuesOfTheRightKind() {
    assertEquals(Optional.empty(), QuestionType.STRING.checkConstraints(Fixtures.object("{'minLength': 1, 'maxLength': 5, 'pattern': '[a-z]*'}")));
    assertEquals(Optional.empty(), QuestionType.INTEGER.checkConstraints(Fixtures.object("{'min': -3, 'max': 3}")));
    for (QuestionType type : QuestionType.values()) {
      assertEquals(Optional.empty(), type.checkConstraints(new JsonObject()));
    }
  }

  @Test
  void checkConstraints_refusesAnUnknownName() {
    assertEquals(
        Optional.of("constraint min does not apply to DOMAIN, which takes none"), QuestionType.DOMAIN.checkConstraints(Fixtures.object("{'min': 1}")));
    assertEquals(
        Optional.of("constraint min does not apply to STRING; it takes maxLength, minLength, pattern"),
        QuestionType.STRING.checkConstraints(Fixtures.object("{'min': 1}")));
    assertEquals(
        Optional.of("constraint pattern does not apply to INTEGER; it takes max, min"),
        QuestionType.INTEGER.checkConstraints(Fixtures.object("{'pattern': 'x'}")));
    assertEquals(
        Optional.of("constraint maxLength does not apply to URL_PREFIX, which takes none"),
        QuestionType.URL_PREFIX.checkConstraints(Fixtures.object("{'maxLength': 3}")));
  }

  @Test
  void checkConstraints_refusesAWrongKindOfValue() {
    assertEquals(
        Optional.of("constraint minLength must be an integer, got \"3\""), QuestionType.STRING.checkConstraints(Fixtures.object("{'minLength': '3'}")));
    assertEquals(Optional.of("constraint max must be an integer, got 1.5"), QuestionType.INTEGER.checkConstraints(Fixtures.object("{'max': 1.5}")));
    assertEquals(Optional.of("constraint min must be an integer, got true"), QuestionType.INTEGER.checkConstraints(Fixtures.object("{'min': true}")));
    assertEquals(Optional.of("constraint pattern must be a string"), QuestionType.STRING.checkConstraints(Fixtures.object("{'pattern': 5}")));
  }

  @Test
  void checkConstraints_refusesABadRegex() {
    Optional<String> problem = QuestionType.STRING.checkConstraints(Fixtures.object("{'pattern': '(a'}"));
    assertTrue(problem.orElseThrow().startsWith("constraint pattern is not a valid regular expression: "), problem.toString());
  }

  /** Hosts URL parsers would read as IPv4 in another base: a reviewer could read another host. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"010.0.0.1", "127.000.0.1", "0x7f.1", "example.0x7f", "1.2.3", "example.123", "0x7f000001"})
  void domain_refusesAmbiguousNumericHosts(String answer) {
    refused(QuestionType.DOMAIN, answer);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"[1:2:3:4:5:6:7:8]", "[fe80::]", "[::]", "[1::2:3]", "[::ffff:10.0.0.1]"})
  void domain_acceptsWellFormedIpv6(String answer) {
    accepted(QuestionType.DOMAIN, new JsonPrimitive(answer));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"[1:2:3:4:5:6:7]", "[::ffff:010.0.0.1]", "[::ffff:1.2.3]", "[1:2:3:4:5:6:7:8::]"})
  void domain_refusesIpv6WithTooFewGroupsOrABadTail(String answer) {
    refused(QuestionType.DOMAIN, answer);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"https://example.com:0/", "https://example.com:99999/"})
  void urlPrefix_refusesPortsOutOfRange(String answer) {
    assertTrue(refused(QuestionType.URL_PREFIX, answer).endsWith("(the port must be 1-65535)"), answer);
  }

  @Test
  void checkConstraints_refusesBoundsNoAnswerCouldMeet() {
    assertEquals(
        Optional.of("constraint min is above max; no answer could meet both"),
        QuestionType.INTEGER.checkConstraints(Fixtures.object("{'min': 5, 'max': 4}")));
    assertEquals(
        Optional.of("constraint minLength is above maxLength; no answer could meet both"),
        QuestionType.STRING.checkConstraints(Fixtures.object("{'minLength': 5, 'maxLength': 4}")));
    assertEquals(
        Optional.of("constraint minLength must not be negative, got -1"),
        QuestionType.STRING.checkConstraints(Fixtures.object("{'minLength': -1}")));
    assertEquals(Optional.empty(), QuestionType.INTEGER.checkConstraints(Fixtures.object("{'min': 4, 'max': 4}")));
  }
}
