package dev.compartments.loader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compartments.engine.Engine;
import dev.compartments.engine.HostFunction;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.internal.HttpGate;
import dev.compartments.loader.internal.Json;
import dev.compartments.loader.internal.PackageStorage;
import dev.compartments.principals.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One engine in which several package instances run side by side under their manifests: the
 * machinery of {@link Loader}, and of the components layer, which builds each component of a
 * blueprint as an instance and hands it its endowments.
 *
 * <p>Every module of every instance runs in a compartment of its own, with the rules {@link Loader}
 * lists. Two instances of the same package share nothing: each has its own modules, compartments
 * and export objects. What one instance gets of another crosses as a frozen facade built in the
 * receiving module's compartment (functions as exported forwarders, called with {@code this}
 * undefined; data as clones).
 *
 * <h2>Components</h2>
 *
 * {@link #make} runs an instance's main module, whose {@code module.exports} must be a maker
 * {@code (endowments, params) => object}; it calls the maker with a frozen endowments object
 * holding exactly the given slots (each a facade of another instance's export object) and the
 * params as frozen data, and freezes the object it returns: the instance's export object.
 *
 * <h2>Low-level modules for chrome</h2>
 *
 * Besides the modules {@link Loader} lists, a chrome module may use {@code xhr.forOrigin(origin)}
 * (a requester held to that one origin), {@code passwords.get(slot)} (any slot of the host's
 * store), {@code statusbar.icon(label)} ({@code setText(text)}, {@code onClick(fn)}; the host reads
 * {@link #icons()} and calls {@link #click}) and {@code tabs.open(url)} (recorded in {@link
 * #openedTabs()}). A module that is not chrome is refused all four.
 *
 * <p>A runtime is for one thread.
 */
public final class PackageRuntime {
  private static final String SCRIPT = "internal/loader.js";

  private final LoaderOptions options;
  private final PackageStorage storage;
  private final HttpGate http;
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final Map<String, String> icons = new TreeMap<>();
  private final List<String> openedTabs = new ArrayList<>();
  private Sandbox global;

  private PackageRuntime(LoaderOptions options) {
    this.options = options;
    this.storage = new PackageStorage(options.storageDir());
    this.http = new HttpGate(options.httpTimeout());
  }

  /** A runtime with no instance yet. */
  public static PackageRuntime create(LoaderOptions options) {
    return new PackageRuntime(Objects.requireNonNull(options, "options"));
  }

  /**
   * A package loaded into this runtime under a name of its own.
   *
   * @param name the instance name, unique in its runtime
   * @param packages the package and its dependencies
   * @param manifest the manifest the runtime enforces for it
   * @param chromeGranted whether its modules may require {@code chrome}
   */
  public record Instance(String name, PackageSet packages, Manifest manifest, boolean chromeGranted) {}

  /**
   * Reads the package in {@code packageDir} and builds its manifest, without running anything.
   *
   * @param name the instance's name, unique in this runtime; it prefixes the instance's compartment
   *     names
   * @param chromeGranted whether the instance's modules may require {@code chrome}
   * @throws IllegalArgumentException if the name is taken, the folder is not a valid package, or a
   *     module requires {@code chrome} that was not granted
   * @throws ManifestProblemsException if the manifest has problems
   */
  public Instance load(String name, Path packageDir, boolean chromeGranted) {
    Objects.requireNonNull(name, "name");
    PackageSet packages = PackageSet.load(packageDir);
    return register(name, packages, manifestOf(packages), chromeGranted);
  }

  /**
   * The manifest of {@code packages}.
   *
   * @throws ManifestProblemsException if it has problems
   */
  static Manifest manifestOf(PackageSet packages) {
    ManifestReport report = ManifestReport.build(packages);
    if (report.manifest().hasProblems()) {
      throw new ManifestProblemsException(report);
    }
    return report.manifest();
  }

  /** Adds a package whose manifest is already built (by {@link Loader}). */
  Instance register(String name, PackageSet packages, Manifest manifest, boolean chromeGranted) {
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an instance name may not contain NUL");
    }
    if (instances.containsKey(name)) {
      throw new IllegalArgumentException("this runtime already has an instance named " + Json.quote(name));
    }
    if (!chromeGranted) {
      for (Map.Entry<String, ModuleEntry> module : manifest.modules().entrySet()) {
        if (module.getValue().chrome()) {
          throw new IllegalArgumentException(
              "package "
                  + packages.top().name()
                  + ": module "
                  + module.getKey()
                  + " requires \"chrome\", which instance "
                  + Json.quote(name)
                  + " was not granted");
        }
      }
    }
    Instance instance = new Instance(name, packages, manifest, chromeGranted);
    instances.put(name, instance);
    return instance;
  }

  /**
   * Runs the instance's main module.
   *
   * @throws ScriptException for its uncaught error, with the module's file relative to its package
   *     folder and the line
   */
  public void runMain(Instance instance) {
    check(instance);
    fail(
        evaluate(
            "__loader.runMain(" + Json.quote(instance.name()) + ", " + Json.quote(instance.packages().mainModuleId()) + ")"));
  }

  /**
   * Builds the instance as a component: runs its main module and calls the maker it exports with
   * exactly {@code endowments} (slot name to an instance already made) and {@code paramsJson}.
   *
   * @throws ScriptException if the module or the maker throws, the module does not export a
   *     function, or the maker returns no object
   * @throws IllegalArgumentException if an endowment is not an instance of this runtime or the
   *     params are not a JSON object
   */
  public void make(Instance instance, Map<String, Instance> endowments, String paramsJson) {
    check(instance);
    JsonObject slots = new JsonObject();
    endowments.forEach(
        (slot, provider) -> {
          check(provider);
          slots.addProperty(slot, provider.name());
        });
    JsonElement params = Json.parse(paramsJson, "params");
    if (!params.isJsonObject()) {
      throw new IllegalArgumentException("params must be a JSON object, got " + Json.describe(params));
    }
    fail(
        evaluate(
            "__loader.make("
                + Json.quote(instance.name())
                + ", "
                + Json.quote(instance.packages().mainModuleId())
                + ", "
                + Json.quote(Json.compact(slots))
                + ", "
                + Json.quote(Json.compact(params))
                + ")"));
  }

  /**
   * Calls method {@code method} of a made instance's export object, with the arguments given as a
   * JSON array cloned into its compartment, and returns the result as JSON ({@code null} for
   * undefined).
   *
   * @throws ScriptException for the method's error, or if there is no such method
   */
  public String call(Instance instance, String method, String argsJson) {
    check(instance);
    JsonElement args = Json.parse(argsJson, "arguments");
    if (!args.isJsonArray()) {
      throw new IllegalArgumentException("arguments must be a JSON array, got " + Json.describe(args));
    }
    String out =
        evaluate(
            "__loader.call("
                + Json.quote(instance.name())
                + ", "
                + Json.quote(Objects.requireNonNull(method, "method"))
                + ", "
                + Json.quote(Json.compact(args))
                + ")");
    JsonObject result = JsonParser.parseString(out).getAsJsonObject();
    if (result.has("error")) {
      fail(Json.compact(result.get("error")));
    }
    return Json.compact(result.get("value"));
  }

  /**
   * Runs due timers in virtual time, in order, until none is left or {@code max} have run.
   *
   * @throws ScriptException for a callback's uncaught error
   */
  public void runTimers(int max) {
    if (global == null) {
      return;
    }
    fail(evaluate("__loader.runTimers(" + max + ")"));
  }

  /** How many timers are still set. */
  public int pendingTimers() {
    return global == null ? 0 : ((Number) global.evaluate("__loader.pendingTimers()", "<loader>")).intValue();
  }

  /** Each status icon's label and the text it shows, sorted by label. */
  public Map<String, String> icons() {
    return Collections.unmodifiableMap(new TreeMap<>(icons));
  }

  /** The URLs chrome modules opened with {@code tabs.open}, in order. */
  public List<String> openedTabs() {
    return List.copyOf(openedTabs);
  }

  /**
   * Clicks status icon {@code label}: runs its click listeners in order.
   *
   * @throws ScriptException if there is no such icon or a listener throws
   */
  public void click(String label) {
    if (global == null) {
      fail("{\"name\":\"Error\",\"message\":" + Json.quote("no status icon " + label) + ",\"file\":\"\",\"line\":0}");
    }
    fail(evaluate("__loader.click(" + Json.quote(Objects.requireNonNull(label, "label")) + ")"));
  }

  private void check(Instance instance) {
    Objects.requireNonNull(instance, "instance");
    if (instances.get(instance.name()) != instance) {
      throw new IllegalArgumentException("instance " + Json.quote(instance.name()) + " does not belong to this runtime");
    }
  }

  private String evaluate(String code) {
    Object value = global().evaluate(code, "<loader>");
    options.out().flush();
    return value instanceof String s ? s : null;
  }

  private static void fail(String failure) {
    if (failure != null) {
      JsonObject f = JsonParser.parseString(failure).getAsJsonObject();
      throw new ScriptException(
          f.get("name").getAsString(), f.get("message").getAsString(), f.get("file").getAsString(), f.get("line").getAsInt());
    }
  }

  private Sandbox global() {
    if (global == null) {
      Engine engine = Engine.create();
      global =
          engine.createSandbox(
              Principal.system(), SandboxOptions.DEFAULT.withFreshCompartment(true).withSandboxName("loader"));
      defineHostFunctions(global);
      global.evaluate(script(), "<loader>");
    }
    return global;
  }

  private void defineHostFunctions(Sandbox g) {
    g.defineFunction("__host_isChrome", args -> entry(string(args, 0), string(args, 1)).chrome());
    g.defineFunction("__host_file", args -> {
      PackageSet packages = instance(string(args, 0)).packages();
      return packages.relativize(packages.moduleFile(string(args, 1)));
    });
    g.defineFunction("__host_source", args -> source(string(args, 0), string(args, 1)));
    g.defineFunction("__host_resolve", args -> resolve(string(args, 0), string(args, 1), string(args, 2)));
    g.defineFunction("__host_print", args -> {
      options.out().println(string(args, 0));
      options.out().flush();
      return null;
    });
    g.defineFunction("__host_storageGet", args -> storage.get(string(args, 0), string(args, 1)));
    g.defineFunction("__host_storageSet", args -> {
      storage.set(string(args, 0), string(args, 1), args.get(2) instanceof String s ? s : null);
      return null;
    });
    g.defineFunction("__host_storageKeys", args -> storage.keys(string(args, 0)));
    g.defineFunction("__host_http", args -> {
      PackageDescriptor pkg = instance(string(args, 0)).packages().find(string(args, 1)).orElseThrow();
      return http.request(pkg, string(args, 2), string(args, 3), optional(args, 4), headers(args, 5));
    });
    g.defineFunction("__host_checkOrigin", args -> {
      requireChrome(string(args, 0), string(args, 1), "xhr.forOrigin");
      return HttpGate.originOf(string(args, 2));
    });
    g.defineFunction("__host_httpTo", args -> {
      requireChrome(string(args, 0), string(args, 1), "xhr.forOrigin");
      return http.requestTo(string(args, 2), string(args, 3), string(args, 4), optional(args, 5), headers(args, 6));
    });
    g.defineFunction("__host_password", args -> password(string(args, 0), string(args, 1), optional(args, 2)));
    g.defineFunction("__host_iconSet", args -> {
      String label = string(args, 0);
      String text = string(args, 1);
      icons.put(label, text);
      if (!text.isEmpty()) {
        options.out().println("[statusbar] " + label + ": " + text);
        options.out().flush();
      }
      return null;
    });
    g.defineFunction("__host_openTab", args -> {
      String url = string(args, 0);
      openedTabs.add(url);
      options.out().println("[tabs] open " + url);
      options.out().flush();
      return null;
    });
  }

  private Instance instance(String name) {
    Instance instance = instances.get(name);
    if (instance == null) {
      throw new IllegalArgumentException("no instance " + Json.quote(name));
    }
    return instance;
  }

  private ModuleEntry entry(String instance, String id) {
    return instance(instance)
        .manifest()
        .module(id)
        .orElseThrow(() -> new IllegalArgumentException("Module: " + id + " is not in the manifest"));
  }

  private void requireChrome(String instance, String id, String what) {
    if (!entry(instance, id).chrome() || !instance(instance).chromeGranted()) {
      throw new IllegalArgumentException(
          what + ": Module: " + id + " is not chrome; only a module that requires \"chrome\" may use it");
    }
  }

  /** What {@code require(name)} in module {@code from} loads: a module id, {@code sdk/<name>} or {@code chrome}. */
  private String resolve(String instance, String from, String name) {
    String target = entry(instance, from).requires().get(name);
    if (target == null) {
      throw new IllegalArgumentException("Module: " + from + " has no authority to load: " + name);
    }
    return target;
  }

  private String source(String instance, String id) {
    ModuleEntry entry = entry(instance, id);
    PackageSet packages = instance(instance).packages();
    Path file = packages.moduleFile(id);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("Module: " + id + " cannot be read from " + packages.relativize(file) + ": " + e.getMessage(), e);
    }
    if (!entry.matches(bytes)) {
      throw new IllegalArgumentException(
          "Module: "
              + id
              + " refused: "
              + packages.relativize(file)
              + " does not match its manifest hash (sha256 "
              + entry.sha256()
              + "); the file changed after the manifest was built");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private String password(String instance, String requirer, String slot) {
    if (!entry(instance, requirer).chrome()) {
      throw new IllegalArgumentException(
          "passwords: Module: " + requirer + " is not chrome; only a module that requires \"chrome\" may read the password slot");
    }
    return options.passwords().get(slot == null ? options.passwordSlot() : slot);
  }

  private static String string(List<Object> args, int index) {
    Object value = index < args.size() ? args.get(index) : HostFunction.UNDEFINED;
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("expected a string argument, got " + value);
    }
    return s;
  }

  private static String optional(List<Object> args, int index) {
    return index < args.size() && args.get(index) instanceof String s ? s : null;
  }

  private static Map<String, String> headers(List<Object> args, int index) {
    String json = optional(args, index);
    if (json == null) {
      return Map.of();
    }
    Map<String, String> out = new TreeMap<>();
    JsonParser.parseString(json).getAsJsonObject().entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
    return out;
  }

  private static String script() {
    try (InputStream in = PackageRuntime.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("the loader script " + SCRIPT + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
