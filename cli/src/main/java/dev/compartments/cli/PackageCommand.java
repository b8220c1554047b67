package dev.compartments.cli;

import dev.compartments.engine.ScriptException;
import dev.compartments.loader.Loader;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.ManifestProblemsException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compartments package ...}: Jetpack-style packages (DESIGN.md section 7). */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description = "Run Jetpack-style packages.",
    subcommands = {PackageCommand.Run.class})
final class PackageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code compartments package run DIR [--storage DIR]}: builds the manifest and runs the main
   * module under the enforcing loader, printing console output. Exits 0; 1 with {@code FILE:LINE:
   * ErrorName: message} on standard error for an uncaught error; 1 with the manifest report for a
   * package whose manifest has problems; 2 if DIR is not a valid package.
   */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = "Run the package in DIR: every module in its own compartment, under its manifest.")
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The package folder (it holds package.json).")
    Path dir;

    @Option(
        names = "--storage",
        paramLabel = "DIR",
        description = "Keep each package's storage as DIR/<package>.json (default: in memory for this run).")
    Path storage;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LoaderOptions options = LoaderOptions.to(out);
      if (storage != null) {
        options = options.withStorageDir(storage);
      }
      try {
        Loader.load(dir, options);
        return 0;
      } catch (ManifestProblemsException e) {
        out.flush();
        err.print(e.getMessage());
        err.println("compartments package run: refusing to run " + dir + ": its manifest has problems");
        return 1;
      } catch (ScriptException e) {
        out.flush();
        err.println(e.fileName() + ":" + e.lineNumber() + ": " + e.errorName() + ": " + e.errorMessage());
        return 1;
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("compartments package run: " + e.getMessage());
        return 2;
      } finally {
        out.flush();
        err.flush();
      }
    }
  }
}
