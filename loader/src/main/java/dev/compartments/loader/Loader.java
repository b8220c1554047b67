package dev.compartments.loader;

import dev.compartments.engine.ScriptException;
import java.nio.file.Path;
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
  private final PackageSet packages;
  private final Manifest manifest;
  private final LoaderOptions options;
  private boolean ran;

  private Loader(PackageSet packages, Manifest manifest, LoaderOptions options) {
    this.packages = packages;
    this.manifest = manifest;
    this.options = options;
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
    return new Loader(packages, PackageRuntime.manifestOf(packages), options);
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
    PackageRuntime runtime = PackageRuntime.create(options);
    PackageRuntime.Instance instance = runtime.register("", packages, manifest, true);
    try {
      runtime.runMain(instance);
      runtime.runTimers(options.maxTimerRuns());
    } finally {
      options.out().flush();
    }
  }
}
