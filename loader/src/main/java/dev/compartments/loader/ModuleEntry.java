package dev.compartments.loader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One module's entry in a {@link Manifest}: what it may require, whether it gets chrome, and the
 * hash its file must still have when it is loaded. An immutable, thread-safe value.
 *
 * @param requires each name as the module writes it ({@code "./util"}, {@code "timers"}) to the id
 *     it resolves to ({@code demo/util}, {@code sdk/timers}), or to {@code chrome} for {@code
 *     "chrome"}; an immutable map sorted by name. A module may require nothing else.
 * @param chrome whether the module requires {@code "chrome"} and so runs with the system principal
 * @param sha256 the SHA-256 of the module's file, 64 lower-case hex digits
 */
public record ModuleEntry(Map<String, String> requires, boolean chrome, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if {@code sha256} is not 64 lower-case hex digits, a name or
   *     id is null or empty, {@code chrome} maps to anything but {@code chrome} (or another name
   *     does), or {@code chrome} disagrees with whether {@code "chrome"} is required
   */
  public ModuleEntry {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("invalid sha256 " + sha256 + ": expected 64 lower-case hex digits");
    }
    if (requires == null) {
      throw new IllegalArgumentException("requires is null; expected a map of names to module ids");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> entry : requires.entrySet()) {
      String name = entry.getKey();
      String id = entry.getValue();
      if (name == null || name.isEmpty() || id == null || id.isEmpty()) {
        throw new IllegalArgumentException("requires holds an empty or null name or id: " + name + " -> " + id);
      }
      if (name.equals(Scanner.CHROME) != id.equals(Scanner.CHROME)) {
        throw new IllegalArgumentException(
            "require(\"" + name + "\") resolves to " + id + ": only \"chrome\" resolves to chrome, and only to it");
      }
      copy.put(name, id);
    }
    if (chrome != copy.containsKey(Scanner.CHROME)) {
      throw new IllegalArgumentException(
          "chrome is " + chrome + " but the module " + (chrome ? "does not require" : "requires") + " \"chrome\"");
    }
    requires = Collections.unmodifiableMap(copy);
  }

  /** The hex SHA-256 of {@code bytes}, as {@link #sha256()} holds it. */
  public static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether {@code bytes} are the file this entry was made from: their SHA-256 is {@link #sha256()}. */
  public boolean matches(byte[] bytes) {
    return MessageDigest.isEqual(
        sha256.getBytes(StandardCharsets.US_ASCII), sha256Of(bytes).getBytes(StandardCharsets.US_ASCII));
  }
}
