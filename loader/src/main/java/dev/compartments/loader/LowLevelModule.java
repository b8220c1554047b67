package dev.compartments.loader;

import java.util.Optional;

/**
 * The loader's own low-level modules (DESIGN.md section 7): small, reviewed chrome modules that
 * every package may require, by their name ({@code "timers"}) or as {@code "sdk/timers"}, and that
 * the manifest resolves to {@link #id()}. A package's own module or its dependency's module of the
 * same name comes first for the bare name; {@code "sdk/<name>"} always means the low-level one.
 * {@code chrome} is not among them: it is the authority marker and resolves to {@code chrome}.
 * Immutable and thread-safe.
 */
public enum LowLevelModule {
  /** HTTP through {@code java.net.http}, restricted to the package's {@code permissions.network} origins. */
  XHR("xhr"),
  /** {@code setTimeout} and friends. */
  TIMERS("timers"),
  /** {@code console.log(a, b, ...)}: one line on standard output. */
  CONSOLE("console"),
  /** A per-package store, persisted to disk. */
  STORAGE("storage"),
  /** One named slot from a host-provided password store; chrome modules may name any slot. */
  PASSWORDS("passwords"),
  /** Status icons that show a text and report clicks to the host; chrome modules only. */
  STATUSBAR("statusbar"),
  /** Opens a URL in a tab (the host records it); chrome modules only. */
  TABS("tabs");

  /** The package name low-level module ids start with. */
  public static final String SDK = "sdk";

  private final String moduleName;

  LowLevelModule(String moduleName) {
    this.moduleName = moduleName;
  }

  /** The name a module requires it by: {@code xhr}. */
  public String moduleName() {
    return moduleName;
  }

  /** Its module id in a manifest: {@code sdk/xhr}. */
  public String id() {
    return SDK + "/" + moduleName;
  }

  /** The low-level module named {@code name} ({@code "xhr"}), if there is one. */
  public static Optional<LowLevelModule> forName(String name) {
    for (LowLevelModule module : values()) {
      if (module.moduleName.equals(name)) {
        return Optional.of(module);
      }
    }
    return Optional.empty();
  }

  /** The low-level module whose id is {@code id} ({@code "sdk/xhr"}), if there is one. */
  public static Optional<LowLevelModule> forId(String id) {
    return id != null && id.startsWith(SDK + "/") ? forName(id.substring(SDK.length() + 1)) : Optional.empty();
  }
}
