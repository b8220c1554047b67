package dev.compartments.cli;

import dev.compartments.engine.Engine;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.ScriptException;
import dev.compartments.principals.Principal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compartments run FILE [--principal SPEC] [--interpreted]}: evaluates FILE in a fresh
 * global of the given principal (default system) that also has {@code print(...)}. Exits 0, or 1
 * with {@code FILE:LINE: ErrorName: message} on standard error for an uncaught exception.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Evaluate FILE in a fresh global of the given principal (default system).")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The script to run.")
  Path file;

  @Option(
      names = "--principal",
      paramLabel = "SPEC",
      defaultValue = "system",
      description = "system, null, an origin, or comma-separated origins (expanded). Default: system.")
  String principal;

  @Option(names = "--interpreted", description = "Run in Rhino's interpreter instead of compiled mode.")
  boolean interpreted;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Principal parsed;
    try {
      parsed = PrincipalSpec.parse(principal);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--principal: " + e.getMessage());
    }
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return 1;
    }
    Engine engine = Engine.builder().interpreted(interpreted).build();
    Sandbox global = engine.createSandbox(parsed);
    global.defineFunction("print", args -> {
      out.println(String.join(" ", args.stream().map(engine::toDisplayString).toList()));
      out.flush();
      return null;
    });
    try {
      global.evaluate(source, file.toString());
      return 0;
    } catch (ScriptException e) {
      out.flush();
      err.println(e.getMessage());
      return 1;
    }
  }
}
