package dev.compartments.loader.internal;

import dev.compartments.loader.LowLevelModule;
import dev.compartments.loader.Scanner;
import java.util.regex.Pattern;

/**
 * The shape of package names and of module paths ({@code sub/util}: {@code /}-separated segments
 * under a package's {@code lib}). Stateless and thread-safe.
 */
public final class ModulePaths {
  /** Letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit. */
  private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,213}");

  private ModulePaths() {}

  /**
   * Whether {@code name} is a usable package name: the pattern above, and neither {@code sdk} (the
   * low-level modules' ids start with it) nor {@code chrome} (the authority marker).
   */
  public static boolean isPackageName(String name) {
    return name != null && PACKAGE_NAME.matcher(name).matches() && !name.equals(LowLevelModule.SDK) && !name.equals(Scanner.CHROME);
  }

  /**
   * Whether {@code path} is a module path: one or more {@code /}-separated segments, none empty,
   * {@code .} or {@code ..}, and no backslash, colon or control character anywhere (so that it
   * names a file under {@code lib} and nothing else, on every file system).
   */
  public static boolean isModulePath(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c == ':' || Character.isISOControl(c)) {
        return false;
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** {@code path} without one leading {@code ./} and one trailing {@code .js}, as authors write it. */
  public static String stripDotSlashAndJs(String path) {
    String stripped = path.startsWith("./") ? path.substring(2) : path;
    return stripped.endsWith(".js") && stripped.length() > 3 ? stripped.substring(0, stripped.length() - 3) : stripped;
  }
}
