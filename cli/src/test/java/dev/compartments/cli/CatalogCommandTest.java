package dev.compartments.cli;

import static dev.compartments.cli.BlueprintCommandTest.EXAMPLE;
import static dev.compartments.cli.BlueprintCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.cli.BlueprintCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog add|search|show} over a catalog folder, with the statusbar components. */
class CatalogCommandTest {
  @TempDir Path dir;

  private Run catalog(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "catalog";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--catalog";
    all[args.length + 2] = dir.resolve("cat").toString();
    return run(all);
  }

  @Test
  void addSearchShow_componentsApisAndReviews() {
    Run added =
        catalog("add", EXAMPLE.resolve("components/twitter-api").toString(), EXAMPLE.resolve("components/read-only-twitter-api").toString(),
            EXAMPLE.resolve("apis/TwitterAPI.json").toString());
    assertEquals(0, added.code(), added.err());
    assertEquals(3, added.out().lines().count(), added.out());
    Run again = catalog("add", EXAMPLE.resolve("components/twitter-api").toString());
    assertEquals(0, again.code(), again.err());

    Run byApi = catalog("search", "TwitterAPI");
    assertEquals(0, byApi.code(), byApi.err());
    assertTrue(byApi.out().contains("twitter-api"), byApi.out());
    assertTrue(byApi.out().contains("read-only-twitter-api"), byApi.out());

    Run none = catalog("search", "no-such-thing-anywhere");
    assertEquals(1, none.code());
    assertEquals("nothing in the catalog matches \"no-such-thing-anywhere\"\n", none.out());

    Run show = catalog("show", "twitter-api");
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("TwitterAPI"), show.out());

    Run unknown = catalog("show", "nobody");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("compartments catalog show: "), unknown.err());

    run("review", "keygen", dir.resolve("alice").toString());
    Path review = dir.resolve("r.json");
    run("review", "sign", EXAMPLE.resolve("components/driver").toString(), "--key", dir.resolve("alice").toString(), "--out", review.toString());
    Run orphan = catalog("add", review.toString());
    assertEquals(2, orphan.code(), "a review of a component not in the catalog is refused");
    assertTrue(orphan.err().startsWith("compartments catalog add: "), orphan.err());
  }
}
