package dev.compartments.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.compartments.components.Blueprint;
import dev.compartments.components.BlueprintGraph;
import dev.compartments.components.CheckedBlueprint;
import dev.compartments.components.Checker;
import dev.compartments.components.ComponentDescription;
import dev.compartments.components.InstallReport;
import dev.compartments.components.Installer;
import dev.compartments.components.Panel;
import dev.compartments.components.Question;
import dev.compartments.components.QuestionType;
import dev.compartments.components.Review;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.PackageRuntime;
import dev.compartments.loader.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compartments blueprint ...}: check, draw and install blueprints (DESIGN.md section 8). */
@Command(
    name = "blueprint",
    mixinStandardHelpOptions = true,
    description = "Check, draw and install blueprints: components wired into an add-on.",
    subcommands = {BlueprintCommand.Check.class, BlueprintCommand.Graph.class, BlueprintCommand.Install.class})
final class BlueprintCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code blueprint check FILE}: prints {@code blueprint NAME: ok}, the add-on id and the build
   * order (exit 0), or every refusal (exit 1); exit 2 for a file that is not a blueprint.
   */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Check the blueprint in FILE; print every refusal.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The blueprint (JSON).")
    Path file;

    @Override
    public Integer call() {
      return Cli.guard(spec, "blueprint check", () -> {
        Blueprint blueprint = Blueprint.read(file);
        CheckedBlueprint checked = Checker.check(blueprint).orThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.println("blueprint " + blueprint.name() + ": ok");
        out.println("add-on id: " + blueprint.addonId());
        out.println("build order: " + String.join(", ", checked.bottomUp()));
        for (String node : checked.bottomUp()) {
          ComponentDescription c = checked.components().get(node);
          out.println("  " + node + ": " + c.name() + " " + c.id() + " provides " + c.provides());
        }
        return 0;
      });
    }
  }

  /**
   * {@code blueprint graph FILE [--format dot|svg] [--out FILE]}: the assembly as Graphviz DOT, or
   * as SVG through Graphviz's {@code dot} when it is installed.
   */
  @Command(name = "graph", mixinStandardHelpOptions = true, description = "Draw the blueprint in FILE as DOT, or SVG with Graphviz.")
  static final class Graph implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The blueprint (JSON).")
    Path file;

    @Option(names = "--format", paramLabel = "dot|svg", description = "dot (default) or svg (needs Graphviz's dot on the PATH).")
    String format = "dot";

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
      return Cli.guard(spec, "blueprint graph", () -> {
        String dot = BlueprintGraph.dot(Blueprint.read(file));
        byte[] bytes;
        if (format.equals("dot")) {
          bytes = dot.getBytes(StandardCharsets.UTF_8);
        } else if (format.equals("svg")) {
          bytes = svg(dot);
        } else {
          throw new IllegalArgumentException("--format must be dot or svg, not " + format);
        }
        if (outFile == null) {
          spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
        } else {
          Files.write(outFile, bytes);
          spec.commandLine().getOut().println("wrote " + outFile);
        }
        return 0;
      });
    }

    private static byte[] svg(String dot) throws IOException, InterruptedException {
      Optional<Path> graphviz = onPath("dot");
      if (graphviz.isEmpty()) {
        throw new IllegalStateException("SVG needs Graphviz, and no 'dot' is on the PATH; use --format dot and render it elsewhere");
      }
      Process process = new ProcessBuilder(graphviz.get().toString(), "-Tsvg").redirectErrorStream(false).start();
      process.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      byte[] svg = process.getInputStream().readAllBytes();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("Graphviz failed: " + errors.strip());
      }
      return svg;
    }

    static Optional<Path> onPath(String program) {
      String path = System.getenv("PATH");
      if (path == null) {
        return Optional.empty();
      }
      return Stream.of(path.split(java.io.File.pathSeparator))
          .filter(dir -> !dir.isEmpty())
          .map(dir -> Path.of(dir, program))
          .filter(Files::isExecutable)
          .findFirst();
    }
  }

  /**
   * {@code blueprint install FILE [--answers FILE] [--passwords FILE] [--panel FILE --reviews DIR
   * [--accept-unreviewed]] [--run N] [--click LABEL]}: checks the blueprint, asks its questions (or
   * reads the answers file), validates the answers, prints the install report, builds the add-on
   * bottom-up and runs up to N timer callbacks.
   */
  @Command(name = "install", mixinStandardHelpOptions = true, description = "Check, ask the PowerBox questions, review, build and run the blueprint in FILE.")
  static final class Install implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The blueprint (JSON).")
    Path file;

    @Option(names = "--answers", paramLabel = "FILE", description = "A JSON object of question names to answers; without it each question is asked on standard input (empty line: the default).")
    Path answersFile;

    @Option(names = "--passwords", paramLabel = "FILE", description = "The host's password store: a JSON object of slot names to passwords.")
    Path passwordsFile;

    @Option(names = "--panel", paramLabel = "FILE", description = "The review panel (JSON); the add-on installs only if the panel approves every component.")
    Path panelFile;

    @Option(names = "--reviews", paramLabel = "DIR", description = "The folder of review sign-offs (*.json) to weigh.")
    Path reviewsDir;

    @Option(names = "--accept-unreviewed", description = "Install even if the panel does not approve every component.")
    boolean acceptUnreviewed;

    @Option(names = "--run", paramLabel = "N", description = "Run up to N timer callbacks after building (default: ${DEFAULT-VALUE}).")
    int run = 100;

    @Option(names = "--click", paramLabel = "LABEL", description = "After running, click status icon LABEL, then run timers again.")
    String click;

    @Override
    public Integer call() {
      return Cli.guard(spec, "blueprint install", () -> {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Blueprint blueprint = Blueprint.read(file);
        CheckedBlueprint checked = Checker.check(blueprint).orThrow();
        Map<String, JsonElement> answers =
            answersFile != null ? Cli.readObject(answersFile, "answers") : ask(blueprint, Main.in(spec), out);
        Map<String, JsonElement> resolved = checked.resolveAnswers(answers);
        if (!report(checked, resolved, out) && !acceptUnreviewed) {
          err.println("compartments blueprint install: not installed; the panel does not approve every component (--accept-unreviewed to install anyway)");
          return 1;
        }
        Map<String, String> passwords = passwordsFile == null ? Map.of() : Cli.readPasswords(passwordsFile);
        LoaderOptions options = LoaderOptions.to(out).withPasswords(passwords, "");
        Installer.Installation installation;
        try {
          installation = Installer.install(checked, resolved, options);
        } catch (ScriptException e) {
          out.flush();
          err.println(e.fileName() + ":" + e.lineNumber() + ": " + e.errorName() + ": " + e.errorMessage());
          return 1;
        }
        out.println("installed add-on " + blueprint.name() + " " + installation.addonId() + ": " + installation.instances().size() + " components");
        PackageRuntime runtime = installation.runtime();
        try {
          runtime.runTimers(run);
          if (click != null) {
            out.println("[click] " + click);
            runtime.click(click);
            runtime.runTimers(run);
          }
        } catch (ScriptException e) {
          out.flush();
          err.println(e.fileName() + ":" + e.lineNumber() + ": " + e.errorName() + ": " + e.errorMessage());
          return 1;
        }
        return 0;
      });
    }

    /** Prints the install report; whether the add-on may be installed without --accept-unreviewed. */
    private boolean report(CheckedBlueprint checked, Map<String, JsonElement> resolved, PrintWriter out) {
      List<InstallReport.Entry> entries = new ArrayList<>();
      for (String node : checked.bottomUp()) {
        entries.add(new InstallReport.Entry(node, checked.components().get(node), checked.authority(node, resolved)));
      }
      if (panelFile == null) {
        out.println("install report: no review panel given; each component and the authority it receives:");
        for (InstallReport.Entry entry : entries) {
          out.println("  " + entry.node() + ": " + entry.component().name() + " " + entry.component().shortId() + " receives: "
              + (entry.authority().isEmpty() ? "nothing" : String.join(", ", entry.authority())));
        }
        return true;
      }
      Panel panel = Panel.read(panelFile);
      List<Review> reviews = new ArrayList<>();
      if (reviewsDir != null) {
        try (Stream<Path> files = Files.list(reviewsDir)) {
          for (Path review : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            reviews.add(Review.read(review));
          }
        } catch (IOException e) {
          throw new IllegalArgumentException(reviewsDir + ": cannot list the reviews: " + e.getMessage(), e);
        }
      }
      InstallReport report = InstallReport.of(panel, reviews, entries);
      out.print(report.render());
      return report.approved();
    }

    /** Asks each question on {@code in}: the prompt, the type and the default; an empty line takes the default. */
    private static Map<String, JsonElement> ask(Blueprint blueprint, BufferedReader in, PrintWriter out) throws IOException {
      Map<String, JsonElement> answers = new LinkedHashMap<>();
      for (Question question : blueprint.questions().values()) {
        out.print(question.prompt() + " (" + question.type() + ")" + question.defaultValue().map(d -> " [" + Json.compact(d) + "]").orElse("") + ": ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.isBlank()) {
          out.println();
          continue;
        }
        line = line.strip();
        if (question.type() == QuestionType.INTEGER && line.matches("-?[0-9]{1,15}")) {
          answers.put(question.name(), new JsonPrimitive(Long.parseLong(line)));
        } else {
          answers.put(question.name(), new JsonPrimitive(line));
        }
      }
      return answers;
    }
  }
}
