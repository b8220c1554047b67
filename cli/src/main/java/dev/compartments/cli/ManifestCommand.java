package dev.compartments.cli;

import dev.compartments.loader.ManifestReport;
import dev.compartments.loader.PackageSet;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compartments manifest DIR [--json]}: builds the manifest of the package in DIR and its
 * dependencies without running any code (DESIGN.md section 7). Prints each module with its file,
 * requires and chrome mark, then the problems, with the fix for each file that uses {@code
 * Components} directly; with {@code --json}, the manifest's JSON form instead. Exits 0 if there is
 * no problem, 1 if there is one (a direct use of {@code Components}, a require that does not
 * resolve), and 2 if DIR is not a valid package (no folder, no or an invalid {@code package.json},
 * a missing dependency or main module), with the reason on standard error.
 */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description = "Scan the package in DIR and print its manifest: modules, requires, chrome, problems.")
final class ManifestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The package folder (it holds package.json).")
  Path dir;

  @Option(names = "--json", description = "Print the manifest as JSON instead of the report.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ManifestReport report;
    try {
      report = ManifestReport.build(PackageSet.load(dir));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("compartments manifest: " + e.getMessage());
      err.flush();
      return 2;
    }
    out.print(json ? report.manifest().toJson() + "\n" : report.text());
    out.flush();
    return report.manifest().hasProblems() ? 1 : 0;
  }
}
