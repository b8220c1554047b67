package dev.compartments.loader;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import dev.compartments.loader.internal.ModulePaths;
import dev.compartments.principals.Origins;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a package's {@code package.json} says (DESIGN.md section 7): an immutable, thread-safe value.
 *
 * <ul>
 *   <li>{@code name}: the package name, the first segment of every module id of the package
 *       ({@code demo/main}). Letters, digits, {@code .}, {@code _} and {@code -}, starting with a
 *       letter or digit; {@code sdk} (the loader's own modules) and {@code chrome} (the authority
 *       marker) are reserved.
 *   <li>{@code main}: the module path, under {@code lib}, of the module {@code require("name")}
 *       gives and {@code package run} starts; default {@code main}. A leading {@code ./} and a
 *       trailing {@code .js} are dropped, so {@code "./main.js"} is {@code main}.
 *   <li>{@code lib}: the folder, relative to the package, that holds its modules; default {@code
 *       lib}.
 *   <li>{@code dependencies}: names of the packages whose modules this package may require; each
 *       is a folder {@code packages/<name>} beside this {@code package.json} (see {@link
 *       PackageSet}).
 *   <li>{@code permissions}: each permission name to its list of strings. The entries of {@code
 *       network} must be http or https origins ({@code scheme://host[:port]}, nothing after) and
 *       are kept in their normalized form ({@code https://API.example.com:443} is {@code
 *       https://api.example.com}).
 *   <li>{@code component}: the {@code component} section (DESIGN.md section 8) as compact JSON
 *       text, if there is one; read later by the components layer.
 * </ul>
 *
 * <p>Other fields ({@code version}, {@code description}, ...) are ignored. Reading is strict JSON
 * and refuses duplicate keys.
 *
 * @param name the package name
 * @param main the main module's path under {@code lib}, without {@code .js}
 * @param lib the modules folder, relative to the package folder, {@code /}-separated
 * @param dependencies declared dependency package names, in declared order, no duplicates
 * @param permissions permission name to its entries; an immutable sorted map
 * @param component the {@code component} section as compact JSON, or empty
 */
public record PackageDescriptor(
    String name,
    String main,
    String lib,
    List<String> dependencies,
    Map<String, List<String>> permissions,
    Optional<String> component) {

  /** The permission whose entries are the origins the {@code xhr} module may reach. */
  public static final String NETWORK = "network";

  private static final String NAME_RULE =
      "expected letters, digits, '.', '_' or '-', starting with a letter or digit, and not \"sdk\" or \"chrome\"";

  /**
   * Validates and copies every field.
   *
   * @throws IllegalArgumentException naming the bad field and value, as {@link #parse} does
   */
  public PackageDescriptor {
    String source = "package descriptor";
    name = checkName(source, name);
    main = checkMain(source, main);
    lib = checkLib(source, lib);
    dependencies = checkDependencies(source, name, dependencies);
    permissions = checkPermissions(source, permissions);
    if (component == null) {
      throw new IllegalArgumentException(source + ": component is null; use Optional.empty()");
    }
  }

  /** A descriptor with only a name: {@code main} is {@code main}, {@code lib} is {@code lib}. */
  public static PackageDescriptor of(String name) {
    return new PackageDescriptor(name, "main", "lib", List.of(), Map.of(), Optional.empty());
  }

  /**
   * Reads the {@code package.json} at {@code file}.
   *
   * @throws IllegalArgumentException starting with the file's path: it cannot be read, is not
   *     UTF-8 or strict JSON, or a field is missing, of the wrong type or invalid (the message
   *     names the field and the bad value)
   */
  public static PackageDescriptor read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": does not exist", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e, e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses {@code json}, the text of a {@code package.json}; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException starting with {@code source + ": "}: not strict JSON, not an
   *     object, or a field missing, of the wrong type or invalid (the message names the field and
   *     the bad value)
   */
  public static PackageDescriptor parse(String json, String source) {
    JsonElement root = Json.parse(json, source);
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(source + ": must hold a JSON object, got " + Json.describe(root));
    }
    JsonObject object = root.getAsJsonObject();
    if (!object.has("name")) {
      throw new IllegalArgumentException(source + ": missing \"name\": every package.json names its package");
    }
    String name = checkName(source, string(source, object, "name"));
    String main = object.has("main") ? checkMain(source, string(source, object, "main")) : "main";
    String lib = object.has("lib") ? checkLib(source, string(source, object, "lib")) : "lib";
    List<String> dependencies = List.of();
    if (object.has("dependencies")) {
      dependencies = checkDependencies(source, name, strings(source, object.get("dependencies"), "\"dependencies\"", "an array of package names"));
    }
    Map<String, List<String>> permissions = Map.of();
    if (object.has("permissions")) {
      JsonElement section = object.get("permissions");
      if (!section.isJsonObject()) {
        throw new IllegalArgumentException(
            source
                + ": \"permissions\" must be an object such as {\"network\": [\"https://api.example.com\"]}, got "
                + Json.describe(section));
      }
      Map<String, List<String>> read = new TreeMap<>();
      for (Map.Entry<String, JsonElement> entry : section.getAsJsonObject().entrySet()) {
        String field = "\"permissions\"." + Json.quote(entry.getKey());
        read.put(entry.getKey(), strings(source, entry.getValue(), field, "an array of strings"));
      }
      permissions = checkPermissions(source, read);
    }
    Optional<String> component = Optional.empty();
    if (object.has("component")) {
      JsonElement section = object.get("component");
      if (!section.isJsonObject()) {
        throw new IllegalArgumentException(source + ": \"component\" must be an object, got " + Json.describe(section));
      }
      component = Optional.of(Json.compact(section));
    }
    return new PackageDescriptor(name, main, lib, dependencies, permissions, component);
  }

  /** The id of the main module: {@code name + "/" + main}, such as {@code demo/main}. */
  public String mainModuleId() {
    return name + "/" + main;
  }

  /** The normalized origins of {@code permissions.network}; empty if there is none. */
  public List<String> networkOrigins() {
    return permissions.getOrDefault(NETWORK, List.of());
  }

  private static String string(String source, JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": \"" + field + "\" must be a string, got " + Json.describe(value));
    }
    return value.getAsString();
  }

  private static List<String> strings(String source, JsonElement value, String field, String expected) {
    if (!value.isJsonArray()) {
      throw new IllegalArgumentException(source + ": " + field + " must be " + expected + ", got " + Json.describe(value));
    }
    JsonArray array = value.getAsJsonArray();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(
            source + ": " + field + "[" + i + "] must be a string, got " + Json.describe(item));
      }
      out.add(item.getAsString());
    }
    return out;
  }

  private static String checkName(String source, String name) {
    if (name == null) {
      throw new IllegalArgumentException(source + ": missing \"name\": every package.json names its package");
    }
    if (!ModulePaths.isPackageName(name)) {
      throw new IllegalArgumentException(source + ": invalid \"name\" " + Json.quote(name) + ": " + NAME_RULE);
    }
    return name;
  }

  private static String checkMain(String source, String main) {
    if (main == null) {
      throw new IllegalArgumentException(source + ": \"main\" is null; expected a module path such as \"main\"");
    }
    String path = ModulePaths.stripDotSlashAndJs(main);
    if (!ModulePaths.isModulePath(path)) {
      throw new IllegalArgumentException(
          source
              + ": invalid \"main\" "
              + Json.quote(main)
              + ": expected a module path under \"lib\", such as \"main\" or \"sub/start.js\"");
    }
    return path;
  }

  private static String checkLib(String source, String lib) {
    if (lib == null) {
      throw new IllegalArgumentException(source + ": \"lib\" is null; expected a relative folder such as \"lib\"");
    }
    String path = lib.startsWith("./") ? lib.substring(2) : lib;
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!ModulePaths.isModulePath(path)) {
      throw new IllegalArgumentException(
          source + ": invalid \"lib\" " + Json.quote(lib) + ": expected a relative folder inside the package, such as \"lib\"");
    }
    return path;
  }

  private static List<String> checkDependencies(String source, String name, List<String> dependencies) {
    if (dependencies == null) {
      throw new IllegalArgumentException(source + ": \"dependencies\" is null; expected a list of package names");
    }
    Set<String> seen = new HashSet<>();
    for (String dependency : dependencies) {
      if (!ModulePaths.isPackageName(dependency)) {
        throw new IllegalArgumentException(
            source + ": invalid dependency " + (dependency == null ? "null" : Json.quote(dependency)) + " in \"dependencies\": " + NAME_RULE);
      }
      if (dependency.equals(name)) {
        throw new IllegalArgumentException(source + ": package " + Json.quote(name) + " lists itself in \"dependencies\"");
      }
      if (!seen.add(dependency)) {
        throw new IllegalArgumentException(source + ": \"dependencies\" lists " + Json.quote(dependency) + " twice");
      }
    }
    return List.copyOf(dependencies);
  }

  private static Map<String, List<String>> checkPermissions(String source, Map<String, List<String>> permissions) {
    if (permissions == null) {
      throw new IllegalArgumentException(source + ": \"permissions\" is null; expected a map such as {network=[...]}");
    }
    Map<String, List<String>> copy = new TreeMap<>();
    for (Map.Entry<String, List<String>> entry : permissions.entrySet()) {
      String key = entry.getKey();
      if (key == null || entry.getValue() == null || entry.getValue().stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException(source + ": \"permissions\" holds a null name, list or entry");
      }
      List<String> values = entry.getValue();
      if (key.equals(NETWORK)) {
        List<String> origins = new ArrayList<>();
        for (String value : values) {
          origins.add(checkNetworkOrigin(source, value));
        }
        values = origins;
      }
      copy.put(key, List.copyOf(values));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static String checkNetworkOrigin(String source, String value) {
    String problem = null;
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        problem = "the scheme must be http or https";
      } else if (uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
        problem = "expected scheme://host[:port] without user info";
      } else if (!(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        problem = "an origin has no path, query or fragment; the whole origin is what the permission grants";
      } else {
        return Origins.normalize(value);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      problem = "expected scheme://host[:port]";
    }
    throw new IllegalArgumentException(
        source + ": \"permissions\".\"network\" entry " + Json.quote(value) + " is not an http or https origin: " + problem);
  }
}
