package dev.compartments.loader;

import java.util.Comparator;

/**
 * One problem the manifest scanner found: a direct use of {@code Components}, or a require that
 * does not resolve. An immutable, thread-safe value.
 *
 * @param file the module's file, relative to the package folder, {@code /}-separated ({@code
 *     lib/main.js}, {@code packages/util/lib/strings.js})
 * @param line the 1-based line
 * @param message what is wrong and how to fix it
 */
public record Problem(String file, int line, String message) {
  /** The order of a manifest's problems: by file, then line, then message. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message);

  /** @throws IllegalArgumentException if {@code file} or {@code message} is null or empty, or {@code line} is below 1 */
  public Problem {
    if (file == null || file.isEmpty() || message == null || message.isEmpty() || line < 1) {
      throw new IllegalArgumentException(
          "a problem needs a file, a line >= 1 and a message, got " + file + ":" + line + ": " + message);
    }
  }

  /** {@code file:line: message}, as the {@code manifest} command prints it. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
