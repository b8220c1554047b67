package dev.compartments.loader;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Scanner#scan(String)} found in one module's source, without running it. An
 * immutable, thread-safe value.
 *
 * @param requires each module name as written in a static {@code require("...")} or AMD array, to
 *     the 1-based line of its first occurrence, in order of that line
 * @param componentsUses the lines that name {@code Components.x} directly, in order
 */
public record ModuleScan(Map<String, Integer> requires, List<ComponentsUse> componentsUses) {
  /** Copies both, keeping the order of {@code requires}. */
  public ModuleScan {
    requires = Collections.unmodifiableMap(new LinkedHashMap<>(requires));
    componentsUses = List.copyOf(componentsUses);
  }

  /** Whether the module asks for chrome authority: it requires {@code "chrome"}. */
  public boolean chrome() {
    return requires.containsKey(Scanner.CHROME);
  }
}
