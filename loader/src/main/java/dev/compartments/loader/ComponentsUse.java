package dev.compartments.loader;

import java.util.List;
import java.util.Map;

/**
 * One line of a module that names {@code Components.x} directly, which modules may not do: chrome
 * authority comes only from {@code require("chrome")}. An immutable, thread-safe value.
 *
 * @param line the 1-based line number
 * @param text the line, trimmed
 * @param forms the forms the line uses, in order of first appearance, such as {@code
 *     Components.classes}
 * @param aliases the shortcuts of {@code require("chrome")} that replace them, sorted: {@code Cc}
 *     for {@code Components.classes}, {@code Ci} interfaces, {@code Cu} utils, {@code Cr} results,
 *     {@code Cm} manager, and {@code components} for {@code Components} itself (given only when the
 *     line uses none of the five)
 */
public record ComponentsUse(int line, String text, List<String> forms, List<String> aliases) {
  /** Each shortcut of {@code require("chrome")} to what it stands for, in the order the fix lists them. */
  public static final Map<String, String> SHORTCUTS =
      Map.of(
          "Cc", "Components.classes",
          "Ci", "Components.interfaces",
          "Cu", "Components.utils",
          "Cr", "Components.results",
          "Cm", "Components.manager",
          "components", "Components");

  /** The shortcuts in the order a fix explains them. */
  public static final List<String> SHORTCUT_ORDER = List.of("Cc", "Ci", "Cu", "Cr", "Cm", "components");

  /** Copies the lists; every alias must be one of {@link #SHORTCUTS}. */
  public ComponentsUse {
    if (line < 1 || text == null || forms == null || aliases == null || forms.isEmpty() || aliases.isEmpty()) {
      throw new IllegalArgumentException(
          "a ComponentsUse needs a line >= 1, its text and at least one form and alias, got line " + line);
    }
    forms = List.copyOf(forms);
    aliases = List.copyOf(aliases);
    for (String alias : aliases) {
      if (!SHORTCUTS.containsKey(alias)) {
        throw new IllegalArgumentException("unknown chrome shortcut \"" + alias + "\": expected one of " + SHORTCUT_ORDER);
      }
    }
  }

  /** The line that fixes a module using {@code aliases}: {@code const {Cc, Cu} = require("chrome");}. */
  public static String fix(List<String> aliases) {
    return "const {" + String.join(", ", aliases) + "} = require(\"chrome\");";
  }

  /**
   * The message of the manifest problem this use is: what the line uses, and its fix, such as
   * {@code Components.classes used directly: modules get chrome authority only from
   * require("chrome"); add const {Cc} = require("chrome"); and write Cc for Components.classes}.
   */
  public String message() {
    StringBuilder mapping = new StringBuilder();
    for (String alias : aliases) {
      mapping.append(mapping.length() == 0 ? "" : ", ").append(alias).append(" for ").append(SHORTCUTS.get(alias));
    }
    return String.join(", ", forms)
        + " used directly: modules get chrome authority only from require(\"chrome\"); add "
        + fix(aliases)
        + " and write "
        + mapping;
  }
}
