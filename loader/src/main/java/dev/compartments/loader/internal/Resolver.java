package dev.compartments.loader.internal;

import dev.compartments.loader.LowLevelModule;
import dev.compartments.loader.PackageDescriptor;
import dev.compartments.loader.PackageSet;
import dev.compartments.loader.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the names a module requires to module ids (DESIGN.md section 7), in this order:
 *
 * <ol>
 *   <li>{@code chrome}: the authority marker, resolves to {@code chrome};
 *   <li>{@code ./x}, {@code ../x}: relative to the requiring module, inside its own package; a
 *       {@code ..} above the package's {@code lib} is an error;
 *   <li>{@code sdk/<name>}: the low-level module {@code <name>};
 *   <li>{@code pkg/module}: {@code module} of package {@code pkg}, if {@code pkg} is the requirer's
 *       own package or one it declares;
 *   <li>a bare package name, the requirer's own or a declared one: that package's main module;
 *   <li>the name as a module path in the requirer's own package, then in each declared dependency
 *       in declared order;
 *   <li>a bare low-level module name: {@code sdk/<name>}.
 * </ol>
 *
 * <p>A trailing {@code .js} is ignored. Only files that exist resolve. Thread-safe: it reads the
 * file system and holds no state besides its immutable package set.
 */
public final class Resolver {
  private final PackageSet packages;

  public Resolver(PackageSet packages) {
    this.packages = packages;
  }

  /** The outcome of one resolution: a module id, or the message of the problem. */
  public sealed interface Resolution permits Resolved, Unresolved {}

  /** The name resolved to {@code id}: a module id, {@code sdk/<name>}, or {@code chrome}. */
  public record Resolved(String id) implements Resolution {}

  /** The name does not resolve; {@code message} says why and where the resolver looked. */
  public record Unresolved(String message) implements Resolution {}

  /** Resolves {@code name} as the module {@code fromId} (of a package of the set) requires it. */
  public Resolution resolve(String fromId, String name) {
    if (name.equals(Scanner.CHROME)) {
      return new Resolved(Scanner.CHROME);
    }
    PackageDescriptor from = packages.packageOf(fromId);
    String fromPath = fromId.substring(from.name().length() + 1);
    String prefix = "cannot resolve require(" + Json.quote(name) + "): ";
    Set<String> lookedFor = new LinkedHashSet<>();

    if (name.startsWith("./") || name.startsWith("../")) {
      List<String> path = new ArrayList<>(Arrays.asList(fromPath.split("/")));
      path.remove(path.size() - 1);
      String[] segments = name.split("/", -1);
      String last = segments[segments.length - 1];
      if (last.isEmpty() || last.equals(".") || last.equals("..")) {
        return invalid(prefix);
      }
      for (String segment : segments) {
        if (segment.equals("..")) {
          if (path.isEmpty()) {
            return new Unresolved(
                prefix + "too many \"..\" for " + fromId + ": it would leave the lib folder of package " + Json.quote(from.name()));
          }
          path.remove(path.size() - 1);
        } else if (!segment.equals(".")) {
          path.add(segment);
        }
      }
      String modulePath = stripJs(String.join("/", path));
      if (!ModulePaths.isModulePath(modulePath)) {
        return invalid(prefix);
      }
      return find(from.name(), modulePath, lookedFor)
          .<Resolution>map(Resolved::new)
          .orElseGet(() -> new Unresolved(prefix + "no module " + from.name() + "/" + modulePath + looked(lookedFor)));
    }

    String modulePath = stripJs(name);
    if (!ModulePaths.isModulePath(modulePath)) {
      return invalid(prefix);
    }
    List<String> visible = new ArrayList<>();
    visible.add(from.name());
    visible.addAll(from.dependencies());
    int slash = modulePath.indexOf('/');
    String first = slash < 0 ? modulePath : modulePath.substring(0, slash);
    String rest = slash < 0 ? "" : modulePath.substring(slash + 1);

    if (slash >= 0 && first.equals(LowLevelModule.SDK)) {
      if (rest.equals(Scanner.CHROME)) {
        return new Unresolved(prefix + "chrome authority is reachable only as require(\"chrome\")");
      }
      Optional<LowLevelModule> low = LowLevelModule.forName(rest);
      if (low.isPresent()) {
        return new Resolved(low.get().id());
      }
    } else if (slash >= 0 && visible.contains(first)) {
      Optional<String> id = find(first, rest, lookedFor);
      if (id.isPresent()) {
        return new Resolved(id.get());
      }
    } else if (slash < 0 && visible.contains(modulePath)) {
      PackageDescriptor target = packages.find(modulePath).orElseThrow();
      Optional<String> id = find(target.name(), target.main(), lookedFor);
      if (id.isPresent()) {
        return new Resolved(id.get());
      }
    }
    for (String packageName : visible) {
      Optional<String> id = find(packageName, modulePath, lookedFor);
      if (id.isPresent()) {
        return new Resolved(id.get());
      }
    }
    if (slash < 0) {
      Optional<LowLevelModule> low = LowLevelModule.forName(modulePath);
      if (low.isPresent()) {
        return new Resolved(low.get().id());
      }
      return new Unresolved(
          prefix + "no package, module or low-level module named " + Json.quote(modulePath) + looked(lookedFor));
    }
    if (first.equals(LowLevelModule.SDK)) {
      String available = Arrays.stream(LowLevelModule.values()).map(LowLevelModule::moduleName).sorted().collect(Collectors.joining(", "));
      return new Unresolved(
          prefix + "the loader has no low-level module " + Json.quote(rest) + "; it has " + available + looked(lookedFor));
    }
    if (visible.contains(first)) {
      return new Unresolved(prefix + "package " + Json.quote(first) + " has no module " + Json.quote(rest) + looked(lookedFor));
    }
    return new Unresolved(
        prefix
            + "unknown package "
            + Json.quote(first)
            + ": "
            + fromId
            + " may require from "
            + String.join(", ", visible)
            + " and the loader's sdk"
            + looked(lookedFor));
  }

  /** The id of {@code modulePath} in package {@code packageName} if its file exists; records where it looked. */
  private Optional<String> find(String packageName, String modulePath, Set<String> lookedFor) {
    Path file = packages.libDir(packageName).resolve(modulePath + ".js");
    lookedFor.add(packages.relativize(file));
    return Files.isRegularFile(file) ? Optional.of(packageName + "/" + modulePath) : Optional.empty();
  }

  private static Unresolved invalid(String prefix) {
    return new Unresolved(
        prefix + "invalid module name: expected /-separated names, none empty, \".\" or \"..\" except a leading ./ or ../");
  }

  private static String looked(Set<String> lookedFor) {
    return " (looked for " + String.join(", ", lookedFor) + ")";
  }

  private static String stripJs(String path) {
    return path.endsWith(".js") && path.length() > 3 ? path.substring(0, path.length() - 3) : path;
  }
}
