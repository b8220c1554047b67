package dev.compartments.loader;

import com.google.gson.JsonElement;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import dev.compartments.loader.internal.ManifestBuilder;
import dev.compartments.loader.internal.ModulePaths;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A package's manifest (DESIGN.md section 7): every module the top package's main module can reach
 * through static requires, what each may require, whether it gets chrome and the SHA-256 of its
 * file, and the problems the scanner found. Built by {@link #build(Path)} without running any
 * code. An immutable, thread-safe value with {@code equals}.
 *
 * <p>Its JSON form ({@link #toJson()}) is exactly DESIGN.md's, modules sorted by id, requires by
 * name, problems by file, line and message:
 *
 * <pre>{@code
 * {
 *   "modules": {
 *     "demo/main": {
 *       "requires": {
 *         "./util": "demo/util",
 *         "chrome": "chrome"
 *       },
 *       "chrome": true,
 *       "sha256": "..."
 *     },
 *     ...
 *   },
 *   "problems": [
 *     {
 *       "file": "lib/util.js",
 *       "line": 3,
 *       "message": "..."
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Security guarantees, for the loader that enforces it: a module id appears in some {@code
 * requires} only if it is an entry of {@link #modules()} (or a {@link LowLevelModule}, or {@code
 * chrome}); only {@code "chrome"} maps to {@code chrome}, and an entry is {@code chrome: true} iff
 * it requires {@code "chrome"}. Both are checked by {@link #of} and {@link #fromJson}, so a
 * hand-edited manifest cannot break them.
 */
public final class Manifest {
  private final Map<String, ModuleEntry> modules;
  private final List<Problem> problems;

  private Manifest(Map<String, ModuleEntry> modules, List<Problem> problems) {
    this.modules = modules;
    this.problems = problems;
  }

  /**
   * A manifest of {@code modules} (module id to entry) and {@code problems}, copied and sorted.
   *
   * @throws IllegalArgumentException if a module id is not {@code <package>/<path>}, or an entry
   *     requires a module id that is neither an entry, a {@link LowLevelModule} nor {@code chrome}
   */
  public static Manifest of(Map<String, ModuleEntry> modules, List<Problem> problems) {
    if (modules == null
        || problems == null
        || modules.values().stream().anyMatch(Objects::isNull)
        || problems.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a manifest needs non-null modules and problems");
    }
    TreeMap<String, ModuleEntry> sorted = new TreeMap<>();
    for (Map.Entry<String, ModuleEntry> entry : modules.entrySet()) {
      String id = entry.getKey();
      int slash = id == null ? -1 : id.indexOf('/');
      if (slash < 0 || !ModulePaths.isPackageName(id.substring(0, slash)) || !ModulePaths.isModulePath(id.substring(slash + 1))) {
        throw new IllegalArgumentException(
            "invalid module id " + (id == null ? "null" : Json.quote(id)) + ": expected <package>/<path under lib without .js>");
      }
      sorted.put(id, entry.getValue());
    }
    for (Map.Entry<String, ModuleEntry> entry : sorted.entrySet()) {
      for (Map.Entry<String, String> require : entry.getValue().requires().entrySet()) {
        String target = require.getValue();
        if (!target.equals(Scanner.CHROME) && LowLevelModule.forId(target).isEmpty() && !sorted.containsKey(target)) {
          throw new IllegalArgumentException(
              entry.getKey()
                  + " requires "
                  + Json.quote(require.getKey())
                  + " as "
                  + target
                  + ", which is not a module of the manifest, a low-level module or chrome");
        }
      }
    }
    List<Problem> sortedProblems = new ArrayList<>(problems);
    sortedProblems.sort(Problem.ORDER);
    return new Manifest(Collections.unmodifiableMap(sorted), List.copyOf(sortedProblems));
  }

  /**
   * Builds the manifest of the package in {@code packageDir} and its dependencies, without running
   * any code.
   *
   * @throws IllegalArgumentException if {@code packageDir} is not a valid package ({@link
   *     PackageSet#load}) or its main module file does not exist
   * @throws java.io.UncheckedIOException if a module file exists but cannot be read
   */
  public static Manifest build(Path packageDir) {
    return build(PackageSet.load(packageDir));
  }

  /** Builds the manifest of {@code packages}, as {@link #build(Path)}. */
  public static Manifest build(PackageSet packages) {
    return ManifestBuilder.build(packages).manifest();
  }

  /**
   * Reads a manifest from its JSON form, as {@link #toJson()} writes it.
   *
   * @throws IllegalArgumentException naming what is wrong: not strict JSON, a missing or
   *     mistyped field, or anything {@link #of}, {@link ModuleEntry} or {@link Problem} refuses
   */
  public static Manifest fromJson(String json) {
    JsonElement root = Json.parse(json, "manifest");
    JsonObject object = object(root, "the manifest");
    only(object, "the manifest", Set.of("modules", "problems"));
    Map<String, ModuleEntry> modules = new TreeMap<>();
    for (Map.Entry<String, JsonElement> module : object(field(object, "modules", "the manifest"), "\"modules\"").entrySet()) {
      String where = "module " + Json.quote(module.getKey());
      JsonObject entry = object(module.getValue(), where);
      only(entry, where, Set.of("requires", "chrome", "sha256"));
      Map<String, String> requires = new TreeMap<>();
      for (Map.Entry<String, JsonElement> require : object(field(entry, "requires", where), where + " \"requires\"").entrySet()) {
        requires.put(require.getKey(), string(require.getValue(), where + " require " + Json.quote(require.getKey())));
      }
      JsonElement chrome = field(entry, "chrome", where);
      if (!chrome.isJsonPrimitive() || !chrome.getAsJsonPrimitive().isBoolean()) {
        throw new IllegalArgumentException("manifest: " + where + " \"chrome\" must be true or false, got " + Json.describe(chrome));
      }
      String sha256 = string(field(entry, "sha256", where), where + " \"sha256\"");
      modules.put(module.getKey(), new ModuleEntry(requires, chrome.getAsBoolean(), sha256));
    }
    JsonElement problemsJson = field(object, "problems", "the manifest");
    if (!problemsJson.isJsonArray()) {
      throw new IllegalArgumentException("manifest: \"problems\" must be an array, got " + Json.describe(problemsJson));
    }
    List<Problem> problems = new ArrayList<>();
    for (JsonElement item : problemsJson.getAsJsonArray()) {
      String where = "problem " + problems.size();
      JsonObject problem = object(item, where);
      only(problem, where, Set.of("file", "line", "message"));
      JsonElement line = field(problem, "line", where);
      if (!line.isJsonPrimitive() || !line.getAsJsonPrimitive().isNumber() || !isInt(line.getAsBigDecimal())) {
        throw new IllegalArgumentException("manifest: " + where + " \"line\" must be a whole number, got " + Json.describe(line));
      }
      int lineNumber = line.getAsInt();
      problems.add(
          new Problem(string(field(problem, "file", where), where + " \"file\""), lineNumber, string(field(problem, "message", where), where + " \"message\"")));
    }
    return of(modules, problems);
  }

  /** Every module, by id ({@code demo/main}), sorted. */
  public Map<String, ModuleEntry> modules() {
    return modules;
  }

  /** The entry of module {@code id}, if the manifest has it. */
  public Optional<ModuleEntry> module(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  /** The problems, sorted by file, line and message. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether there is any problem: then {@code compartments manifest} exits 1 and the loader refuses to run. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The JSON form of DESIGN.md section 7, indented by two spaces, without a trailing newline. */
  public String toJson() {
    JsonObject root = new JsonObject();
    JsonObject modulesJson = new JsonObject();
    for (Map.Entry<String, ModuleEntry> module : modules.entrySet()) {
      JsonObject entry = new JsonObject();
      JsonObject requires = new JsonObject();
      module.getValue().requires().forEach(requires::addProperty);
      entry.add("requires", requires);
      entry.addProperty("chrome", module.getValue().chrome());
      entry.addProperty("sha256", module.getValue().sha256());
      modulesJson.add(module.getKey(), entry);
    }
    root.add("modules", modulesJson);
    JsonArray problemsJson = new JsonArray();
    for (Problem problem : problems) {
      JsonObject entry = new JsonObject();
      entry.addProperty("file", problem.file());
      entry.addProperty("line", problem.line());
      entry.addProperty("message", problem.message());
      problemsJson.add(entry);
    }
    root.add("problems", problemsJson);
    return Json.pretty(root);
  }

  private static boolean isInt(BigDecimal value) {
    try {
      value.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static JsonElement field(JsonObject object, String name, String where) {
    if (!object.has(name)) {
      throw new IllegalArgumentException("manifest: " + where + " has no " + Json.quote(name));
    }
    return object.get(name);
  }

  private static JsonObject object(JsonElement value, String where) {
    if (!value.isJsonObject()) {
      throw new IllegalArgumentException("manifest: " + where + " must be an object, got " + Json.describe(value));
    }
    return value.getAsJsonObject();
  }

  private static String string(JsonElement value, String where) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("manifest: " + where + " must be a string, got " + Json.describe(value));
    }
    return value.getAsString();
  }

  private static void only(JsonObject object, String where, Set<String> allowed) {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("manifest: " + where + " has an unknown field " + Json.quote(key) + "; expected " + new TreeSet<>(allowed));
      }
    }
  }

  /** Equal when both have equal modules and problems. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Manifest that && modules.equals(that.modules) && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return 31 * modules.hashCode() + problems.hashCode();
  }

  /** The JSON form. */
  @Override
  public String toString() {
    return toJson();
  }
}
