package dev.compartments.loader.internal;

import dev.compartments.loader.ComponentsUse;
import dev.compartments.loader.LowLevelModule;
import dev.compartments.loader.Manifest;
import dev.compartments.loader.ModuleEntry;
import dev.compartments.loader.ModuleScan;
import dev.compartments.loader.PackageSet;
import dev.compartments.loader.Problem;
import dev.compartments.loader.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a manifest: starting at the top package's main module, scans each module reached through
 * a resolved require, once, without running anything. Modules no require reaches are not in the
 * manifest (the loader could never load them). Stateless.
 */
public final class ManifestBuilder {
  private ManifestBuilder() {}

  /**
   * A manifest and what the human-readable report needs besides it.
   *
   * @param manifest the manifest
   * @param files each module id to its file, relative to the top package folder
   * @param componentsUses each file with direct uses of {@code Components} to those uses
   */
  public record Result(Manifest manifest, Map<String, String> files, Map<String, List<ComponentsUse>> componentsUses) {
    public Result {
      files = Collections.unmodifiableMap(new TreeMap<>(files));
      componentsUses = Collections.unmodifiableMap(new TreeMap<>(componentsUses));
    }
  }

  /**
   * Builds the manifest of {@code packages}.
   *
   * @throws IllegalArgumentException if the top package's main module file does not exist
   * @throws UncheckedIOException if a module file that exists cannot be read
   */
  public static Result build(PackageSet packages) {
    String mainId = packages.mainModuleId();
    Path mainFile = packages.moduleFile(mainId);
    if (!Files.isRegularFile(mainFile)) {
      throw new IllegalArgumentException(
          packages.dir()
              + ": package "
              + Json.quote(packages.top().name())
              + " has no main module: "
              + packages.relativize(mainFile)
              + " does not exist (\"main\" is "
              + Json.quote(packages.top().main())
              + ", \"lib\" is "
              + Json.quote(packages.top().lib())
              + ")");
    }
    Resolver resolver = new Resolver(packages);
    Map<String, ModuleEntry> modules = new TreeMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, List<ComponentsUse>> uses = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(mainId);
    files.put(mainId, packages.relativize(mainFile));
    while (!pending.isEmpty()) {
      String id = pending.remove();
      Path file = packages.moduleFile(id);
      String relative = packages.relativize(file);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read module " + id + " from " + relative, e);
      }
      // Malformed UTF-8 becomes U+FFFD: the hash is of the bytes, and the scan only needs ASCII.
      ModuleScan scan = Scanner.scan(new String(bytes, StandardCharsets.UTF_8));
      Map<String, String> requires = new TreeMap<>();
      for (Map.Entry<String, Integer> require : scan.requires().entrySet()) {
        Resolver.Resolution resolution = resolver.resolve(id, require.getKey());
        if (resolution instanceof Resolver.Resolved resolved) {
          requires.put(require.getKey(), resolved.id());
          boolean isModule = !resolved.id().equals(Scanner.CHROME) && LowLevelModule.forId(resolved.id()).isEmpty();
          if (isModule && !files.containsKey(resolved.id())) {
            files.put(resolved.id(), packages.relativize(packages.moduleFile(resolved.id())));
            pending.add(resolved.id());
          }
        } else {
          problems.add(new Problem(relative, require.getValue(), ((Resolver.Unresolved) resolution).message()));
        }
      }
      for (ComponentsUse use : scan.componentsUses()) {
        problems.add(new Problem(relative, use.line(), use.message()));
      }
      if (!scan.componentsUses().isEmpty()) {
        uses.put(relative, scan.componentsUses());
      }
      modules.put(id, new ModuleEntry(requires, scan.chrome(), ModuleEntry.sha256Of(bytes)));
    }
    return new Result(Manifest.of(modules, problems), files, uses);
  }
}
