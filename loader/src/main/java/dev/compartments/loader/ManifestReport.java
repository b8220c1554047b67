package dev.compartments.loader;

import dev.compartments.loader.internal.Json;
import dev.compartments.loader.internal.ManifestBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A manifest with its human-readable report, as {@code compartments manifest DIR} prints it: each
 * module with its file, requires and chrome mark; then the problems; then, for each file that uses
 * {@code Components} directly, its offending lines and the fix. An immutable, thread-safe value.
 *
 * <pre>
 * demo/main  lib/main.js  [chrome]
 *   requires "./util" -&gt; demo/util
 *   requires "chrome" -&gt; chrome
 * demo/util  lib/util.js
 *   requires nothing
 *
 * 2 modules (1 with chrome), no problems
 * </pre>
 */
public final class ManifestReport {
  private final Manifest manifest;
  private final String text;

  private ManifestReport(Manifest manifest, String text) {
    this.manifest = manifest;
    this.text = text;
  }

  /** Builds the manifest of the package in {@code packageDir} and its report; throws as {@link Manifest#build(Path)}. */
  public static ManifestReport build(Path packageDir) {
    return build(PackageSet.load(packageDir));
  }

  /** Builds the manifest of {@code packages} and its report; throws as {@link Manifest#build(PackageSet)}. */
  public static ManifestReport build(PackageSet packages) {
    ManifestBuilder.Result result = ManifestBuilder.build(packages);
    return new ManifestReport(result.manifest(), render(result));
  }

  /** The manifest. */
  public Manifest manifest() {
    return manifest;
  }

  /** The report, lines ending in {@code \n}. */
  public String text() {
    return text;
  }

  /** The report. */
  @Override
  public String toString() {
    return text;
  }

  private static String render(ManifestBuilder.Result result) {
    Manifest manifest = result.manifest();
    StringBuilder out = new StringBuilder();
    int chrome = 0;
    for (Map.Entry<String, ModuleEntry> module : manifest.modules().entrySet()) {
      ModuleEntry entry = module.getValue();
      out.append(module.getKey()).append("  ").append(result.files().get(module.getKey()));
      if (entry.chrome()) {
        chrome++;
        out.append("  [chrome]");
      }
      out.append('\n');
      if (entry.requires().isEmpty()) {
        out.append("  requires nothing\n");
      }
      entry.requires().forEach((name, id) -> out.append("  requires ").append(Json.quote(name)).append(" -> ").append(id).append('\n'));
    }
    int count = manifest.modules().size();
    int problems = manifest.problems().size();
    out.append('\n')
        .append(count)
        .append(count == 1 ? " module" : " modules")
        .append(" (")
        .append(chrome)
        .append(" with chrome), ")
        .append(problems == 0 ? "no problems" : problems + (problems == 1 ? " problem:" : " problems:"))
        .append('\n');
    for (Problem problem : manifest.problems()) {
      out.append(problem).append('\n');
    }
    for (Map.Entry<String, List<ComponentsUse>> file : result.componentsUses().entrySet()) {
      out.append('\n').append(file.getKey()).append(" uses Components directly on these lines:\n");
      TreeSet<String> aliases = new TreeSet<>();
      for (ComponentsUse use : file.getValue()) {
        out.append(String.format("  %4d: %s", use.line(), use.text())).append('\n');
        aliases.addAll(use.aliases());
      }
      out.append("A module gets chrome authority only from require(\"chrome\"). Add this line to it:\n\n  ")
          .append(ComponentsUse.fix(List.copyOf(aliases)))
          .append("\n\nand write ");
      List<String> order = ComponentsUse.SHORTCUT_ORDER;
      for (int i = 0; i < order.size(); i++) {
        String alias = order.get(i);
        out.append(i == 0 ? "" : i == order.size() - 1 ? ", and " : i == 3 ? ",\n" : ", ")
            .append(alias)
            .append(" for ")
            .append(ComponentsUse.SHORTCUTS.get(alias))
            .append(alias.equals("components") ? " itself" : "");
      }
      out.append(".\n");
    }
    return out.toString();
  }
}
