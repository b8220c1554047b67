package dev.compartments.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.compartments.cli.demo.TwitterLikeServer;
import dev.compartments.components.Blueprint;
import dev.compartments.components.CheckedBlueprint;
import dev.compartments.components.Checker;
import dev.compartments.components.Installer;
import dev.compartments.components.Refusal;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.PackageRuntime;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compartments demo statusbar}: the statusbar example of DESIGN.md section 8 end to end,
 * against a Twitter-like server it starts on loopback. Checks and installs {@code
 * examples/statusbar/blueprint.json}, polls while messages arrive, clicks the icon, and shows that
 * the checker refuses {@code miswired.json}. Exit 0 when everything happened as the example says,
 * 1 otherwise.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run an example end to end.",
    subcommands = {DemoCommand.Statusbar.class})
final class DemoCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The statusbar example. */
  @Command(
      name = "statusbar",
      mixinStandardHelpOptions = true,
      description = "Install the statusbar example against a local Twitter-like server, poll, click, and check its mis-wired variant.")
  static final class Statusbar implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "The example folder (default: examples/statusbar of this checkout).")
    Path dir;

    @Override
    public Integer call() {
      return Cli.guard(spec, "demo statusbar", this::demo);
    }

    private int demo() {
      PrintWriter out = spec.commandLine().getOut();
      Path example = dir != null ? dir : defaultDir();
      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      try (TwitterLikeServer server = TwitterLikeServer.withToken(token).start()) {
        out.println("== a Twitter-like server on " + server.origin() + " (loopback only)");
        server.receive("Welcome to the statusbar example");
        Blueprint blueprint = Blueprint.read(example.resolve("blueprint.json"));
        CheckedBlueprint checked = Checker.check(blueprint).orThrow();
        out.println("== blueprint " + blueprint.name() + ": ok, add-on id " + blueprint.addonId());
        Map<String, JsonElement> answers = new LinkedHashMap<>();
        answers.put("host", new JsonPrimitive(server.host()));
        answers.put("password", new JsonPrimitive("twitter"));
        Map<String, JsonElement> resolved = checked.resolveAnswers(answers);
        out.println("== what each component receives");
        for (String node : checked.bottomUp()) {
          out.println("  " + node + ": " + String.join(", ", checked.authority(node, resolved)));
        }
        LoaderOptions options = LoaderOptions.to(out).withPasswords(Map.of("twitter", token), "");
        Installer.Installation installation = Installer.install(checked, answers, options);
        PackageRuntime runtime = installation.runtime();
        out.println("== installed " + installation.instances().size() + " components; polling");
        runtime.runTimers(1);
        server.receive("Lunch at noon?");
        server.receive("The build is green");
        runtime.runTimers(1);
        String shown = runtime.icons().getOrDefault("twitter", "");
        boolean countOk = shown.contains(String.valueOf(server.unreadCount()));
        out.println("== clicking the icon");
        runtime.click("twitter");
        List<String> tabs = runtime.openedTabs();
        boolean tabOk = tabs.equals(List.of(server.origin() + "/inbox"));
        out.println("== the mis-wired variant: the driver given the raw XHR instead of the status icon");
        List<Refusal> refusals = Checker.check(Blueprint.read(example.resolve("miswired.json"))).refusals();
        refusals.forEach(r -> out.println("  refused: " + r.message()));
        boolean miswiredOk = refusals.stream().anyMatch(r -> r.kind() == Refusal.Kind.WRONG_API && r.slot().orElse("").equals("icon"));
        out.println("== " + (countOk ? "ok" : "FAILED") + ": the icon shows " + server.unreadCount() + " unread");
        out.println("== " + (tabOk ? "ok" : "FAILED") + ": the click opened " + tabs);
        out.println("== " + (miswiredOk ? "ok" : "FAILED") + ": the checker refused the mis-wired driver");
        return countOk && tabOk && miswiredOk ? 0 : 1;
      } catch (ScriptException e) {
        out.flush();
        spec.commandLine().getErr().println(e.fileName() + ":" + e.lineNumber() + ": " + e.errorName() + ": " + e.errorMessage());
        return 1;
      }
    }

    private static Path defaultDir() {
      String home = System.getProperty("compartments.home");
      Path candidate = home == null ? Path.of("examples", "statusbar") : Path.of(home, "examples", "statusbar");
      if (!Files.isDirectory(candidate)) {
        throw new IllegalArgumentException(candidate + " is not a folder; give the example folder with --dir");
      }
      return candidate;
    }
  }
}
