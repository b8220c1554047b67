package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An API object (DESIGN.md section 8): a JSON document naming an interface and the contract of each
 * of its methods. Components say which API they provide and which API each endowment slot expects.
 *
 * <pre>{@code
 * {"name": "ReadOnlyTwitterAPI",
 *  "description": "Reads a Twitter-like account; cannot post.",
 *  "methods": {"countNewMessages": "the number of unread messages, an integer >= 0",
 *              "inboxURL": "the URL of the inbox page, a string"}}
 * }</pre>
 *
 * <p>{@code name} is an identifier ({@code [A-Za-z][A-Za-z0-9_]*}), {@code description} a string,
 * {@code methods} an object of method names (identifiers) to contract strings; no other member is
 * allowed. The id is the SHA-256 of the document's {@link CanonicalJson canonical form}.
 *
 * @param name the API name
 * @param description what it is for
 * @param methods each method name to its contract, sorted by name
 * @param id the SHA-256 of the canonical document
 */
public record ApiDescription(String name, String description, Map<String, String> methods, String id) {
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Copies; the id is not checked here, use {@link #parse}. */
  public ApiDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    methods = Collections.unmodifiableMap(new TreeMap<>(methods));
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads an API document.
   *
   * @throws IllegalArgumentException starting with the file: unreadable, not strict JSON, or not an
   *     API object (the message names the member)
   */
  public static ApiDescription read(Path file) {
    return parse(TextFiles.read(file), file.toString());
  }

  /**
   * Parses an API document; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException starting with {@code source + ": "}
   */
  public static ApiDescription parse(String json, String source) {
    JsonElement root = Json.parse(json, source);
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(source + ": an API object must be a JSON object, got " + Json.describe(root));
    }
    JsonObject object = root.getAsJsonObject();
    for (String key : object.keySet()) {
      if (!key.equals("name") && !key.equals("description") && !key.equals("methods")) {
        throw new IllegalArgumentException(source + ": unknown member " + Json.quote(key) + "; an API object has name, description and methods");
      }
    }
    String name = identifier(source, object, "name");
    String description = object.has("description") ? string(source, object.get("description"), "description") : "";
    if (!object.has("methods") || !object.get("methods").isJsonObject()) {
      throw new IllegalArgumentException(source + ": \"methods\" must be an object of method names to contracts");
    }
    Map<String, String> methods = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> method : object.getAsJsonObject("methods").entrySet()) {
      if (!IDENTIFIER.matcher(method.getKey()).matches()) {
        throw new IllegalArgumentException(source + ": method name " + Json.quote(method.getKey()) + " is not an identifier");
      }
      methods.put(method.getKey(), string(source, method.getValue(), "methods." + method.getKey()));
    }
    return new ApiDescription(name, description, methods, CanonicalJson.sha256(object));
  }

  private static String identifier(String source, JsonObject object, String member) {
    if (!object.has(member)) {
      throw new IllegalArgumentException(source + ": missing " + Json.quote(member));
    }
    String value = string(source, object.get(member), member);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(source + ": " + member + " " + Json.quote(value) + " is not an identifier ([A-Za-z][A-Za-z0-9_]*)");
    }
    return value;
  }

  private static String string(String source, JsonElement value, String member) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": " + member + " must be a string, got " + Json.describe(value));
    }
    return value.getAsString();
  }
}
