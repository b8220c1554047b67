package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical JSON: one text, and so one id, per document, and refusal of what has no one form. */
class CanonicalJsonTest {

  private static JsonElement parse(String text) {
    return JsonParser.parseString(text);
  }

  private static String canonical(String text) {
    return CanonicalJson.of(parse(text));
  }

  @Test
  void memberOrderWhitespaceAndEscapes_doNotChangeTheTextOrTheHash() {
    String a = "{\"b\": [1, 2, {\"y\": true, \"x\": null}], \"a\": \"caf\\u00e9 \\\"q\\\"\"}";
    String b = "{ \"a\" : \"café \\u0022q\\u0022\" ,\n\t\"b\":[ 1 ,2,{ \"x\":null,\"y\" : true } ] }";
    assertEquals(canonical(a), canonical(b));
    assertEquals(CanonicalJson.sha256(parse(a)), CanonicalJson.sha256(parse(b)));
    assertTrue(CanonicalJson.same(parse(a), parse(b)));
    assertEquals("{\"a\":\"café \\\"q\\\"\",\"b\":[1,2,{\"x\":null,\"y\":true}]}", canonical(a));
  }

  @Test
  void aChangedValue_changesTheTextAndTheHash() {
    String a = "{\"a\": 1, \"b\": [\"x\"]}";
    String b = "{\"a\": 1, \"b\": [\"y\"]}";
    assertNotEquals(canonical(a), canonical(b));
    assertNotEquals(CanonicalJson.sha256(parse(a)), CanonicalJson.sha256(parse(b)));
    assertFalse(CanonicalJson.same(parse(a), parse(b)));
  }

