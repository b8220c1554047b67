package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelTest {
  private static final KeyPair ALICE = ReviewKeys.generate();
  private static final KeyPair BOB = ReviewKeys.generate();
  private static final KeyPair MALLORY = ReviewKeys.generate();

  @TempDir Path temp;

  private static String panelJson(String threshold) {
    return "{\"name\": \"core-reviewers\", \"keys\": {\"bob\": \""
        + ReviewKeys.encode(BOB.getPublic())
        + "\", \"alice\": \""
        + ReviewKeys.encode(ALICE.getPublic())
        + "\"}"
        + (threshold == null ? "" : ", \"threshold\": " + threshold)
        + "}";
  }

  private ComponentDescription component() {
    return ReviewTest.component(temp.resolve("twitter"), "twitter-api", "TwitterAPI", Map.of("xhr", "RestrictedXHR"), false);
  }

  private static Review sign(ComponentDescription c, KeyPair signer) {
    return Review.sign(c, signer.getPrivate(), signer.getPublic());
  }

  @Test
  void parse_readsNameSortedKeysAndDefaultThreshold() {
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    assertEquals("core-reviewers", panel.name());
    assertEquals(List.of("alice", "bob"), List.copyOf(panel.keys().keySet()));
    assertEquals(ALICE.getPublic(), panel.keys().get("alice"));
    assertEquals(1, panel.threshold());
    assertEquals(panel, Panel.parse(panel.toJson(), "again.json"));
  }

  @Test
  void read_fromFile() throws IOException {
    Path file = temp.resolve("panel.json");
    Files.writeString(file, panelJson("2"));
    assertEquals(2, Panel.read(file).threshold());
    Path missing = temp.resolve("none.json");
    assertEquals(missing + ": no such file", assertThrows(IllegalArgumentException.class, () -> Panel.read(missing)).getMessage());
  }

  @Test
  void approves_aValidReviewByAMember() {
    ComponentDescription c = component();
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    List<Review> reviews = List.of(sign(c, ALICE));
    assertTrue(panel.approves(c, reviews));
    assertEquals(List.of("alice"), panel.signers(c, reviews));
    assertEquals(Optional.empty(), panel.whyNotApproved(c, reviews));
  }

  @Test
  void signatureByAKeyNotOnThePanel_doesNotApprove() {
    ComponentDescription c = component();
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    List<Review> reviews = List.of(sign(c, MALLORY));
    assertTrue(reviews.get(0).verify(c).valid());
    assertFalse(panel.approves(c, reviews));
    assertEquals(List.of(), panel.signers(c, reviews));
    assertEquals(
        "no valid review by a member of panel core-reviewers; panel core-reviewers needs 1 member; review by key "
            + ReviewKeys.fingerprint(MALLORY.getPublic())
            + " does not count: that key is not on panel core-reviewers",
        panel.whyNotApproved(c, reviews).orElseThrow());
  }

  @Test
  void thresholdTwo_needsTwoDistinctMembers() {
    ComponentDescription c = component();
    Panel panel = Panel.parse(panelJson("2"), "panel.json");
    Review alice = sign(c, ALICE);
    assertFalse(panel.approves(c, List.of(alice)));
    assertFalse(panel.approves(c, List.of(alice, alice)), "one member twice is one member");
    assertFalse(panel.approves(c, List.of(alice, sign(c, MALLORY))), "a non-member does not make up the count");
    assertEquals(
        "signed by alice only; panel core-reviewers needs 2 members", panel.whyNotApproved(c, List.of(alice, alice)).orElseThrow());
    assertTrue(panel.approves(c, List.of(alice, sign(c, BOB))));
    assertEquals(List.of("alice", "bob"), panel.signers(c, List.of(sign(c, BOB), alice)));
  }

  @Test
  void reviewOfAnEarlierVersion_isVoid() throws IOException {
    ComponentDescription c = component();
    Review alice = sign(c, ALICE);
    Files.writeString(c.dir().resolve("lib/main.js"), "module.exports = () => ({post() {}});\n");
    ComponentDescription changed = ComponentDescription.read(c.dir());
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    assertFalse(panel.approves(changed, List.of(alice)));
    assertEquals(
        "no valid review by a member of panel core-reviewers; panel core-reviewers needs 1 member; review by alice is void: component twitter-api changed"
            + " since it was reviewed: the review is of id "
            + c.id()
            + ", the component's id is now "
            + changed.id()
            + "; its reviews are void",
        panel.whyNotApproved(changed, List.of(alice)).orElseThrow());
  }

  @Test
  void noReview_saysSo_andReviewsOfOtherComponentsDoNotCount() {
    ComponentDescription c = component();
    ComponentDescription other = ReviewTest.component(temp.resolve("icon"), "icon", "StatusIcon", Map.of(), true);
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    assertEquals("no review", panel.whyNotApproved(c, List.of()).orElseThrow());
    assertEquals("no review", panel.whyNotApproved(c, List.of(sign(other, ALICE))).orElseThrow());
    assertFalse(panel.approves(c, List.of(sign(other, ALICE))));
  }

  @Test
  void tamperedReviewByAMember_isNotValidAndSaysWhy() {
    ComponentDescription c = component();
    Review alice = sign(c, ALICE);
    Review forged =
        new Review(alice.statement(), alice.component(), alice.name(), alice.provides(), alice.endowments(), alice.chrome(), alice.key(), sign(c, BOB).signature());
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    assertFalse(panel.approves(c, List.of(forged)));
    assertTrue(
        panel.whyNotApproved(c, List.of(forged)).orElseThrow().endsWith("review by alice is not valid: the signature does not verify with key "
            + ReviewKeys.fingerprint(ALICE.getPublic())
            + ": the statement was not signed by that key, or the review was altered"));
  }

  @Test
  void memberWithKey_findsTheMember() {
    Panel panel = Panel.parse(panelJson(null), "panel.json");
    assertEquals(Optional.of("bob"), panel.memberWithKey(ReviewKeys.encode(BOB.getPublic())));
    assertEquals(Optional.empty(), panel.memberWithKey(ReviewKeys.encode(MALLORY.getPublic())));
    assertEquals(Optional.empty(), panel.memberWithKey("%%%"));
  }

  @Test
  void parse_refusesABadThreshold() {
    assertEquals(
        "panel.json: panel core-reviewers: threshold 3 must be between 1 and the number of keys (2)",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse(panelJson("3"), "panel.json")).getMessage());
    assertEquals(
        "panel.json: panel core-reviewers: threshold 0 must be between 1 and the number of keys (2)",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse(panelJson("0"), "panel.json")).getMessage());
    assertEquals(
        "panel.json: member \"threshold\" must be an integer, got 1.5",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse(panelJson("1.5"), "panel.json")).getMessage());
  }

  @Test
  void parse_refusesTwoMembersWithOneKey() {
    String json =
        "{\"name\": \"p\", \"keys\": {\"alice\": \""
            + ReviewKeys.encode(ALICE.getPublic())
            + "\", \"alias\": \""
            + ReviewKeys.encode(ALICE.getPublic())
            + "\"}, \"threshold\": 2}";
    assertEquals(
        "panel.json: panel p: members alias and alice have the same key; each member needs a key of their own",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse(json, "panel.json")).getMessage());
  }

  @Test
  void parse_namesTheBadMember() {
    assertEquals(
        "panel.json: keys.alice: not an Ed25519 public key: it is 3 bytes; an Ed25519 public key in X.509 is 44 bytes",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse("{\"name\": \"p\", \"keys\": {\"alice\": \"AAAA\"}}", "panel.json"))
            .getMessage());
    assertEquals(
        "panel.json: keys.alice must be a base64 public key string, got 7",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse("{\"name\": \"p\", \"keys\": {\"alice\": 7}}", "panel.json")).getMessage());
    assertEquals(
        "panel.json: member \"name\" must be a string, got nothing",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse("{\"keys\": {}}", "panel.json")).getMessage());
    assertEquals(
        "panel.json: panel p has no keys; a panel needs at least one",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse("{\"name\": \"p\", \"keys\": {}}", "panel.json")).getMessage());
    assertEquals(
        "panel.json: unknown member \"members\"; a panel has name, keys and threshold",
        assertThrows(IllegalArgumentException.class, () -> Panel.parse("{\"name\": \"p\", \"members\": {}}", "panel.json")).getMessage());
  }

  @Test
  void constructor_copiesAndChecks() {
    Map<String, PublicKey> keys = new java.util.HashMap<>(Map.of("alice", ALICE.getPublic()));
    Panel panel = new Panel("p", keys, 1);
    keys.put("bob", BOB.getPublic());
    assertEquals(1, panel.keys().size());
    assertThrows(UnsupportedOperationException.class, () -> panel.keys().put("bob", BOB.getPublic()));
    assertEquals("name", assertThrows(NullPointerException.class, () -> new Panel(null, keys, 1)).getMessage());
    assertEquals("component", assertThrows(NullPointerException.class, () -> panel.approves(null, List.of())).getMessage());
  }
}
