package dev.compartments.cli;

import dev.compartments.components.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compartments catalog ...}: a local catalog folder of components, API documents and
 * reviews (DESIGN.md section 8). Every subcommand takes {@code --catalog DIR} (default {@code
 * catalog}).
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "A local catalog of components, API documents and reviews.",
    subcommands = {CatalogCommand.Add.class, CatalogCommand.Search.class, CatalogCommand.Show.class})
final class CatalogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code catalog add PATH...}: component folders, API documents or reviews. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add component folders, API documents (JSON) or reviews (JSON) to the catalog.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog folder (default: ${DEFAULT-VALUE}).")
    Path catalog = Path.of("catalog");

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "What to add.")
    List<Path> paths;

    @Override
    public Integer call() {
      return Cli.guard(spec, "catalog add", () -> {
        Catalog opened = Catalog.open(catalog);
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : paths) {
          out.println(opened.add(path).message());
        }
        return 0;
      });
    }
  }

  /** {@code catalog search QUERY}: by API name first, then by text. Exit 1 if nothing matches. */
  @Command(name = "search", mixinStandardHelpOptions = true, description = "Search by API name (provided or expected) and by text.")
  static final class Search implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog folder (default: ${DEFAULT-VALUE}).")
    Path catalog = Path.of("catalog");

    @Parameters(index = "0", paramLabel = "QUERY", description = "An API name or words.")
    String query;

    @Override
    public Integer call() {
      return Cli.guard(spec, "catalog search", () -> {
        Catalog.SearchResult result = Catalog.open(catalog).search(query);
        spec.commandLine().getOut().print(result.render());
        return result.hits().isEmpty() ? 1 : 0;
      });
    }
  }

  /** {@code catalog show ID}: a component (by id, id prefix or name) or an API. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Describe a component or API by id, id prefix or name.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog folder (default: ${DEFAULT-VALUE}).")
    Path catalog = Path.of("catalog");

    @Parameters(index = "0", paramLabel = "ID", description = "An id, an id prefix or a name.")
    String id;

    @Override
    public Integer call() {
      return Cli.guard(spec, "catalog show", () -> {
        spec.commandLine().getOut().print(Catalog.open(catalog).show(id));
        return 0;
      });
    }
  }
}
