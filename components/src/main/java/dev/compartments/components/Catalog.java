package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Not thread-safe, and one process at a time: a local catalog folder of components, API objects
 * and reviews (DESIGN.md section 8, {@code catalog add|search|show}).
 *
 * <pre>{@code
 * <catalog>/components/<name>-<component id>/    a copy of the component's folder
 * <catalog>/apis/<API name>-<API id>.json        the API object as added
 * <catalog>/reviews/<component id>-<key fingerprint>.json
 * }</pre>
 *
 * <p>Nothing in the folder is trusted because it is there: every read hashes the entry again and
 * compares the id with the one in its name, so a copy edited after it was added is reported as
 * tampered ({@link #problems}) and left out of {@link #components}, {@link #search} and {@link
 * #show}. A review is stored only for a component already in the catalog and only if it verifies.
 *
 * <p>Writes never lose data: a component is copied into a temporary folder, its id checked again,
 * and the folder moved into place; files are written to a temporary file and moved atomically.
 * Invalid input is refused before anything is written. Names starting with {@code .} are
 * temporary and ignored.
 */
public final class Catalog {
  private static final String COMPONENTS = "components";
  private static final String APIS = "apis";
  private static final String REVIEWS = "reviews";
  private static final Pattern ENTRY = Pattern.compile("(.+)-([0-9a-f]{64})");
  private static final Pattern REVIEW_FILE = Pattern.compile("([0-9a-f]{64})-([0-9a-f]{16})\\.json");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  private final Path dir;

  private Catalog(Path dir) {
    this.dir = dir;
  }

  /**
   * Opens the catalog in {@code dir}, creating it and its {@code components}, {@code apis} and
   * {@code reviews} folders if missing.
   *
   * @throws IllegalArgumentException if {@code dir} is a file or cannot be created
   */
  public static Catalog open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder; a catalog is a folder");
    }
    try {
      for (String sub : List.of(COMPONENTS, APIS, REVIEWS)) {
        Files.createDirectories(dir.resolve(sub));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(dir + ": cannot create the catalog: " + e.getMessage(), e);
    }
    return new Catalog(dir);
  }

  /** The catalog's folder. */
  public Path dir() {
    return dir;
  }

  /**
   * Adds a component folder, an API object file (a JSON object with {@code methods}) or a review
   * file (a JSON object with {@code signature}). Adding what is already there changes nothing and
   * says so.
   *
   * @throws IllegalArgumentException starting with {@code path}: not found, not a component, API
   *     object or review, invalid as one; a review of a component not in the catalog, or one that
   *     does not verify; or an entry of the same id whose stored copy is tampered
   */
  public Added add(Path path) {
    Objects.requireNonNull(path, "path");
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(path + ": no such file or folder");
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return addComponent(path);
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": cannot read: " + e.getMessage(), e);
    }
    String source = path.toString();
    JsonElement root = Json.parse(text, source);
    JsonObject object = root.isJsonObject() ? root.getAsJsonObject() : new JsonObject();
    if (object.has("signature")) {
      return addReview(Review.parse(text, source), source);
    }
    if (object.has("methods")) {
      return addApi(ApiDescription.parse(text, source), text);
    }
    throw new IllegalArgumentException(
        source + ": neither a component folder, an API object (a JSON object with \"methods\") nor a review (a JSON object with \"signature\")");
  }

  /** The intact components, sorted by name then id; tampered copies are in {@link #problems}. */
  public List<ComponentDescription> components() {
    return scan().components;
  }

  /** The intact API objects, sorted by name then id; tampered copies are in {@link #problems}. */
  public List<ApiDescription> apis() {
    return scan().apis;
  }

  /**
   * Every well-formed review stored in the catalog, valid or not (a review's validity depends on
   * the component it is checked against; see {@link Review#verify} and {@link Panel}).
   */
  public List<Review> reviews() {
    return scan().reviews.stream().map(StoredReview::review).toList();
  }

  /** What is wrong with the catalog's folder: tampered or unreadable entries, one sentence each. */
  public List<String> problems() {
    return scan().broken.stream().map(Broken::message).toList();
  }

  /**
   * Finds components and APIs by text, ignoring case. First the components that provide, or have
   * an endowment of, an API named exactly {@code query}; then the other components whose name,
   * description or API names contain it; then the APIs named {@code query}; then the APIs whose
   * name, description, method names or contracts contain it. Within each group, by name then id.
   *
   * @throws IllegalArgumentException if {@code query} is blank
   */
  public SearchResult search(String query) {
    Objects.requireNonNull(query, "query");
    String q = query.strip();
    if (q.isEmpty()) {
      throw new IllegalArgumentException("the search query is empty");
    }
    String lower = q.toLowerCase(Locale.ROOT);
    Predicate<String> contains = text -> text.toLowerCase(Locale.ROOT).contains(lower);
    Contents contents = scan();
    List<Hit> exact = new ArrayList<>();
    List<Hit> text = new ArrayList<>();
    for (ComponentDescription component : contents.components) {
      boolean named =
          component.provides().equalsIgnoreCase(q) || component.endowments().values().stream().anyMatch(q::equalsIgnoreCase);
      boolean mentioned =
          contains.test(component.name())
              || contains.test(component.description())
              || contains.test(component.provides())
              || component.endowments().values().stream().anyMatch(contains);
      if (named || mentioned) {
        (named ? exact : text).add(new Hit(Kind.COMPONENT, component.name(), component.id(), named, summary(component)));
      }
    }
    List<Hit> hits = new ArrayList<>(exact);
    hits.addAll(text);
    exact.clear();
    text.clear();
    for (ApiDescription api : contents.apis) {
      boolean named = api.name().equalsIgnoreCase(q);
      boolean mentioned =
          contains.test(api.name())
              || contains.test(api.description())
              || api.methods().entrySet().stream().anyMatch(m -> contains.test(m.getKey()) || contains.test(m.getValue()));
      if (named || mentioned) {
        (named ? exact : text).add(new Hit(Kind.API, api.name(), api.id(), named, summary(api)));
      }
    }
    hits.addAll(exact);
    hits.addAll(text);
    return new SearchResult(q, hits, contents.broken.stream().map(Broken::message).toList());
  }

  /**
   * Describes one component (name, id, description, provides, endowments, params, chrome, files
   * with their hashes, and the stored reviews with their signers' fingerprints and validity) or one
   * API object (name, id, description, methods with their contracts).
   *
   * @param idOrPrefixOrName a full id, the start of one (hex digits), or a component or API name
   * @throws IllegalArgumentException if nothing intact matches (listing the names in the catalog,
   *     or saying the matching entry is tampered), or several do (listing them)
   */
  public String show(String idOrPrefixOrName) {
    Objects.requireNonNull(idOrPrefixOrName, "idOrPrefixOrName");
    String query = idOrPrefixOrName.strip();
    if (query.isEmpty()) {
      throw new IllegalArgumentException("nothing to show: the id or name is empty");
    }
    Contents contents = scan();
    List<Entry> entries = new ArrayList<>();
    contents.components.forEach(c -> entries.add(new Entry(Kind.COMPONENT, c.name(), c.id(), c)));
    contents.apis.forEach(a -> entries.add(new Entry(Kind.API, a.name(), a.id(), a)));
    List<Entry> matches = entries.stream().filter(e -> e.id.equals(query)).toList();
    if (matches.isEmpty()) {
      matches = entries.stream().filter(e -> e.name.equals(query) || prefixOf(query, e.id)).toList();
    }
    if (matches.size() > 1) {
      StringBuilder message = new StringBuilder(Json.quote(query)).append(" is ambiguous; it matches:");
      for (Entry match : matches) {
        message.append("\n  ").append(match.kind.word()).append(' ').append(match.name).append(' ').append(match.id);
      }
      message.append("\ngive more of the id");
      throw new IllegalArgumentException(message.toString());
    }
    if (matches.isEmpty()) {
      List<String> tampered =
          contents.broken.stream()
              .filter(b -> b.id != null && (b.id.equals(query) || prefixOf(query, b.id) || query.equals(b.name)))
              .map(Broken::message)
              .toList();
      if (!tampered.isEmpty()) {
        throw new IllegalArgumentException("not shown: " + String.join("; ", tampered));
      }
      throw new IllegalArgumentException(unknown(query, entries));
    }
    Entry match = matches.get(0);
    return match.kind == Kind.COMPONENT
        ? describe((ComponentDescription) match.value, contents)
        : describe((ApiDescription) match.value);
  }

  private static boolean prefixOf(String query, String id) {
    return HEX.matcher(query).matches() && id.startsWith(query.toLowerCase(Locale.ROOT));
  }

  private static String unknown(String query, List<Entry> entries) {
    String message = "nothing in the catalog is named " + Json.quote(query) + " or has an id starting with it";
    if (entries.isEmpty()) {
      return message + "; the catalog is empty";
    }
    String lower = query.toLowerCase(Locale.ROOT);
    List<Entry> close = entries.stream().filter(e -> e.name.toLowerCase(Locale.ROOT).contains(lower)).toList();
    List<Entry> listed = close.isEmpty() ? entries : close;
    Set<String> components = new TreeSet<>();
    Set<String> apis = new TreeSet<>();
    for (Entry entry : listed) {
      (entry.kind == Kind.COMPONENT ? components : apis).add(entry.name);
    }
    StringBuilder out = new StringBuilder(message).append(close.isEmpty() ? "; the catalog has" : "; did you mean");
    if (!components.isEmpty()) {
      out.append(" components ").append(String.join(", ", components));
    }
    if (!apis.isEmpty()) {
      out.append(components.isEmpty() ? "" : ";").append(" APIs ").append(String.join(", ", apis));
    }
    return out.toString();
  }

  private String describe(ComponentDescription component, Contents contents) {
    StringBuilder out = new StringBuilder();
    out.append("component ").append(component.name()).append('\n');
    out.append("  id: ").append(component.id()).append('\n');
    if (!component.description().isEmpty()) {
      out.append("  description: ").append(component.description()).append('\n');
    }
    out.append("  provides: ").append(component.provides()).append('\n');
    out.append("  endowments:").append(component.endowments().isEmpty() ? " none" : "").append('\n');
    component.endowments().forEach((slot, api) -> out.append("    ").append(slot).append(": ").append(api).append('\n'));
    out.append("  params:").append(component.params().isEmpty() ? " none" : "").append('\n');
    component.params().forEach((param, type) -> out.append("    ").append(param).append(": ").append(type).append('\n'));
    out.append("  chrome: ").append(component.chrome()).append('\n');
    out.append("  files:\n");
    component.files().forEach((file, hash) -> out.append("    ").append(file).append(' ').append(hash).append('\n'));
    List<StoredReview> reviews =
        contents.reviews.stream().filter(r -> r.review.component().equals(component.id())).toList();
    out.append("  reviews:").append(reviews.isEmpty() ? " none" : "").append('\n');
    for (StoredReview stored : reviews) {
      Review.Verification verification = stored.review.verify(component);
      out.append("    ")
          .append(stored.fingerprint)
          .append(verification.valid() ? " valid" : " NOT VALID: " + verification.message())
          .append('\n');
    }
    return out.toString();
  }

  private static String describe(ApiDescription api) {
    StringBuilder out = new StringBuilder();
    out.append("API ").append(api.name()).append('\n');
    out.append("  id: ").append(api.id()).append('\n');
    if (!api.description().isEmpty()) {
      out.append("  description: ").append(api.description()).append('\n');
    }
    out.append("  methods:").append(api.methods().isEmpty() ? " none" : "").append('\n');
    api.methods().forEach((method, contract) -> out.append("    ").append(method).append(": ").append(contract).append('\n'));
    return out.toString();
  }

  private static String summary(ComponentDescription component) {
    List<String> slots = new ArrayList<>();
    component.endowments().forEach((slot, api) -> slots.add(slot + ": " + api));
    return "component "
        + component.name()
        + " "
        + component.shortId()
        + (component.chrome() ? " (chrome)" : "")
        + ": provides "
        + component.provides()
        + (slots.isEmpty() ? ", no endowments" : ", endowed with " + String.join(", ", slots));
  }

  private static String summary(ApiDescription api) {
    return "API " + api.name() + " " + api.id().substring(0, 12) + (api.description().isEmpty() ? "" : ": " + api.description());
  }

  // ---- adding ----

  private Added addComponent(Path source) {
    ComponentDescription component = ComponentDescription.read(source);
    String label = "component " + component.name() + " " + component.shortId();
    Path target = dir.resolve(COMPONENTS).resolve(component.name() + "-" + component.id());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Object stored = readComponent(target);
      if (stored instanceof Broken broken) {
        throw new IllegalArgumentException(
            source + ": cannot add " + label + ": " + broken.message + "; remove that folder, then add the component again");
      }
      return new Added(Kind.COMPONENT, component.id(), target, true, label + " is already in the catalog");
    }
    Path staging = dir.resolve(COMPONENTS).resolve(".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectory(staging);
      for (String file : component.files().keySet()) {
        Path to = staging.resolve(file);
        Files.createDirectories(to.getParent());
        Files.copy(source.resolve(file), to, LinkOption.NOFOLLOW_LINKS);
      }
      ComponentDescription copy = ComponentDescription.read(staging);
      if (!copy.id().equals(component.id())) {
        throw new IllegalArgumentException(
            source + ": changed while it was being copied (id " + component.id() + ", the copy's id " + copy.id() + "); add it again");
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": cannot copy into the catalog: " + e.getMessage(), e);
    } finally {
      deleteQuietly(staging);
    }
    return new Added(Kind.COMPONENT, component.id(), target, false, "added " + label + " to " + dir.relativize(target));
  }

  private Added addApi(ApiDescription api, String text) {
    String label = "API " + api.name() + " " + api.id().substring(0, 12);
    Path target = dir.resolve(APIS).resolve(api.name() + "-" + api.id() + ".json");
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Object stored = readApi(target);
      if (stored instanceof Broken broken) {
        throw new IllegalArgumentException("cannot add " + label + ": " + broken.message + "; remove that file, then add the API again");
      }
      return new Added(Kind.API, api.id(), target, true, label + " is already in the catalog");
    }
    ReviewKeys.writeAtomically(target, text, ReviewKeys.READABLE, false);
    return new Added(Kind.API, api.id(), target, false, "added " + label + " to " + dir.relativize(target));
  }

  private Added addReview(Review review, String source) {
    Optional<Path> folder = componentFolder(review.component());
    if (folder.isEmpty()) {
      throw new IllegalArgumentException(
          source
              + ": the review is of component "
              + review.name()
              + " "
              + review.component()
              + ", which is not in the catalog; add the component first");
    }
    Object stored = readComponent(folder.get());
    if (stored instanceof Broken broken) {
      throw new IllegalArgumentException(source + ": cannot check the review against the catalog's copy: " + broken.message);
    }
    ComponentDescription component = (ComponentDescription) stored;
    Review.Verification verification = review.verify(component);
    if (!verification.valid()) {
      throw new IllegalArgumentException(source + ": the review does not verify: " + verification.message());
    }
    String fingerprint = review.keyFingerprint();
    String label = "review of component " + component.name() + " " + component.shortId() + " by key " + fingerprint;
    Path target = dir.resolve(REVIEWS).resolve(review.component() + "-" + fingerprint + ".json");
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Object existing = readReview(target);
      if (existing instanceof StoredReview old && old.review.equals(review)) {
        return new Added(Kind.REVIEW, review.component(), target, true, label + " is already in the catalog");
      }
      // Ed25519 signatures are deterministic: a stored review that differs from this valid one
      // does not verify, so replacing it loses nothing.
    }
    ReviewKeys.writeAtomically(target, review.toJson() + "\n", ReviewKeys.READABLE, true);
    return new Added(Kind.REVIEW, review.component(), target, false, "added " + label + " to " + dir.relativize(target));
  }

  private Optional<Path> componentFolder(String id) {
    for (Path folder : list(dir.resolve(COMPONENTS))) {
      Matcher m = ENTRY.matcher(folder.getFileName().toString());
      if (m.matches() && m.group(2).equals(id)) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }

  // ---- reading back ----

  private Contents scan() {
    Contents contents = new Contents();
    readEach(COMPONENTS, this::readComponent, ComponentDescription.class, contents.components, contents.broken);
    readEach(APIS, this::readApi, ApiDescription.class, contents.apis, contents.broken);
    readEach(REVIEWS, this::readReview, StoredReview.class, contents.reviews, contents.broken);
    contents.components.sort(Comparator.comparing(ComponentDescription::name).thenComparing(ComponentDescription::id));
    contents.apis.sort(Comparator.comparing(ApiDescription::name).thenComparing(ApiDescription::id));
    return contents;
  }

  /** The component in {@code folder}, or a {@link Broken} saying why it is not trusted. */
  /**
   * Reads every entry of the catalog folder {@code folder} with {@code read}, which gives a {@code
   * type} or a {@link Broken}; each goes to its list.
   */
  private <T> void readEach(
      String folder, Function<Path, Object> read, Class<T> type, List<T> good, List<Broken> broken) {
    for (Path entry : list(dir.resolve(folder))) {
      Object result = read.apply(entry);
      if (type.isInstance(result)) {
        good.add(type.cast(result));
      } else {
        broken.add((Broken) result);
      }
    }
  }

  private Object readComponent(Path folder) {
    String where = dir.relativize(folder).toString().replace('\\', '/');
    Matcher m = ENTRY.matcher(folder.getFileName().toString());
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !m.matches()) {
      return new Broken(null, null, where + ": not a catalog entry (expected a folder named <name>-<component id>)");
    }
    String name = m.group(1);
    String id = m.group(2);
    ComponentDescription component;
    try {
      component = ComponentDescription.read(folder);
    } catch (IllegalArgumentException e) {
      return new Broken(name, id, where + ": tampered or damaged, not a readable component: " + e.getMessage() + "; not trusted");
    }
    if (!component.id().equals(id)) {
      return new Broken(
          name, id, where + ": tampered: its files now hash to id " + component.id() + ", not " + id + " as when it was added; not trusted");
    }
    if (!component.name().equals(name)) {
      return new Broken(name, id, where + ": the folder is named for " + name + " but holds component " + component.name() + "; not trusted");
    }
    return component;
  }

  /** The API object in {@code file}, or a {@link Broken} saying why it is not trusted. */
  private Object readApi(Path file) {
    String where = dir.relativize(file).toString().replace('\\', '/');
    String fileName = file.getFileName().toString();
    Matcher m = ENTRY.matcher(fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : "");
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !m.matches()) {
      return new Broken(null, null, where + ": not a catalog entry (expected a file named <API name>-<API id>.json)");
    }
    String name = m.group(1);
    String id = m.group(2);
    ApiDescription api;
    try {
      api = ApiDescription.read(file);
    } catch (IllegalArgumentException e) {
      return new Broken(name, id, where + ": tampered or damaged, not a readable API object: " + e.getMessage() + "; not trusted");
    }
    if (!api.id().equals(id)) {
      return new Broken(name, id, where + ": tampered: it now hashes to id " + api.id() + ", not " + id + " as when it was added; not trusted");
    }
    if (!api.name().equals(name)) {
      return new Broken(name, id, where + ": the file is named for " + name + " but holds API " + api.name() + "; not trusted");
    }
    return api;
  }

  /** The review in {@code file}, or a {@link Broken} saying why it is not a proper entry. */
  private Object readReview(Path file) {
    String where = dir.relativize(file).toString().replace('\\', '/');
    Matcher m = REVIEW_FILE.matcher(file.getFileName().toString());
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !m.matches()) {
      return new Broken(null, null, where + ": not a catalog entry (expected a file named <component id>-<key fingerprint>.json)");
    }
    Review review;
    String fingerprint;
    try {
      review = Review.read(file);
      fingerprint = review.keyFingerprint();
    } catch (IllegalArgumentException e) {
      return new Broken(null, null, where + ": damaged, not a readable review: " + e.getMessage());
    }
    if (!review.component().equals(m.group(1)) || !fingerprint.equals(m.group(2))) {
      return new Broken(
          null, null, where + ": tampered: it holds a review of component " + review.component() + " by key " + fingerprint + "; not trusted");
    }
    return new StoredReview(review, fingerprint);
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(folder + ": cannot list the catalog: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Best effort: a leftover .tmp- folder is ignored by every read.
    }
  }

  private static final class Contents {
    final List<ComponentDescription> components = new ArrayList<>();
    final List<ApiDescription> apis = new ArrayList<>();
    final List<StoredReview> reviews = new ArrayList<>();
    final List<Broken> broken = new ArrayList<>();
  }

  private record Broken(String name, String id, String message) {}

  private record StoredReview(Review review, String fingerprint) {}

  private record Entry(Kind kind, String name, String id, Object value) {}

  /** What a catalog entry is. */
  public enum Kind {
    /** A component folder. */
    COMPONENT("component"),
    /** An API object. */
    API("API"),
    /** A review sign-off. */
    REVIEW("review");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** How messages name this kind: {@code component}, {@code API}, {@code review}. */
    public String word() {
      return word;
    }
  }

  /**
   * What {@link #add} did.
   *
   * @param kind what was added
   * @param id the component's or API's id; for a review, the reviewed component's id
   * @param path where it is stored in the catalog
   * @param alreadyPresent whether it was there already (nothing was written)
   * @param message a sentence saying what happened
   */
  public record Added(Kind kind, String id, Path path, boolean alreadyPresent, String message) {
    /** Checks every member is present. */
    public Added {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * One search result.
   *
   * @param kind {@link Kind#COMPONENT} or {@link Kind#API}
   * @param name the component's or API's name
   * @param id its id
   * @param exact whether it matched by an exact API name rather than by contained text
   * @param summary one line describing it
   */
  public record Hit(Kind kind, String name, String id, boolean exact, String summary) {
    /** Checks every member is present. */
    public Hit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * What {@link #search} found.
   *
   * @param query the query, stripped
   * @param hits the matches, best first
   * @param problems the catalog's tampered or unreadable entries, which were not searched
   */
  public record SearchResult(String query, List<Hit> hits, List<String> problems) {
    /** Copies the lists. */
    public SearchResult {
      Objects.requireNonNull(query, "query");
      hits = List.copyOf(hits);
      problems = List.copyOf(problems);
    }

    /** One line per hit (or one saying nothing matched), then one {@code warning:} line per problem. */
    public String render() {
      StringBuilder out = new StringBuilder();
      if (hits.isEmpty()) {
        out.append("nothing in the catalog matches ").append(Json.quote(query)).append('\n');
      }
      for (Hit hit : hits) {
        out.append(hit.summary()).append('\n');
      }
      for (String problem : new LinkedHashSet<>(problems)) {
        out.append("warning: ").append(problem).append('\n');
      }
      return out.toString();
    }
  }
}
