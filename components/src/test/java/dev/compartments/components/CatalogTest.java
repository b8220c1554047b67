package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  private static final KeyPair ALICE = ReviewKeys.generate();

  @TempDir Path temp;

  private Catalog catalog;
  private ComponentDescription xhr;
  private ComponentDescription twitter;
  private ComponentDescription driver;

  @BeforeEach
  void setUp() {
    catalog = Catalog.open(temp.resolve("catalog"));
    xhr = ReviewTest.component(temp.resolve("src/xhr"), "restricted-xhr", "RestrictedXHR", Map.of(), true);
    twitter = ReviewTest.component(temp.resolve("src/twitter"), "twitter-api", "TwitterAPI", Map.of("xhr", "RestrictedXHR"), false);
    driver = ReviewTest.component(temp.resolve("src/driver"), "driver", "Driver", Map.of("api", "ReadOnlyTwitterAPI"), false);
  }

  private Path apiFile(String name, String description, String methods) throws IOException {
    Path file = temp.resolve("src/" + name + ".json");
    Files.writeString(file, "{\"name\": \"" + name + "\", \"description\": \"" + description + "\", \"methods\": {" + methods + "}}");
    return file;
  }

  private Path reviewFile(ComponentDescription c, KeyPair signer) {
    Path file = temp.resolve("src/review-" + c.name() + "-" + ReviewKeys.fingerprint(signer.getPublic()) + ".json");
    Review.sign(c, signer.getPrivate(), signer.getPublic()).write(file);
    return file;
  }

  private List<String> files(String sub) throws IOException {
    try (Stream<Path> children = Files.list(catalog.dir().resolve(sub))) {
      return children.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void open_createsTheFolders() {
    assertTrue(Files.isDirectory(temp.resolve("catalog/components")));
    assertTrue(Files.isDirectory(temp.resolve("catalog/apis")));
    assertTrue(Files.isDirectory(temp.resolve("catalog/reviews")));
    assertEquals(List.of(), catalog.components());
    assertEquals(List.of(), catalog.problems());
  }

  @Test
  void addComponent_copiesItUnderItsNameAndId_andAddingAgainIsANoOp() throws IOException {
    Catalog.Added added = catalog.add(twitter.dir());
    assertEquals(Catalog.Kind.COMPONENT, added.kind());
    assertFalse(added.alreadyPresent());
    assertEquals(catalog.dir().resolve("components/twitter-api-" + twitter.id()), added.path());
    assertEquals("added component twitter-api " + twitter.shortId() + " to components/twitter-api-" + twitter.id(), added.message());
    assertEquals(List.of("twitter-api-" + twitter.id()), files("components"));
    assertEquals(twitter.id(), catalog.components().get(0).id());
    assertEquals(
        Files.readString(twitter.dir().resolve("lib/main.js")), Files.readString(added.path().resolve("lib/main.js")));

    Catalog.Added again = catalog.add(twitter.dir());
    assertTrue(again.alreadyPresent());
    assertEquals("component twitter-api " + twitter.shortId() + " is already in the catalog", again.message());
    assertEquals(List.of("twitter-api-" + twitter.id()), files("components"));
  }

  @Test
  void addApi_storesItUnderItsNameAndId() throws IOException {
    Path file = apiFile("TwitterAPI", "Reads and posts.", "\"post\": \"posts text\"");
    ApiDescription api = ApiDescription.read(file);
    Catalog.Added added = catalog.add(file);
    assertEquals(Catalog.Kind.API, added.kind());
    assertEquals(List.of("TwitterAPI-" + api.id() + ".json"), files("apis"));
    assertEquals(List.of(api), catalog.apis());
    assertTrue(catalog.add(file).alreadyPresent());
  }

  @Test
  void addReview_storesItUnderComponentIdAndFingerprint() throws IOException {
    catalog.add(twitter.dir());
    Path file = reviewFile(twitter, ALICE);
    Catalog.Added added = catalog.add(file);
    String fingerprint = ReviewKeys.fingerprint(ALICE.getPublic());
    assertEquals(Catalog.Kind.REVIEW, added.kind());
    assertEquals(List.of(twitter.id() + "-" + fingerprint + ".json"), files("reviews"));
    assertEquals(
        "added review of component twitter-api " + twitter.shortId() + " by key " + fingerprint + " to reviews/" + twitter.id() + "-" + fingerprint + ".json",
        added.message());
    assertEquals(List.of(Review.read(file)), catalog.reviews());
    assertTrue(catalog.add(file).alreadyPresent());
    Panel panel = new Panel("p", Map.of("alice", ALICE.getPublic()), 1);
    assertTrue(panel.approves(catalog.components().get(0), catalog.reviews()));
  }

  @Test
  void addReview_forAComponentNotInTheCatalog_isRefused() throws IOException {
    Path file = reviewFile(twitter, ALICE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add(file));
    assertEquals(
        file + ": the review is of component twitter-api " + twitter.id() + ", which is not in the catalog; add the component first", e.getMessage());
    assertEquals(List.of(), files("reviews"));
  }

  @Test
  void addReview_thatDoesNotVerify_isRefused() throws IOException {
    catalog.add(twitter.dir());
    Path file = reviewFile(twitter, ALICE);
    Review review = Review.read(file);
    Review forged =
        new Review(
            review.statement(), review.component(), review.name(), review.provides(), review.endowments(), review.chrome(), review.key(),
            Review.sign(xhr, ALICE.getPrivate(), ALICE.getPublic()).signature());
    forged.write(file);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add(file));
    assertEquals(
        file
            + ": the review does not verify: the signature does not verify with key "
            + ReviewKeys.fingerprint(ALICE.getPublic())
            + ": the statement was not signed by that key, or the review was altered",
        e.getMessage());
    assertEquals(List.of(), files("reviews"));
  }

  @Test
  void add_somethingElse_isRefused() throws IOException {
    Path other = temp.resolve("src/other.json");
    Files.writeString(other, "{\"hello\": 1}");
    assertEquals(
        other + ": neither a component folder, an API object (a JSON object with \"methods\") nor a review (a JSON object with \"signature\")",
        assertThrows(IllegalArgumentException.class, () -> catalog.add(other)).getMessage());
    Path missing = temp.resolve("src/missing");
    assertEquals(missing + ": no such file or folder", assertThrows(IllegalArgumentException.class, () -> catalog.add(missing)).getMessage());
    Path notComponent = temp.resolve("src/empty");
    Files.createDirectories(notComponent);
    assertThrows(IllegalArgumentException.class, () -> catalog.add(notComponent));
    assertEquals(List.of(), files("components"));
  }

  @Test
  void search_ranksExactApiNamesFirst_thenText_thenApis() throws IOException {
    catalog.add(xhr.dir());
    catalog.add(twitter.dir());
    catalog.add(driver.dir());
    catalog.add(apiFile("ReadOnlyTwitterAPI", "Reads a Twitter-like account.", "\"inboxURL\": \"the inbox\""));
    catalog.add(apiFile("TwitterAPI", "Reads and posts.", "\"post\": \"posts text\""));
    catalog.add(apiFile("StatusIcon", "Shows a count.", "\"show\": \"shows a twitter count\""));

    Catalog.SearchResult result = catalog.search("twitterapi");
    assertEquals(
        List.of("component twitter-api", "component driver", "API TwitterAPI", "API ReadOnlyTwitterAPI"),
        result.hits().stream().map(h -> h.kind().word() + " " + h.name()).toList());
    assertEquals(List.of(true, false, true, false), result.hits().stream().map(Catalog.Hit::exact).toList());

    Catalog.SearchResult restricted = catalog.search("RESTRICTEDxhr");
    assertEquals(List.of("restricted-xhr", "twitter-api"), restricted.hits().stream().map(Catalog.Hit::name).toList());
    assertEquals(
        "component restricted-xhr " + xhr.shortId() + " (chrome): provides RestrictedXHR, no endowments\n"
            + "component twitter-api " + twitter.shortId() + ": provides TwitterAPI, endowed with xhr: RestrictedXHR\n",
        restricted.render());

    assertEquals(List.of("StatusIcon"), catalog.search("twitter count").hits().stream().map(Catalog.Hit::name).toList());
    assertEquals("nothing in the catalog matches \"zebra\"\n", catalog.search("zebra").render());
    assertEquals("the search query is empty", assertThrows(IllegalArgumentException.class, () -> catalog.search("  ")).getMessage());
  }

  @Test
  void show_describesAComponentWithItsReviews() {
    catalog.add(twitter.dir());
    catalog.add(reviewFile(twitter, ALICE));
    String text = catalog.show("twitter-api");
    assertEquals(
        "component twitter-api\n"
            + "  id: " + twitter.id() + "\n"
            + "  description: the twitter-api component\n"
            + "  provides: TwitterAPI\n"
            + "  endowments:\n"
            + "    xhr: RestrictedXHR\n"
            + "  params:\n"
            + "    label: STRING\n"
            + "  chrome: false\n"
            + "  files:\n"
            + "    lib/main.js " + twitter.files().get("lib/main.js") + "\n"
            + "    package.json " + twitter.files().get("package.json") + "\n"
            + "  reviews:\n"
            + "    " + ReviewKeys.fingerprint(ALICE.getPublic()) + " valid\n",
        text);
    assertEquals(text, catalog.show(twitter.id()));
    assertEquals(text, catalog.show(twitter.id().substring(0, 10).toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void show_describesAnApi() throws IOException {
    Path file = apiFile("StatusIcon", "Shows a count.", "\"show\": \"shows a count\", \"clicked\": \"true once clicked\"");
    ApiDescription api = ApiDescription.read(file);
    catalog.add(file);
    assertEquals(
        "API StatusIcon\n"
            + "  id: " + api.id() + "\n"
            + "  description: Shows a count.\n"
            + "  methods:\n"
            + "    clicked: true once clicked\n"
            + "    show: shows a count\n",
        catalog.show("StatusIcon"));
  }

  @Test
  void show_unknownName_listsTheCandidates() throws IOException {
    catalog.add(twitter.dir());
    catalog.add(xhr.dir());
    catalog.add(apiFile("TwitterAPI", "Reads and posts.", "\"post\": \"posts text\""));
    assertEquals(
        "nothing in the catalog is named \"twitter\" or has an id starting with it; did you mean components twitter-api; APIs TwitterAPI",
        assertThrows(IllegalArgumentException.class, () -> catalog.show("twitter")).getMessage());
    assertEquals(
        "nothing in the catalog is named \"zebra\" or has an id starting with it; the catalog has components restricted-xhr, twitter-api; APIs TwitterAPI",
        assertThrows(IllegalArgumentException.class, () -> catalog.show("zebra")).getMessage());
    Catalog empty = Catalog.open(temp.resolve("empty"));
    assertEquals(
        "nothing in the catalog is named \"x\" or has an id starting with it; the catalog is empty",
        assertThrows(IllegalArgumentException.class, () -> empty.show("x")).getMessage());
  }

  @Test
  void show_ambiguousPrefix_listsTheCandidates() throws IOException {
    // Seventeen versions of a component: two of them must share their first hex digit.
    Map<Character, ComponentDescription> byFirstDigit = new HashMap<>();
    ComponentDescription first = null;
    ComponentDescription second = null;
    for (int i = 0; second == null; i++) {
      Path dir = temp.resolve("src/v" + i);
      ReviewTest.component(dir, "counter", "Counter", Map.of(), false);
      Files.writeString(dir.resolve("lib/version.js"), "// " + i + "\n");
      ComponentDescription version = ComponentDescription.read(dir);
      catalog.add(dir);
      ComponentDescription clash = byFirstDigit.putIfAbsent(version.id().charAt(0), version);
      if (clash != null) {
        first = clash;
        second = version;
      }
    }
    String prefix = first.id().substring(0, 1);
    String message = assertThrows(IllegalArgumentException.class, () -> catalog.show(prefix)).getMessage();
    assertTrue(message.startsWith("\"" + prefix + "\" is ambiguous; it matches:\n"), message);
    assertTrue(message.contains("\n  component counter " + first.id()), message);
    assertTrue(message.contains("\n  component counter " + second.id()), message);
    assertTrue(message.endsWith("\ngive more of the id"), message);
    String byName = assertThrows(IllegalArgumentException.class, () -> catalog.show("counter")).getMessage();
    assertTrue(byName.startsWith("\"counter\" is ambiguous; it matches:\n  component counter "), byName);
    assertTrue(catalog.show(first.id()).startsWith("component counter\n  id: " + first.id() + "\n"));
  }

  @Test
  void tamperedCatalogCopy_isReportedAndNotTrusted() throws IOException {
    catalog.add(twitter.dir());
    catalog.add(xhr.dir());
    Path copy = catalog.dir().resolve("components/twitter-api-" + twitter.id());
    Files.writeString(copy.resolve("lib/main.js"), "module.exports = () => ({post() { /* exfiltrate */ }});\n");
    String tamperedId = ComponentDescription.read(copy).id();
    String problem =
        "components/twitter-api-"
            + twitter.id()
            + ": tampered: its files now hash to id "
            + tamperedId
            + ", not "
            + twitter.id()
            + " as when it was added; not trusted";

    assertEquals(List.of(problem), catalog.problems());
    assertEquals(List.of("restricted-xhr"), catalog.components().stream().map(ComponentDescription::name).toList());
    Catalog.SearchResult result = catalog.search("TwitterAPI");
    assertEquals(List.of(), result.hits());
    assertEquals(List.of(problem), result.problems());
    assertTrue(result.render().endsWith("warning: " + problem + "\n"), result.render());
    assertEquals("not shown: " + problem, assertThrows(IllegalArgumentException.class, () -> catalog.show("twitter-api")).getMessage());
    assertEquals("not shown: " + problem, assertThrows(IllegalArgumentException.class, () -> catalog.show(twitter.id())).getMessage());

    Path review = reviewFile(twitter, ALICE);
    assertEquals(
        review + ": cannot check the review against the catalog's copy: " + problem,
        assertThrows(IllegalArgumentException.class, () -> catalog.add(review)).getMessage());
    assertEquals(
        twitter.dir() + ": cannot add component twitter-api " + twitter.shortId() + ": " + problem + "; remove that folder, then add the component again",
        assertThrows(IllegalArgumentException.class, () -> catalog.add(twitter.dir())).getMessage());
    assertEquals(List.of(), files("reviews"));
  }

  @Test
  void tamperedApiAndReviewCopies_areReported() throws IOException {
    Path file = apiFile("TwitterAPI", "Reads and posts.", "\"post\": \"posts text\"");
    ApiDescription api = ApiDescription.read(file);
    catalog.add(file);
    catalog.add(twitter.dir());
    catalog.add(reviewFile(twitter, ALICE));
    Path storedApi = catalog.dir().resolve("apis/TwitterAPI-" + api.id() + ".json");
    Files.writeString(storedApi, Files.readString(storedApi).replace("posts text", "posts anything"));
    String fingerprint = ReviewKeys.fingerprint(ALICE.getPublic());
    Path storedReview = catalog.dir().resolve("reviews/" + twitter.id() + "-" + fingerprint + ".json");
    Review review = Review.read(storedReview);
    new Review(
            review.statement(), review.component(), review.name(), review.provides(), review.endowments(), review.chrome(), review.key(),
            Review.sign(xhr, ALICE.getPrivate(), ALICE.getPublic()).signature())
        .write(storedReview);

    List<String> problems = catalog.problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("apis/TwitterAPI-" + api.id() + ".json: tampered: it now hashes to id "), problems.get(0));
    assertEquals(List.of(), catalog.apis());
    assertTrue(
        catalog.show("twitter-api").endsWith(
            "  reviews:\n    " + fingerprint + " NOT VALID: the signature does not verify with key " + fingerprint
                + ": the statement was not signed by that key, or the review was altered\n"),
        catalog.show("twitter-api"));
  }

  @Test
  void nullArguments_areNamed() {
    assertEquals("dir", assertThrows(NullPointerException.class, () -> Catalog.open(null)).getMessage());
    assertEquals("path", assertThrows(NullPointerException.class, () -> catalog.add(null)).getMessage());
    assertEquals("query", assertThrows(NullPointerException.class, () -> catalog.search(null)).getMessage());
    assertEquals("idOrPrefixOrName", assertThrows(NullPointerException.class, () -> catalog.show(null)).getMessage());
  }
}
