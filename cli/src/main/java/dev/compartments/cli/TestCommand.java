package dev.compartments.cli;

import dev.compartments.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compartments test FILE...}: runs xpcshell-style test files; see {@link XpcshellHarness}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run xpcshell-style test files, each in a fresh system global; exit 1 if any failed.")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Test files to run.")
  List<Path> files;

  @Option(names = "--interpreted", description = "Run scripts in Rhino's interpreter instead of compiled.")
  boolean interpreted;

  @Override
  public Integer call() {
    Engine engine = Engine.builder().interpreted(interpreted).build();
    XpcshellHarness harness = new XpcshellHarness(engine, spec.commandLine().getOut());
    boolean allPassed = harness.runAll(files).stream().allMatch(XpcshellHarness.FileResult::passed);
    return allPassed ? 0 : 1;
  }
}
