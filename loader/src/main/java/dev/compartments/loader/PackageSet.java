package dev.compartments.loader;

import dev.compartments.loader.internal.Json;
import dev.compartments.loader.internal.ModulePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A package and every package it depends on, directly or not, as read from disk: the packages a
 * manifest is built over and a loader runs. An immutable, thread-safe snapshot of the {@code
 * package.json} files (module files are read later, by {@link Manifest#build(PackageSet)}).
 *
 * <p>Where dependencies live: a dependency {@code d} of the package in folder {@code P} is the
 * folder {@code P/packages/d}, which holds its own {@code package.json} naming it {@code d}. If
 * {@code P} has no such folder, the {@code packages} folders of the packages that enclose {@code P}
 * are tried, innermost first, so a dependency shared by two packages can sit once beside the top
 * {@code package.json}. Package names are unique in a set: two folders naming the same package are
 * an error, as is a dependency that cannot be found.
 */
public final class PackageSet {
  private static final String PACKAGE_JSON = "package.json";
  private static final String PACKAGES = "packages";

  private final Path dir;
  private final Map<String, PackageDescriptor> packages;
  private final Map<String, Path> dirs;

  private PackageSet(Path dir, Map<String, PackageDescriptor> packages, Map<String, Path> dirs) {
    this.dir = dir;
    this.packages = Collections.unmodifiableMap(packages);
    this.dirs = Collections.unmodifiableMap(dirs);
  }

  /**
   * Reads the package in {@code dir} and, transitively, its dependencies.
   *
   * @throws IllegalArgumentException naming the folder or file: {@code dir} is not a folder or has
   *     no {@code package.json}; a {@code package.json} is invalid ({@link
   *     PackageDescriptor#read}); a dependency has no folder, or its folder names another package;
   *     two folders name the same package
   */
  public static PackageSet load(Path dir) {
    if (dir == null) {
      throw new IllegalArgumentException("package folder is null");
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": " + (Files.exists(dir) ? "not a folder" : "does not exist"));
    }
    if (!Files.isRegularFile(dir.resolve(PACKAGE_JSON))) {
      throw new IllegalArgumentException(dir + ": not a package: it has no " + PACKAGE_JSON);
    }
    Path top = dir.toAbsolutePath().normalize();
    Map<String, PackageDescriptor> packages = new LinkedHashMap<>();
    Map<String, Path> dirs = new LinkedHashMap<>();
    PackageDescriptor topDescriptor = PackageDescriptor.read(dir.resolve(PACKAGE_JSON));
    packages.put(topDescriptor.name(), topDescriptor);
    dirs.put(topDescriptor.name(), top);

    // Breadth first, so the order of packages() is the order a reader meets them.
    record Pending(PackageDescriptor descriptor, List<Path> searchPath) {}
    Deque<Pending> pending = new ArrayDeque<>();
    pending.add(new Pending(topDescriptor, List.of(top)));
    while (!pending.isEmpty()) {
      Pending next = pending.remove();
      Path declaringFile = next.searchPath().get(0).resolve(PACKAGE_JSON);
      for (String dependency : next.descriptor().dependencies()) {
        int found = -1;
        for (int i = 0; i < next.searchPath().size() && found < 0; i++) {
          if (Files.isRegularFile(next.searchPath().get(i).resolve(PACKAGES).resolve(dependency).resolve(PACKAGE_JSON))) {
            found = i;
          }
        }
        if (found < 0) {
          throw new IllegalArgumentException(
              relative(top, declaringFile)
                  + ": dependency "
                  + Json.quote(dependency)
                  + " not found: expected "
                  + PACKAGES
                  + "/"
                  + dependency
                  + "/"
                  + PACKAGE_JSON
                  + " beside it"
                  + (next.searchPath().size() > 1 ? " or beside an enclosing package.json" : ""));
        }
        Path folder = next.searchPath().get(found).resolve(PACKAGES).resolve(dependency);
        Path existing = dirs.get(dependency);
        if (existing != null) {
          if (!existing.equals(folder)) {
            throw new IllegalArgumentException(
                "two packages are named "
                    + Json.quote(dependency)
                    + ": "
                    + relative(top, existing)
                    + " and "
                    + relative(top, folder)
                    + "; a package name must be unique among a package and its dependencies");
          }
          continue;
        }
        PackageDescriptor descriptor = PackageDescriptor.read(folder.resolve(PACKAGE_JSON));
        if (!descriptor.name().equals(dependency)) {
          throw new IllegalArgumentException(
              relative(top, folder.resolve(PACKAGE_JSON))
                  + ": names its package "
                  + Json.quote(descriptor.name())
                  + ", but "
                  + relative(top, declaringFile)
                  + " lists this folder as dependency "
                  + Json.quote(dependency));
        }
        packages.put(dependency, descriptor);
        dirs.put(dependency, folder);
        List<Path> searchPath = new ArrayList<>();
        searchPath.add(folder);
        searchPath.addAll(next.searchPath().subList(found, next.searchPath().size()));
        pending.add(new Pending(descriptor, List.copyOf(searchPath)));
      }
    }
    return new PackageSet(top, packages, dirs);
  }

  /** The folder of the top package, absolute and normalized. */
  public Path dir() {
    return dir;
  }

  /** The top package: the one in {@link #dir()}. */
  public PackageDescriptor top() {
    return packages.values().iterator().next();
  }

  /** Every package, the top one first, then dependencies breadth first in declared order. */
  public List<PackageDescriptor> packages() {
    return List.copyOf(packages.values());
  }

  /** The package named {@code name}, if it is in the set. */
  public Optional<PackageDescriptor> find(String name) {
    return Optional.ofNullable(packages.get(name));
  }

  /**
   * The folder of the package named {@code name}.
   *
   * @throws IllegalArgumentException if no package in the set has that name
   */
  public Path packageDir(String name) {
    Path folder = dirs.get(name);
    if (folder == null) {
      throw new IllegalArgumentException("no package named " + quoteOrNull(name) + " in " + packages.keySet());
    }
    return folder;
  }

  /** The folder holding the modules of the package named {@code name}: its {@code lib}. */
  public Path libDir(String name) {
    return packageDir(name).resolve(packages.get(name).lib());
  }

  /** The id of the module {@code package run} starts: the top package's main, such as {@code demo/main}. */
  public String mainModuleId() {
    return top().mainModuleId();
  }

  /**
   * The package a module id belongs to: the part before its first {@code /}.
   *
   * @throws IllegalArgumentException if {@code moduleId} is not {@code <package>/<path>} for a
   *     package of this set (the loader's own {@code sdk/...} modules have no package here)
   */
  public PackageDescriptor packageOf(String moduleId) {
    int slash = moduleId == null ? -1 : moduleId.indexOf('/');
    PackageDescriptor descriptor = slash < 0 ? null : packages.get(moduleId.substring(0, slash));
    if (descriptor == null || !ModulePaths.isModulePath(moduleId.substring(slash + 1))) {
      throw new IllegalArgumentException(
          "invalid module id " + quoteOrNull(moduleId) + ": expected <package>/<path> for one of the packages " + packages.keySet());
    }
    return descriptor;
  }

  /**
   * The file of a module: {@code demo/sub/util} is {@code <demo's folder>/lib/sub/util.js}. The
   * file need not exist.
   *
   * @throws IllegalArgumentException as {@link #packageOf(String)}
   */
  public Path moduleFile(String moduleId) {
    PackageDescriptor descriptor = packageOf(moduleId);
    return libDir(descriptor.name()).resolve(moduleId.substring(moduleId.indexOf('/') + 1) + ".js");
  }

  /**
   * {@code file} relative to {@link #dir()}, {@code /}-separated, as problems name files; {@code .}
   * for the folder itself, and the absolute path for a file outside it.
   */
  public String relativize(Path file) {
    return relative(dir, file);
  }

  private static String relative(Path top, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String relative = absolute.startsWith(top) ? top.relativize(absolute).toString() : absolute.toString();
    return relative.isEmpty() ? "." : relative.replace(absolute.getFileSystem().getSeparator(), "/");
  }

  private static String quoteOrNull(String s) {
    return s == null ? "null" : Json.quote(s);
  }

  /** Equal when read from the same folder with the same descriptors and folders. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PackageSet that && dir.equals(that.dir) && packages.equals(that.packages) && dirs.equals(that.dirs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dir, packages, dirs);
  }

  @Override
  public String toString() {
    return "PackageSet[" + dir + ": " + packages.keySet() + "]";
  }
}
