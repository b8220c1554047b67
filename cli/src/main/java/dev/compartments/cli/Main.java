package dev.compartments.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code compartments} command: parses the arguments and runs one subcommand. */
@Command(
    name = "compartments",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Gecko-style script security on Rhino: principals, compartments and wrappers.",
    subcommands = {ConformanceCommand.class, ExplainCommand.class, ManifestCommand.class, PackageCommand.class, ComponentCommand.class, BlueprintCommand.class, ReviewCommand.class, CatalogCommand.class, DemoCommand.class, RunCommand.class, TestCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final BufferedReader in;

  private Main(BufferedReader in) {
    this.in = in;
  }

  /** Runs the command with {@code args} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            true));
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, and returns its
   * exit code. Used by tests and embedders that must not exit the JVM.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, new ByteArrayInputStream(new byte[0]), out, err, false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}, with {@code in} as standard input (read by
   * {@code blueprint install} for answers to its questions).
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return run(args, in, out, err, false);
  }

  private static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean console) {
    InputStream input = console ? System.in : in;
    CommandLine cli = new CommandLine(new Main(new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))));
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command's standard input. */
  static BufferedReader in(CommandLine.Model.CommandSpec spec) {
    return ((Main) spec.root().userObject()).in;
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
