package dev.compartments.cli;

import dev.compartments.components.ComponentDescription;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compartments component ...}: component descriptions and ids (DESIGN.md section 8). */
@Command(
    name = "component",
    mixinStandardHelpOptions = true,
    description = "Describe components: their id, the API they provide, the slots they expect.",
    subcommands = {ComponentCommand.Id.class, ComponentCommand.Show.class})
final class ComponentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code component id DIR}: prints the component id. Exit 0, or 2 if DIR is not a component. */
  @Command(name = "id", mixinStandardHelpOptions = true, description = "Print the id of the component in DIR.")
  static final class Id implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The component folder.")
    Path dir;

    @Override
    public Integer call() {
      return Cli.guard(spec, "component id", () -> {
        spec.commandLine().getOut().println(ComponentDescription.read(dir).id());
        return 0;
      });
    }
  }

  /** {@code component show DIR}: prints what the component is and asks for. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Describe the component in DIR.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The component folder.")
    Path dir;

    @Override
    public Integer call() {
      return Cli.guard(spec, "component show", () -> {
        ComponentDescription c = ComponentDescription.read(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("component " + c.name());
        out.println("  id:         " + c.id());
        if (!c.description().isEmpty()) {
          out.println("  about:      " + c.description());
        }
        out.println("  provides:   " + c.provides());
        out.println("  chrome:     " + (c.chrome() ? "yes" : "no"));
        out.println("  endowments: " + (c.endowments().isEmpty() ? "none" : ""));
        for (Map.Entry<String, String> slot : c.endowments().entrySet()) {
          out.println("    " + slot.getKey() + ": " + slot.getValue());
        }
        out.println("  params:     " + (c.params().isEmpty() ? "none" : ""));
        c.params().forEach((name, type) -> out.println("    " + name + ": " + type));
        out.println("  files:");
        c.files().forEach((file, hash) -> out.println("    " + hash.substring(0, 12) + "  " + file));
        return 0;
      });
    }
  }
}
