package dev.compartments.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code compartments} command: parses the arguments and runs one subcommand. */
@Command(
    name = "compartments",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Gecko-style script security on Rhino: principals, compartments and wrappers.",
    subcommands = {ConformanceCommand.class, ExplainCommand.class, ManifestCommand.class, PackageCommand.class, RunCommand.class, TestCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command with {@code args} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, and returns its
   * exit code. Used by tests and embedders that must not exit the JVM.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"compartments " + (version == null ? "(development build)" : version)};
    }
  }
}
