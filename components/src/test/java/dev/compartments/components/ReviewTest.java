package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTest {
  private static final KeyPair ALICE = ReviewKeys.generate();
  private static final KeyPair MALLORY = ReviewKeys.generate();

  @TempDir Path temp;

  /**
   * Writes a component folder {@code dir} (package.json and lib/main.js) and reads it. Shared by
   * the other tests of this package.
   */
  static ComponentDescription component(Path dir, String name, String provides, Map<String, String> endowments, boolean chrome) {
    String slots =
        endowments.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
            .collect(Collectors.joining(", "));
    String json =
        "{\"name\": \""
            + name
            + "\", \"description\": \"the "
            + name
            + " component\", \"component\": {\"provides\": \""
            + provides
            + "\", \"endowments\": {"
            + slots
            + "}, \"params\": {\"label\": \"STRING\"}, \"chrome\": "
            + chrome
            + "}}";
    try {
      Files.createDirectories(dir.resolve("lib"));
      Files.writeString(dir.resolve("package.json"), json);
      Files.writeString(dir.resolve("lib/main.js"), "module.exports = (endowments, params) => Object.freeze({});\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ComponentDescription.read(dir);
  }

  private ComponentDescription twitter() {
    return component(temp.resolve("twitter"), "twitter-api", "TwitterAPI", Map.of("xhr", "RestrictedXHR", "password", "PasswordSlot"), false);
  }

  @Test
  void statement_withNoEndowments_saysNoApis() {
    ComponentDescription c = component(temp.resolve("c"), "icon", "StatusIcon", Map.of(), false);
    assertEquals("component " + c.id() + ", endowed with no APIs, correctly and safely provides API StatusIcon", Review.statement(c));
  }

  @Test
  void statement_joinsDistinctSortedApisWithAnd() {
    ComponentDescription one = component(temp.resolve("one"), "one", "Z", Map.of("x", "Xhr"), false);
    ComponentDescription two = component(temp.resolve("two"), "two", "Z", Map.of("b", "Y", "a", "X"), false);
    Map<String, String> four = new LinkedHashMap<>();
    four.put("d", "Y");
    four.put("a", "X");
    four.put("c", "X");
    four.put("b", "W");
    ComponentDescription three = component(temp.resolve("three"), "three", "Z", four, false);
    assertEquals("component " + one.id() + ", endowed with APIs Xhr, correctly and safely provides API Z", Review.statement(one));
    assertEquals("component " + two.id() + ", endowed with APIs X and Y, correctly and safely provides API Z", Review.statement(two));
    assertEquals("component " + three.id() + ", endowed with APIs W, X and Y, correctly and safely provides API Z", Review.statement(three));
  }

  @Test
  void statement_ofChromeComponent_saysChrome() {
    ComponentDescription c = component(temp.resolve("xhr"), "restricted-xhr", "RestrictedXHR", Map.of(), true);
    assertEquals(
        "component " + c.id() + " (chrome), endowed with no APIs, correctly and safely provides API RestrictedXHR", Review.statement(c));
  }

  @Test
  void signThenVerify_isValid() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Review.Verification verification = review.verify(c);
    assertTrue(verification.valid());
    assertEquals(Review.Outcome.VALID, verification.outcome());
    assertEquals("valid: signed by key " + ReviewKeys.fingerprint(ALICE.getPublic()), verification.message());
    assertEquals(c.id(), review.component());
    assertEquals("twitter-api", review.name());
    assertEquals("TwitterAPI", review.provides());
    assertEquals(List.of("PasswordSlot", "RestrictedXHR"), review.endowments());
    assertFalse(review.chrome());
    assertEquals(ReviewKeys.fingerprint(ALICE.getPublic()), review.keyFingerprint());
  }

  @Test
  void oneByteOfMainJsChanged_changesTheIdAndVoidsTheReview() throws IOException {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Path main = c.dir().resolve("lib/main.js");
    byte[] bytes = Files.readAllBytes(main);
    bytes[0] ^= 1;
    Files.write(main, bytes);
    ComponentDescription changed = ComponentDescription.read(c.dir());
    assertNotEquals(c.id(), changed.id());
    Review.Verification verification = review.verify(changed);
    assertEquals(Review.Outcome.COMPONENT_CHANGED, verification.outcome());
    assertEquals(
        "component twitter-api changed since it was reviewed: the review is of id "
            + c.id()
            + ", the component's id is now "
            + changed.id()
            + "; its reviews are void",
        verification.message());
  }

  @Test
  void componentSectionChanged_voidsTheReview() throws IOException {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Path json = c.dir().resolve("package.json");
    Files.writeString(json, Files.readString(json).replace("\"chrome\": false", "\"chrome\": true"));
    ComponentDescription changed = ComponentDescription.read(c.dir());
    assertTrue(changed.chrome());
    Review.Verification verification = review.verify(changed);
    assertEquals(Review.Outcome.COMPONENT_CHANGED, verification.outcome());
    assertTrue(verification.message().endsWith("its reviews are void"), verification.message());
    assertTrue(verification.message().contains(c.id()) && verification.message().contains(changed.id()), verification.message());
  }

  @Test
  void tamperedSignature_doesNotVerify() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    for (int index : new int[] {0, 63}) {
      byte[] signature = Base64.getDecoder().decode(review.signature());
      signature[index] ^= 1;
      Review.Verification verification = withSignature(review, signature).verify(c);
      assertEquals(Review.Outcome.BAD_SIGNATURE, verification.outcome());
      assertEquals(
          "the signature does not verify with key "
              + ReviewKeys.fingerprint(ALICE.getPublic())
              + ": the statement was not signed by that key, or the review was altered",
          verification.message());
    }
  }

  @Test
  void signatureOfTheWrongLength_isMalformed() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    byte[] signature = Arrays.copyOf(Base64.getDecoder().decode(review.signature()), 63);
    Review.Verification verification = withSignature(review, signature).verify(c);
    assertEquals(Review.Outcome.MALFORMED_SIGNATURE, verification.outcome());
    assertEquals("malformed signature: it is 63 bytes; an Ed25519 signature is 64 bytes", verification.message());
  }

  @Test
  void signatureNotBase64_isMalformed() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Review bad = new Review(review.statement(), review.component(), review.name(), review.provides(), review.endowments(), review.chrome(), review.key(), "!!!");
    Review.Verification verification = bad.verify(c);
    assertEquals(Review.Outcome.MALFORMED_SIGNATURE, verification.outcome());
    assertTrue(verification.message().startsWith("malformed signature: not base64"), verification.message());
  }

  @Test
  void tamperedStatement_doesNotMatch() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    String claimed = review.statement().replace("provides API TwitterAPI", "provides API ReadOnlyTwitterAPI");
    Review bad = new Review(claimed, review.component(), review.name(), review.provides(), review.endowments(), review.chrome(), review.key(), review.signature());
    Review.Verification verification = bad.verify(c);
    assertEquals(Review.Outcome.STATEMENT_MISMATCH, verification.outcome());
    assertEquals(
        "the statement does not match the component: the review says \"" + claimed + "\", the component's statement is \"" + review.statement() + "\"",
        verification.message());
  }

  @Test
  void memberDisagreeingWithTheStatement_doesNotMatch() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Review bad = new Review(review.statement(), review.component(), review.name(), review.provides(), List.of(), review.chrome(), review.key(), review.signature());
    Review.Verification verification = bad.verify(c);
    assertEquals(Review.Outcome.STATEMENT_MISMATCH, verification.outcome());
    assertEquals(
        "the review's member endowments [] (the component is endowed with [PasswordSlot, RestrictedXHR]) does not match its statement and the component",
        verification.message());
  }

  @Test
  void keyOfTheWrongLength_isMalformed() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    byte[] key = Arrays.copyOf(ALICE.getPublic().getEncoded(), 43);
    Review.Verification verification = withKey(review, key).verify(c);
    assertEquals(Review.Outcome.MALFORMED_KEY, verification.outcome());
    assertEquals(
        "malformed key: not an Ed25519 public key: it is 43 bytes; an Ed25519 public key in X.509 is 44 bytes", verification.message());
    byte[] longer = Arrays.copyOf(ALICE.getPublic().getEncoded(), 45);
    assertEquals(Review.Outcome.MALFORMED_KEY, withKey(review, longer).verify(c).outcome());
  }

  @Test
  void keyNotBase64OrNotEd25519_isMalformed() throws NoSuchAlgorithmException {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Review notBase64 =
        new Review(review.statement(), review.component(), review.name(), review.provides(), review.endowments(), review.chrome(), "%%", review.signature());
    assertEquals(Review.Outcome.MALFORMED_KEY, notBase64.verify(c).outcome());
    assertTrue(notBase64.verify(c).message().startsWith("malformed key: the key is not base64"), notBase64.verify(c).message());
    byte[] ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic().getEncoded();
    Review.Verification verification = withKey(review, ed448).verify(c);
    assertEquals(Review.Outcome.MALFORMED_KEY, verification.outcome());
    assertTrue(verification.message().contains("not an Ed25519 public key"), verification.message());
  }

  @Test
  void anotherSignersKey_doesNotVerify() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Review.Verification verification = withKey(review, MALLORY.getPublic().getEncoded()).verify(c);
    assertEquals(Review.Outcome.BAD_SIGNATURE, verification.outcome());
    assertTrue(verification.message().contains(ReviewKeys.fingerprint(MALLORY.getPublic())), verification.message());
  }

  @Test
  void sign_withAPublicKeyThatIsNotThePair_isRefused() {
    ComponentDescription c = twitter();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Review.sign(c, ALICE.getPrivate(), MALLORY.getPublic()));
    assertEquals(
        "the public key " + ReviewKeys.fingerprint(MALLORY.getPublic()) + " is not the pair of the private key; a review made with it would not verify",
        e.getMessage());
  }

  @Test
  void sign_withAnotherAlgorithm_isRefused() throws NoSuchAlgorithmException {
    ComponentDescription c = twitter();
    KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Review.sign(c, ed448.getPrivate(), ed448.getPublic()));
    assertEquals("the private key is not an Ed25519 key (it is EdDSA)", e.getMessage());
  }

  @Test
  void sign_withNulls_namesTheParameter() {
    ComponentDescription c = twitter();
    assertEquals("component", assertThrows(NullPointerException.class, () -> Review.sign(null, ALICE.getPrivate(), ALICE.getPublic())).getMessage());
    assertEquals("privateKey", assertThrows(NullPointerException.class, () -> Review.sign(c, null, ALICE.getPublic())).getMessage());
    assertEquals("publicKey", assertThrows(NullPointerException.class, () -> Review.sign(c, ALICE.getPrivate(), null)).getMessage());
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    assertEquals("current", assertThrows(NullPointerException.class, () -> review.verify(null)).getMessage());
  }

  @Test
  void json_roundTripsThroughTextAndFile() {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    assertEquals(review, Review.parse(review.toJson(), "review.json"));
    Path file = temp.resolve("out/review.json");
    review.write(file);
    assertEquals(review, Review.read(file));
    assertTrue(Review.read(file).verify(c).valid());
    assertTrue(review.toJson().startsWith("{\n  \"statement\": \"component " + c.id()), review.toJson());
  }

  @Test
  void parse_malformedJson_namesTheFileAndMember() {
    ComponentDescription c = twitter();
    String json = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic()).toJson();
    assertEquals(
        "r.json: missing member \"signature\"",
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replaceFirst(",\\s*\"signature\": \"[^\"]*\"", ""), "r.json")).getMessage());
    assertEquals(
        "r.json: member \"chrome\" must be true or false, got \"no\"",
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replace("\"chrome\": false", "\"chrome\": \"no\""), "r.json")).getMessage());
    assertEquals(
        "r.json: member \"key\" must be a string, got 42",
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replaceFirst("\"key\": \"[^\"]*\"", "\"key\": 42"), "r.json")).getMessage());
    assertEquals(
        "r.json: member \"endowments\" must be an array of API names, got \"PasswordSlot\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> Review.parse(json.replaceFirst("\"endowments\": \\[[^\\]]*\\]", "\"endowments\": \"PasswordSlot\""), "r.json"))
            .getMessage());
    assertEquals(
        "r.json: member \"component\" must be a component id (64 lowercase hex digits), got \"../../etc\"",
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replaceFirst("\"component\": \"[^\"]*\"", "\"component\": \"../../etc\""), "r.json"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replace("{", "{\"extra\": 1,"), "r.json"))
            .getMessage()
            .startsWith("r.json: unknown member \"extra\"; a review has statement, component"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Review.parse(json.replace("{", "{\"chrome\": true,"), "r.json"))
            .getMessage()
            .startsWith("r.json: not valid JSON: duplicate key \"chrome\""));
    assertEquals(
        "r.json: a review must be a JSON object, got []",
        assertThrows(IllegalArgumentException.class, () -> Review.parse("[]", "r.json")).getMessage());
  }

  @Test
  void read_missingFile_saysSo() {
    Path missing = temp.resolve("missing.json");
    assertEquals(missing + ": no such file", assertThrows(IllegalArgumentException.class, () -> Review.read(missing)).getMessage());
  }

  @Test
  void write_replacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    ComponentDescription c = twitter();
    Review review = Review.sign(c, ALICE.getPrivate(), ALICE.getPublic());
    Path file = temp.resolve("r/review.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    review.write(file);
    assertEquals(review.toJson() + "\n", Files.readString(file, StandardCharsets.UTF_8));
    try (var children = Files.list(file.getParent())) {
      assertEquals(List.of(file), children.toList());
    }
  }

  private static Review withSignature(Review review, byte[] signature) {
    return new Review(
        review.statement(),
        review.component(),
        review.name(),
        review.provides(),
        review.endowments(),
        review.chrome(),
        review.key(),
        Base64.getEncoder().encodeToString(signature));
  }

  private static Review withKey(Review review, byte[] key) {
    return new Review(
        review.statement(),
        review.component(),
        review.name(),
        review.provides(),
        review.endowments(),
        review.chrome(),
        Base64.getEncoder().encodeToString(key),
        review.signature());
  }
}
