package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A blueprint (DESIGN.md section 8): a JSON assembly program that wires components into an add-on.
 * No loops, no conditionals: named nodes, each one component with its slots wired to other nodes
 * and its params bound to constants or PowerBox questions, and one top node.
 *
 * <pre>{@code
 * {"name": "statusbar",
 *  "description": "A read-only status bar client of a Twitter-like service.",
 *  "apis": "apis",
 *  "top": "driver",
 *  "questions": {
 *    "host": {"type": "DOMAIN", "prompt": "Which host serves your messages?", "default": "127.0.0.1:8080"}},
 *  "nodes": {
 *    "xhr": {"component": "components/restricted-xhr", "chrome": true,
 *            "params": {"domain": {"question": "host"}}},
 *    "driver": {"component": "components/driver", "id": "<sha256, optional pin>",
 *               "endowments": {"twitter": "readonly"}, "params": {"interval": {"value": 60}}}}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code name} (required): an identifier-like name ({@code [A-Za-z0-9][A-Za-z0-9._-]*}).
 *   <li>{@code apis}: the folder, relative to the blueprint, of API documents {@code <Name>.json};
 *       default {@code apis}.
 *   <li>{@code top} (required): the node whose export object is the add-on.
 *   <li>{@code questions}: name to {@code {type, prompt, default?, constraints?}}.
 *   <li>{@code nodes} (required, at least one): name to {@code {component, id?, chrome?,
 *       endowments?, params?}}. {@code component} is a folder relative to the blueprint; {@code
 *       id} pins the component id; {@code chrome: true} grants chrome; {@code endowments} maps each
 *       slot to a node; {@code params} maps each param to {@code {"question": name}} or {@code
 *       {"value": constant}}.
 * </ul>
 *
 * <p>Parsing checks the shape (members, their types); {@link Checker} checks the meaning. The
 * add-on id is the SHA-256 of the blueprint's canonical JSON.
 *
 * @param file the blueprint file
 * @param name its name
 * @param description its description, or empty
 * @param apis the API documents folder, resolved
 * @param top the top node's name
 * @param questions every question, in blueprint order
 * @param nodes every node, in blueprint order
 * @param addonId the add-on id
 */
public record Blueprint(
    Path file,
    String name,
    String description,
    Path apis,
    String top,
    Map<String, Question> questions,
    Map<String, Node> nodes,
    String addonId) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /** Copies. */
  public Blueprint {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(apis, "apis");
    Objects.requireNonNull(top, "top");
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    Objects.requireNonNull(addonId, "addonId");
  }

  /**
   * One node: a component instance.
   *
   * @param name the node's name
   * @param component the component folder, resolved against the blueprint's folder
   * @param componentPath the folder as written
   * @param pinnedId the component id the blueprint pins, if any
   * @param chrome whether the blueprint grants chrome
   * @param endowments slot to node name, in blueprint order
   * @param params param name to its binding, in blueprint order
   */
  public record Node(
      String name,
      Path component,
      String componentPath,
      Optional<String> pinnedId,
      boolean chrome,
      Map<String, String> endowments,
      Map<String, Binding> params) {

    /** Copies. */
    public Node {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(componentPath, "componentPath");
      Objects.requireNonNull(pinnedId, "pinnedId");
      endowments = Collections.unmodifiableMap(new LinkedHashMap<>(endowments));
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
  }

  /** What a param is bound to: a constant or a question. */
  public sealed interface Binding {}

  /**
   * A param bound to a constant.
   *
   * @param value the constant
   */
  public record Constant(JsonElement value) implements Binding {
    /** Copies. */
    public Constant {
      value = Objects.requireNonNull(value, "value").deepCopy();
    }

    @Override
    public JsonElement value() {
      return value.deepCopy();
    }
  }

  /**
   * A param bound to the answer of a question.
   *
   * @param question the question's name
   */
  public record Ask(String question) implements Binding {
    /** Checks. */
    public Ask {
      Objects.requireNonNull(question, "question");
    }
  }

  /**
   * Reads the blueprint file.
   *
   * @throws IllegalArgumentException starting with the file: unreadable, not strict JSON, or of the
   *     wrong shape (the message names the member and what was expected)
   */
  public static Blueprint read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(TextFiles.read(file), file);
  }

  /**
   * Parses blueprint text as if read from {@code file} (folders resolve against its parent).
   *
   * @throws IllegalArgumentException starting with the file
   */
  public static Blueprint parse(String json, Path file) {
    String source = file.toString();
    JsonElement root = Json.parse(json, source);
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(source + ": a blueprint must be a JSON object, got " + Json.describe(root));
    }
    JsonObject object = root.getAsJsonObject();
    members(source, "the blueprint", object, Set.of("name", "description", "apis", "top", "questions", "nodes"));
    String name = required(source, object, "name", "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(source + ": name " + Json.quote(name) + " must be letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    String description = optionalString(source, object, "description", "description").orElse("");
    Path base = file.toAbsolutePath().getParent();
    Path apis = base.resolve(relative(source, "apis", optionalString(source, object, "apis", "apis").orElse("apis")));
    String top = required(source, object, "top", "top");
    Map<String, Question> questions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : object(source, object, "questions", "questions", false).entrySet()) {
      questions.put(entry.getKey(), question(source, entry.getKey(), entry.getValue()));
    }
    JsonObject nodeObjects = object(source, object, "nodes", "nodes", true);
    if (nodeObjects.size() == 0) {
      throw new IllegalArgumentException(source + ": \"nodes\" is empty; a blueprint has at least one node");
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : nodeObjects.entrySet()) {
      nodes.put(entry.getKey(), node(source, base, entry.getKey(), entry.getValue()));
    }
    String addonId;
    try {
      addonId = CanonicalJson.sha256(object);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
    return new Blueprint(file, name, description, apis, top, questions, nodes, addonId);
  }

  private static Question question(String source, String name, JsonElement value) {
    String where = "questions." + name;
    checkName(source, where, name, "question");
    if (!value.isJsonObject()) {
      throw new IllegalArgumentException(source + ": " + where + " must be an object {type, prompt, default?, constraints?}, got " + Json.describe(value));
    }
    JsonObject q = value.getAsJsonObject();
    members(source, where, q, Set.of("type", "prompt", "default", "constraints"));
    QuestionType type;
    try {
      type = QuestionType.named(required(source, q, "type", where + ".type"));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith(source)) {
        throw e;
      }
      throw new IllegalArgumentException(source + ": " + where + ".type: " + e.getMessage(), e);
    }
    String prompt = required(source, q, "prompt", where + ".prompt");
    Optional<JsonElement> defaultValue = Optional.ofNullable(q.get("default"));
    JsonObject constraints = object(source, q, "constraints", where + ".constraints", false);
    return new Question(name, type, prompt, defaultValue, constraints);
  }

  private static Node node(String source, Path base, String name, JsonElement value) {
    String where = "nodes." + name;
    checkName(source, where, name, "node");
    if (!value.isJsonObject()) {
      throw new IllegalArgumentException(source + ": " + where + " must be an object {component, id?, chrome?, endowments?, params?}, got " + Json.describe(value));
    }
    JsonObject n = value.getAsJsonObject();
    members(source, where, n, Set.of("component", "id", "chrome", "endowments", "params"));
    String componentPath = required(source, n, "component", where + ".component");
    Path component = base.resolve(relative(source, where + ".component", componentPath)).normalize();
    Optional<String> id = optionalString(source, n, "id", where + ".id");
    if (id.isPresent() && !HEX64.matcher(id.get()).matches()) {
      throw new IllegalArgumentException(source + ": " + where + ".id must be a component id (64 lowercase hex digits), got " + Json.quote(id.get()));
    }
    boolean chrome = false;
    if (n.has("chrome")) {
      JsonElement c = n.get("chrome");
      if (!c.isJsonPrimitive() || !c.getAsJsonPrimitive().isBoolean()) {
        throw new IllegalArgumentException(source + ": " + where + ".chrome must be true or false, got " + Json.describe(c));
      }
      chrome = c.getAsBoolean();
    }
    Map<String, String> endowments = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> slot : object(source, n, "endowments", where + ".endowments", false).entrySet()) {
      JsonElement target = slot.getValue();
      if (!target.isJsonPrimitive() || !target.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(
            source + ": " + where + ".endowments." + slot.getKey() + " must name a node, got " + Json.describe(target));
      }
      endowments.put(slot.getKey(), target.getAsString());
    }
    Map<String, Binding> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> param : object(source, n, "params", where + ".params", false).entrySet()) {
      params.put(param.getKey(), binding(source, where + ".params." + param.getKey(), param.getValue()));
    }
    return new Node(name, component, componentPath, id, chrome, endowments, params);
  }

  private static Binding binding(String source, String where, JsonElement value) {
    String shape = " must be {\"question\": <name>} or {\"value\": <constant>}, got ";
    if (!value.isJsonObject() || value.getAsJsonObject().size() != 1) {
      throw new IllegalArgumentException(source + ": " + where + shape + Json.describe(value));
    }
    JsonObject b = value.getAsJsonObject();
    if (b.has("value")) {
      return new Constant(b.get("value"));
    }
    if (b.has("question")) {
      JsonElement q = b.get("question");
      if (!q.isJsonPrimitive() || !q.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(source + ": " + where + ".question must name a question, got " + Json.describe(q));
      }
      return new Ask(q.getAsString());
    }
    throw new IllegalArgumentException(source + ": " + where + shape + "an object with " + Json.quote(b.keySet().iterator().next()));
  }

  private static String relative(String source, String where, String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException(source + ": " + where + " must be a folder relative to the blueprint, got " + Json.quote(path));
    }
    return path;
  }

  private static void checkName(String source, String where, String name, String what) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          source + ": " + where + ": the " + what + " name " + Json.quote(name) + " must be letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  private static void members(String source, String where, JsonObject object, Set<String> allowed) {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(
            source + ": " + where + " has an unknown member " + Json.quote(key) + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static String required(String source, JsonObject object, String member, String where) {
    if (!object.has(member)) {
      throw new IllegalArgumentException(source + ": " + where + " is missing");
    }
    return optionalString(source, object, member, where).orElseThrow();
  }

  private static Optional<String> optionalString(String source, JsonObject object, String member, String where) {
    if (!object.has(member)) {
      return Optional.empty();
    }
    JsonElement value = object.get(member);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": " + where + " must be a string, got " + Json.describe(value));
    }
    return Optional.of(value.getAsString());
  }

  private static JsonObject object(String source, JsonObject object, String member, String where, boolean required) {
    if (!object.has(member)) {
      if (required) {
        throw new IllegalArgumentException(source + ": " + Json.quote(member) + " is missing");
      }
      return new JsonObject();
    }
    JsonElement value = object.get(member);
    if (!value.isJsonObject()) {
      throw new IllegalArgumentException(source + ": " + where + " must be an object, got " + Json.describe(value));
    }
    return value.getAsJsonObject();
  }
}
