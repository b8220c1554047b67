package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.PackageDescriptor;
import dev.compartments.loader.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A component: a package whose {@code package.json} has a {@code component} section (DESIGN.md
 * section 8), and its id.
 *
 * <pre>{@code
 * "component": {
 *   "provides": "TwitterAPI",
 *   "endowments": {"xhr": "RestrictedXHR", "password": "PasswordSlot"},
 *   "params": {"pageSize": "INTEGER"},
 *   "chrome": false
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code provides}: the name of the API its export object implements (required).
 *   <li>{@code endowments}: each slot (an identifier) to the API it expects; the maker gets exactly
 *       these slots. Default none.
 *   <li>{@code params}: each param (an identifier) to its {@link QuestionType}; a blueprint binds
 *       every one to a constant or a question of that type. Default none.
 *   <li>{@code chrome}: whether its modules may {@code require("chrome")}. Default false.
 * </ul>
 *
 * <p>The package's main module exports the maker {@code (endowments, params) => exportObject}.
 *
 * <p>The id is the SHA-256 of the canonical JSON of {@code {"package": <package.json>, "files":
 * {<path>: <sha256>, ...}}}, over every file of the folder (paths relative to it, {@code
 * /}-separated): changing any byte of any file, or a member of {@code package.json}, changes the id.
 * A folder holding a symbolic link is refused (its target could change without changing the id).
 *
 * @param dir the component's folder
 * @param name the package name
 * @param description the {@code description} member of package.json, or empty
 * @param provides the API it provides
 * @param endowments slot to API, sorted by slot
 * @param params param name to type, sorted by name
 * @param chrome whether it declares chrome
 * @param files each file's relative path to its SHA-256, sorted
 * @param id the component id
 */
public record ComponentDescription(
    Path dir,
    String name,
    String description,
    String provides,
    Map<String, String> endowments,
    Map<String, QuestionType> params,
    boolean chrome,
    Map<String, String> files,
    String id) {

  /** Copies. */
  public ComponentDescription {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(provides, "provides");
    endowments = Collections.unmodifiableMap(new TreeMap<>(endowments));
    params = Collections.unmodifiableMap(new TreeMap<>(params));
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads the component in {@code dir} and computes its id.
   *
   * @throws IllegalArgumentException starting with the folder or file: not a package, no {@code
   *     component} section, a member of the wrong type or unknown, or a file that cannot be read
   */
  public static ComponentDescription read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path file = dir.resolve("package.json");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder");
    }
    PackageDescriptor pkg = PackageDescriptor.read(file);
    String source = file.toString();
    if (pkg.component().isEmpty()) {
      throw new IllegalArgumentException(source + ": not a component: package.json has no \"component\" section");
    }
    JsonObject whole;
    try {
      whole = Json.parse(Files.readString(file, StandardCharsets.UTF_8), source).getAsJsonObject();
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": cannot read: " + e.getMessage(), e);
    }
    JsonObject section = whole.getAsJsonObject("component");
    for (String key : section.keySet()) {
      if (!key.matches("provides|endowments|params|chrome")) {
        throw new IllegalArgumentException(
            source + ": component." + key + " is not a member of a component section (provides, endowments, params, chrome)");
      }
    }
    if (!section.has("provides")) {
      throw new IllegalArgumentException(source + ": component.provides is missing: name the API the component provides");
    }
    String provides = apiName(source, "component.provides", section.get("provides"));
    Map<String, String> endowments = new TreeMap<>();
    for (Map.Entry<String, JsonElement> slot : object(source, section, "endowments").entrySet()) {
      identifier(source, "component.endowments", slot.getKey(), "slot");
      endowments.put(slot.getKey(), apiName(source, "component.endowments." + slot.getKey(), slot.getValue()));
    }
    Map<String, QuestionType> params = new TreeMap<>();
    for (Map.Entry<String, JsonElement> param : object(source, section, "params").entrySet()) {
      identifier(source, "component.params", param.getKey(), "param");
      JsonElement type = param.getValue();
      if (!type.isJsonPrimitive() || !type.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(source + ": component.params." + param.getKey() + " must be a type name string, got " + Json.describe(type));
      }
      try {
        params.put(param.getKey(), QuestionType.named(type.getAsString()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": component.params." + param.getKey() + ": " + e.getMessage(), e);
      }
    }
    boolean chrome = false;
    if (section.has("chrome")) {
      JsonElement value = section.get("chrome");
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
        throw new IllegalArgumentException(source + ": component.chrome must be true or false, got " + Json.describe(value));
      }
      chrome = value.getAsBoolean();
    }
    String description = "";
    if (whole.has("description") && whole.get("description").isJsonPrimitive()) {
      description = whole.get("description").getAsString();
    }
    Map<String, String> files = hashFiles(dir);
    JsonObject identity = new JsonObject();
    identity.add("package", whole);
    JsonObject hashes = new JsonObject();
    files.forEach(hashes::addProperty);
    identity.add("files", hashes);
    String id;
    try {
      id = CanonicalJson.sha256(identity);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
    return new ComponentDescription(dir, pkg.name(), description, provides, endowments, params, chrome, files, id);
  }

  /** The first 12 hex digits of the id, for display. */
  public String shortId() {
    return id.substring(0, 12);
  }

  private static Map<String, String> hashFiles(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        if (Files.isSymbolicLink(path)) {
          throw new IllegalArgumentException(
              dir + ": " + dir.relativize(path) + " is a symbolic link; a component holds only regular files and folders");
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          String relative = dir.relativize(path).toString().replace('\\', '/');
          files.put(relative, CanonicalJson.sha256(Files.readAllBytes(path)));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(dir + ": cannot read its files: " + e.getMessage(), e);
    }
    return files;
  }

  private static JsonObject object(String source, JsonObject section, String member) {
    if (!section.has(member)) {
      return new JsonObject();
    }
    JsonElement value = section.get(member);
    if (!value.isJsonObject()) {
      throw new IllegalArgumentException(source + ": component." + member + " must be an object, got " + Json.describe(value));
    }
    return value.getAsJsonObject();
  }

  private static String apiName(String source, String where, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": " + where + " must be an API name, got " + Json.describe(value));
    }
    identifier(source, where, value.getAsString(), "API name");
    return value.getAsString();
  }

  private static void identifier(String source, String where, String value, String what) {
    if (!ApiDescription.IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(source + ": " + where + ": " + what + " " + Json.quote(value) + " is not an identifier ([A-Za-z][A-Za-z0-9_]*)");
    }
  }
}
