package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallReportTest {
  private static final KeyPair ALICE = ReviewKeys.generate();
  private static final KeyPair MALLORY = ReviewKeys.generate();

  @TempDir Path temp;

  private Panel panel;
  private ComponentDescription xhr;
  private ComponentDescription twitter;
  private ComponentDescription driver;
  private InstallReport.Entry xhrEntry;
  private InstallReport.Entry twitterEntry;
  private InstallReport.Entry driverEntry;

  @BeforeEach
  void stack() {
    panel = new Panel("core-reviewers", Map.of("alice", ALICE.getPublic()), 1);
    xhr = ReviewTest.component(temp.resolve("xhr"), "restricted-xhr", "RestrictedXHR", Map.of(), true);
    twitter = ReviewTest.component(temp.resolve("twitter"), "twitter-api", "TwitterAPI", Map.of("xhr", "RestrictedXHR"), false);
    driver = ReviewTest.component(temp.resolve("driver"), "driver", "Driver", Map.of("api", "TwitterAPI"), false);
    xhrEntry = new InstallReport.Entry("xhr", xhr, List.of("chrome", "HTTP to api.example.com"));
    twitterEntry = new InstallReport.Entry("twitter", twitter, List.of("RestrictedXHR from node xhr"));
    driverEntry = new InstallReport.Entry("driver", driver, List.of());
  }

  private static Review sign(ComponentDescription c, KeyPair signer) {
    return Review.sign(c, signer.getPrivate(), signer.getPublic());
  }

  @Test
  void everyComponentSigned_isApproved() {
    InstallReport report =
        InstallReport.of(panel, List.of(sign(xhr, ALICE), sign(twitter, ALICE), sign(driver, ALICE)), List.of(xhrEntry, twitterEntry, driverEntry));
    assertTrue(report.approved());
    assertEquals(List.of(), report.unapproved());
    assertEquals("approved: every component is signed by panel core-reviewers\n", report.render());
    assertEquals("", report.reason(xhrEntry));
  }

  @Test
  void unapprovedComponents_areListedWithTheirAuthorityAndReason() {
    Review byMallory = sign(twitter, MALLORY);
    InstallReport report = InstallReport.of(panel, List.of(sign(driver, ALICE), byMallory), List.of(xhrEntry, twitterEntry, driverEntry));
    assertFalse(report.approved());
    assertEquals(List.of(xhrEntry, twitterEntry), report.unapproved());
    assertEquals(
        "not approved by panel core-reviewers: 2 of 3 components unapproved\n"
            + "  xhr: restricted-xhr "
            + xhr.shortId()
            + " would receive: chrome, HTTP to api.example.com\n"
            + "    reason: no review\n"
            + "  twitter: twitter-api "
            + twitter.shortId()
            + " would receive: RestrictedXHR from node xhr\n"
            + "    reason: no valid review by a member of panel core-reviewers; panel core-reviewers needs 1 member; review by key "
            + ReviewKeys.fingerprint(MALLORY.getPublic())
            + " does not count: that key is not on panel core-reviewers\n",
        report.render());
  }

  @Test
  void componentChangedAfterReview_isUnapprovedAndReceivingNothingSaysNothing() throws IOException {
    Review old = sign(driver, ALICE);
    Files.writeString(driver.dir().resolve("lib/main.js"), "// changed\n");
    ComponentDescription changed = ComponentDescription.read(driver.dir());
    InstallReport.Entry entry = new InstallReport.Entry("driver", changed, List.of());
    InstallReport report = InstallReport.of(panel, List.of(old), List.of(entry));
    assertEquals(
        "not approved by panel core-reviewers: 1 of 1 components unapproved\n"
            + "  driver: driver "
            + changed.shortId()
            + " would receive: nothing\n"
            + "    reason: no valid review by a member of panel core-reviewers; panel core-reviewers needs 1 member; review by alice is void: "
            + "component driver changed since it was reviewed: the review is of id "
            + driver.id()
            + ", the component's id is now "
            + changed.id()
            + "; its reviews are void\n",
        report.render());
    assertTrue(report.reason(entry).contains("its reviews are void"));
  }

  @Test
  void aComponentUsedByTwoNodes_countsTwice() {
    InstallReport.Entry second = new InstallReport.Entry("xhr2", xhr, List.of("chrome"));
    InstallReport report = InstallReport.of(panel, List.of(), List.of(xhrEntry, second));
    assertEquals(List.of(xhrEntry, second), report.unapproved());
    assertTrue(report.render().startsWith("not approved by panel core-reviewers: 2 of 2 components unapproved\n"), report.render());
  }

  @Test
  void inputs_areCopiedAndChecked() {
    List<String> authority = new java.util.ArrayList<>(List.of("chrome"));
    InstallReport.Entry entry = new InstallReport.Entry("xhr", xhr, authority);
    authority.add("everything");
    assertEquals(List.of("chrome"), entry.authority());
    assertEquals("node", assertThrows(NullPointerException.class, () -> new InstallReport.Entry(null, xhr, List.of())).getMessage());
    assertEquals("panel", assertThrows(NullPointerException.class, () -> InstallReport.of(null, List.of(), List.of())).getMessage());
    InstallReport report = InstallReport.of(panel, List.of(), List.of(xhrEntry));
    assertEquals(
        "node twitter is not an entry of this report",
        assertThrows(IllegalArgumentException.class, () -> report.reason(twitterEntry)).getMessage());
  }
}
