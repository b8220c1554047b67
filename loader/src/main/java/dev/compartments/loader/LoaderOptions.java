package dev.compartments.loader;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Loader} runs a package. An immutable value; start from {@link #to(PrintWriter)} and
 * change what you need with the {@code with...} methods.
 *
 * @param out where {@code console.log} and friends write, one line per call
 * @param storageDir the folder that holds each package's {@code storage} as {@code <package>.json};
 *     empty: {@code require("storage")} works in memory only, for this loader
 * @param passwords the host's password store, slot name to value
 * @param passwordSlot the one slot {@code require("passwords").get()} reads
 * @param maxTimerRuns how many timer callbacks run after the main module before the loader stops
 * @param httpTimeout the connect and request timeout of {@code xhr}
 */
public record LoaderOptions(
    PrintWriter out,
    Optional<Path> storageDir,
    Map<String, String> passwords,
    String passwordSlot,
    int maxTimerRuns,
    Duration httpTimeout) {

  /** Validates and copies. */
  public LoaderOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(storageDir, "storageDir");
    passwords = Map.copyOf(Objects.requireNonNull(passwords, "passwords"));
    Objects.requireNonNull(passwordSlot, "passwordSlot");
    Objects.requireNonNull(httpTimeout, "httpTimeout");
    if (maxTimerRuns < 0) {
      throw new IllegalArgumentException("maxTimerRuns must be at least 0, got " + maxTimerRuns);
    }
  }

  /** Output to {@code out}; no storage folder, no passwords, 10000 timer runs, 10 s HTTP timeout. */
  public static LoaderOptions to(PrintWriter out) {
    return new LoaderOptions(out, Optional.empty(), Map.of(), "", 10_000, Duration.ofSeconds(10));
  }

  public LoaderOptions withStorageDir(Path dir) {
    return new LoaderOptions(out, Optional.of(dir), passwords, passwordSlot, maxTimerRuns, httpTimeout);
  }

  public LoaderOptions withPasswords(Map<String, String> store, String slot) {
    return new LoaderOptions(out, storageDir, store, slot, maxTimerRuns, httpTimeout);
  }

  public LoaderOptions withMaxTimerRuns(int value) {
    return new LoaderOptions(out, storageDir, passwords, passwordSlot, value, httpTimeout);
  }

  public LoaderOptions withHttpTimeout(Duration value) {
    return new LoaderOptions(out, storageDir, passwords, passwordSlot, maxTimerRuns, value);
  }
}
