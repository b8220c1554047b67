package dev.compartments.cli;

import dev.compartments.cli.conformance.Conformance;
import dev.compartments.cli.conformance.Report;
import dev.compartments.cli.conformance.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compartments conformance}: runs the conformance matrix, prints it in the chosen format and
 * writes the HTML report. Exits 1 when any cell differs from what DESIGN.md expects.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = "Run the conformance matrix, print it (expected vs observed) and write an HTML report.")
final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "What to print: text, md, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      defaultValue = "target/conformance-report.html",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = parseFormat(format);
    Report report = Conformance.run();
    spec.commandLine().getOut().print(chosen.render(report));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, ReportFormat.HTML.render(report), StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("HTML report: " + out);
    return report.failures() == 0 ? 0 : 1;
  }

  private ReportFormat parseFormat(String name) {
    for (ReportFormat candidate : ReportFormat.values()) {
      if (candidate.name().equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Unknown --format \"" + name + "\": expected text, md, html or json");
  }
}
