package dev.compartments.loader;

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
import java.util.List;
import java.util.Objects;

/**
 * The enforcing loader (DESIGN.md section 7): runs a package's main module, each module in a
 * compartment of its own, under the package's manifest.
 *
 * <h2>What it enforces</h2>
 *
 * <ul>
 *   <li>A module whose entry says chrome runs with the system principal (a fresh compartment);
 *       every other module with a null principal of its own.
 *   <li>{@code require(name)} works only for names the module's manifest entry lists, else {@code
 *       Error: Module: <id> has no authority to load: <name>}; so a require the scanner could not
 *       see ({@code require("x" + "y")}) fails at run time.
 *   <li>A module file whose bytes no longer match the manifest's SHA-256 is refused.
 *   <li>{@code require("chrome")} gives a frozen {@code {Cc, Ci, Cu, Cr, Cm, components}} (Cu is
 *       the module's own {@code Components.utils}) to chrome modules only; reading {@code
 *       Components} in any module throws a ReferenceError.
 *   <li>A module's exports reach its requirer as a frozen facade built in the requirer's
 *       compartment: functions as exported forwarders (whose arguments and results are exposed the
 *       same way), data as clones. Each module runs once; a module whose first load threw throws
 *       the same error on every later require.
 * </ul>
 *
 * <p>Low-level modules ({@link LowLevelModule}) are the loader's own: {@code console} (lines on
 * {@link LoaderOptions#out()}), {@code timers} (a queue run after the main module, in virtual time),
 * {@code xhr} (java.net.http, only to the package's {@code permissions.network} origins), {@code
 * storage} (a JSON file per package) and {@code passwords} (one slot, for chrome modules).
 *
 * <p>A loader is for one run on one thread.
 */
public final class Loader {
  private static final String SCRIPT = "internal/loader.js";

  private final PackageSet packages;
  private final Manifest manifest;
  private final LoaderOptions options;
  private final PackageStorage storage;
  private final HttpGate http;
  private boolean ran;

  private Loader(PackageSet packages, Manifest manifest, LoaderOptions options) {
    this.packages = packages;
    this.manifest = manifest;
    this.options = options;
    this.storage = new PackageStorage(options.storageDir());
    this.http = new HttpGate(options.httpTimeout());
  }

  /**
   * Reads the package in {@code packageDir} and builds its manifest, without running anything.
   *
   * @throws IllegalArgumentException if the folder is not a valid package (as {@link
   *     PackageSet#load})
   * @throws ManifestProblemsException if the manifest has problems
   */
  public static Loader create(Path packageDir, LoaderOptions options) {
    Objects.requireNonNull(options, "options");
    PackageSet packages = PackageSet.load(packageDir);
    ManifestReport report = ManifestReport.build(packages);
    if (report.manifest().hasProblems()) {
      throw new ManifestProblemsException(report);
    }
    return new Loader(packages, report.manifest(), options);
  }

  /**
   * {@link #create} and {@link #run}: runs the package in {@code packageDir}.
   *
   * @throws ScriptException for an uncaught error of a module or a timer callback, with the module's
   *     file relative to the package folder and the line
   */
  public static void load(Path packageDir, LoaderOptions options) {
    create(packageDir, options).run();
  }

  /** The manifest this loader enforces. */
  public Manifest manifest() {
    return manifest;
  }

  /**
   * Runs the main module in a new engine, then the timers it set, until none is left or {@link
   * LoaderOptions#maxTimerRuns()} have run.
   *
   * @throws ScriptException for an uncaught error
   * @throws IllegalStateException if this loader already ran
   */
  public void run() {
    if (ran) {
      throw new IllegalStateException("a loader runs its package once; create another");
    }
    ran = true;
    Engine engine = Engine.create();
    Sandbox global =
        engine.createSandbox(
            Principal.system(), SandboxOptions.DEFAULT.withFreshCompartment(true).withSandboxName("loader"));
    defineHostFunctions(global);
    global.evaluate(script(), "<loader>");
    String failure = (String) global.evaluate("__loader.runMain(" + Json.quote(packages.mainModuleId()) + ")", "<loader>");
    if (failure == null) {
      failure = (String) global.evaluate("__loader.runTimers(" + options.maxTimerRuns() + ")", "<loader>");
    }
    options.out().flush();
    if (failure != null) {
      JsonObject f = JsonParser.parseString(failure).getAsJsonObject();
      throw new ScriptException(
          f.get("name").getAsString(), f.get("message").getAsString(), f.get("file").getAsString(), f.get("line").getAsInt());
    }
  }

  private void defineHostFunctions(Sandbox global) {
    global.defineFunction("__host_isChrome", args -> entry(string(args, 0)).chrome());
    global.defineFunction("__host_file", args -> packages.relativize(packages.moduleFile(string(args, 0))));
    global.defineFunction("__host_source", args -> source(string(args, 0)));
    global.defineFunction("__host_resolve", args -> resolve(string(args, 0), string(args, 1)));
    global.defineFunction("__host_print", args -> {
      options.out().println(string(args, 0));
      options.out().flush();
      return null;
    });
    global.defineFunction("__host_storageGet", args -> storage.get(string(args, 0), string(args, 1)));
    global.defineFunction("__host_storageSet", args -> {
      storage.set(string(args, 0), string(args, 1), args.get(2) instanceof String s ? s : null);
      return null;
    });
    global.defineFunction("__host_storageKeys", args -> storage.keys(string(args, 0)));
    global.defineFunction("__host_http", args -> {
      PackageDescriptor pkg = packages.find(string(args, 0)).orElseThrow();
      return http.request(pkg, string(args, 1), string(args, 2), args.get(3) instanceof String s ? s : null);
    });
    global.defineFunction("__host_password", args -> password(string(args, 0)));
  }

  private ModuleEntry entry(String id) {
    return manifest.module(id).orElseThrow(() -> new IllegalArgumentException("Module: " + id + " is not in the manifest"));
  }

  /** What {@code require(name)} in module {@code from} loads: a module id, {@code sdk/<name>} or {@code chrome}. */
  private String resolve(String from, String name) {
    String target = entry(from).requires().get(name);
    if (target == null) {
      throw new IllegalArgumentException("Module: " + from + " has no authority to load: " + name);
    }
    return target;
  }

  private String source(String id) {
    ModuleEntry entry = entry(id);
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

  private String password(String requirer) {
    if (!entry(requirer).chrome()) {
      throw new IllegalArgumentException(
          "passwords: Module: " + requirer + " is not chrome; only a module that requires \"chrome\" may read the password slot");
    }
    return options.passwords().get(options.passwordSlot());
  }

  private static String string(List<Object> args, int index) {
    Object value = index < args.size() ? args.get(index) : HostFunction.UNDEFINED;
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("expected a string argument, got " + value);
    }
    return s;
  }

  private static String script() {
    try (InputStream in = Loader.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("the loader script " + SCRIPT + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