  @Test
  void arrayOrder_isKept() {
    assertEquals("[3,1,2]", canonical("[3, 1, 2]"));
    assertNotEquals(canonical("[1, 2]"), canonical("[2, 1]"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {}                                   | {}
          []                                   | []
          null                                 | null
          true                                 | true
          [false, null, "", 0, -7]             | [false,null,"",0,-7]
          {"z": 1, "a": {"d": [], "c": {}}}    | {"a":{"c":{},"d":[]},"z":1}
          [[1, [2, [3, []]]], [[]]]            | [[1,[2,[3,[]]]],[[]]]
          {"B": 1, "a": 2, "_": 3, "A": 4}     | {"A":4,"B":1,"_":3,"a":2}
          """)
  void exactCanonicalText(String document, String expected) {
    assertEquals(expected, canonical(document));
  }

  @Test
  void controlCharacters_areEscapedAsJsonRequires() {
    JsonPrimitive s = new JsonPrimitive("q\" b\\ \b\f\n\r\t \u0000 \u001f \u007f /");
    assertEquals("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0000 \\u001f \u007f /\"", CanonicalJson.of(s));
  }

  @Test
  void unicode_isWrittenAsItselfNotEscaped() {
    assertEquals("\"é€😀\u2028\"", canonical("\"\\u00e9\\u20ac\\ud83d\\ude00\\u2028\""));
    assertEquals(
        CanonicalJson.sha256("\"é€😀\u2028\"".getBytes(StandardCharsets.UTF_8)),
        CanonicalJson.sha256(parse("\"\\u00e9\\u20ac\\ud83d\\ude00\\u2028\"")));
  }

  @Test
  void keys_sortByUtf16CodeUnits() {
    // U+FF61 sorts after U+D83D (the high surrogate of U+1F600) in UTF-16, before it in code points.
    JsonObject o = new JsonObject();
    o.addProperty("\uff61", 1);
    o.addProperty("😀", 2);
    o.addProperty("é", 3);
    assertEquals("{\"é\":3,\"😀\":2,\"\uff61\":1}", CanonicalJson.of(o));
  }

  @Test
  void keysAreEscapedLikeStrings() {
    JsonObject o = new JsonObject();
    o.addProperty("a\"b\n", 1);
    assertEquals("{\"a\\\"b\\n\":1}", CanonicalJson.of(o));
  }

  @Test
  void sha256_isLowercaseHexOfTheUtf8Text() {
    assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", CanonicalJson.sha256(parse("{}")));
    assertEquals(CanonicalJson.sha256("[1,\"é\"]".getBytes(StandardCharsets.UTF_8)), CanonicalJson.sha256(parse("[1.0, \"\\u00e9\"]")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "1.000"})
  void oneAndOnePointZero_areTheSame(String spelling) {
    assertEquals("{\"n\":1}", canonical("{\"n\": " + spelling + "}"));
    assertEquals(CanonicalJson.sha256(parse("{\"n\": 1}")), CanonicalJson.sha256(parse("{\"n\": " + spelling + "}")));
  }

  @Test
  void negativeZero_isZero() {
    assertEquals("[0,0]", canonical("[-0, 0.0]"));
  }

  @Test
  void safeIntegers_atTheLimits_areAllowed() {
    assertEquals("[9007199254740991,-9007199254740991]", canonical("[9007199254740991, -9007199254740991]"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.5", "-0.25", "1e-3", "2.55E1"})
  void fractions_areRefusedNamingThePath(String number) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> canonical("{\"a\": [0, {\"b\": " + number + "}]}"));
    assertEquals(
        "canonical JSON: $.a[1].b is "
            + number
            + "; only integers between -9007199254740991 and 9007199254740991 have one canonical form",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"9007199254740992", "-9007199254740992", "18446744073709551616", "1e300", "-1E16"})
  void integersBeyondTwoToThe53MinusOne_andHugeExponents_areRefusedNamingThePath(String number) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> canonical("{\"x\": {\"y\": " + number + "}}"));
    assertTrue(e.getMessage().startsWith("canonical JSON: $.x.y is " + number + "; only integers"), e.getMessage());
  }

  @Test
  void refusal_fromJavaBuiltNumbers_namesThePathToo() {
    JsonArray array = new JsonArray();
    array.add(new JsonPrimitive(0.5));
    JsonObject o = new JsonObject();
    o.add("list", array);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(o));
    assertTrue(e.getMessage().startsWith("canonical JSON: $.list[0] is 0.5;"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.sha256(o));
  }

  @Test
  void javaNull_andJsonNull_areNull() {
    assertEquals("null", CanonicalJson.of(JsonNull.INSTANCE));
    JsonArray array = new JsonArray();
    array.add((JsonElement) null);
    assertEquals("[null]", CanonicalJson.of(array));
  }

  @Test
  void bigDecimalWithTrailingZeros_isTheInteger() {
    assertEquals("120", CanonicalJson.of(new JsonPrimitive(new BigDecimal("120.00"))));
  }

  /**
   * A lone surrogate has no UTF-8 form: hashing it as {@code ?} gave two different documents one id
   * (RFC 8785 refuses such strings).
   */
  @Test
  void loneSurrogate_isRefusedRatherThanHashedLikeAQuestionMark() {
    JsonElement lone = parse("{\"a\": [\"ok\", \"x\\ud800\"]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.sha256(lone));
    assertEquals("canonical JSON: $.a[1] holds a lone surrogate (\\ud800), which has no UTF-8 form", e.getMessage());
    assertEquals("{\"a\":\"?\"}", canonical("{\"a\": \"?\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\\udc00", "\\ude00\\ud83d", "\\ud83d", "a\\ud83dz"})
  void loneSurrogates_inValuesAndKeys_refused(String escaped) {
    assertThrows(IllegalArgumentException.class, () -> canonical("\"" + escaped + "\""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> canonical("{\"" + escaped + "\": 1}"));
    assertTrue(e.getMessage().contains("(the key) holds a lone surrogate"), e.getMessage());
  }

  @Test
  void pairedSurrogates_areOneCharacter() {
    assertEquals("\"\ud83d\ude00\"", canonical("\"\\ud83d\\ude00\""));
  }
}
