package dev.compartments.loader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compartments.loader.PackageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolution order and every resolution error, over one package tree:
 *
 * <pre>
 * demo/            dependencies util, shared
 *   lib/main.js, lib/helper.js, lib/sub/inner.js, lib/sub/deep/leaf.js
 *   packages/util/     main "index", dependencies shared; lib/index.js, text.js, storage.js
 *   packages/shared/   lib/main.js, lib/helper.js (shared by demo and util, found beside demo)
 *   packages/stray/    on disk but declared by nobody
 * </pre>
 */
class ResolverTest {
  @TempDir static Path root;
  private static Resolver resolver;

  @BeforeAll
  static void writePackages() throws IOException {
    Path demo = root.resolve("demo");
    write(demo.resolve("package.json"), "{\"name\": \"demo\", \"dependencies\": [\"util\", \"shared\"]}");
    for (String module : new String[] {"main", "helper", "sub/inner", "sub/deep/leaf"}) {
      write(demo.resolve("lib/" + module + ".js"), "");
    }
    Path util = demo.resolve("packages/util");
    write(util.resolve("package.json"), "{\"name\": \"util\", \"main\": \"index\", \"dependencies\": [\"shared\"]}");
    for (String module : new String[] {"index", "text", "storage"}) {
      write(util.resolve("lib/" + module + ".js"), "");
    }
    Path shared = demo.resolve("packages/shared");
    write(shared.resolve("package.json"), "{\"name\": \"shared\"}");
    write(shared.resolve("lib/main.js"), "");
    write(shared.resolve("lib/helper.js"), "");
    write(demo.resolve("packages/stray/package.json"), "{\"name\": \"stray\"}");
    write(demo.resolve("packages/stray/lib/main.js"), "");
    resolver = new Resolver(PackageSet.load(demo));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Arguments resolves(String from, String name, String id) {
    return Arguments.of(from, name, new Resolver.Resolved(id));
  }

  private static Arguments fails(String from, String name, String message) {
    return Arguments.of(from, name, new Resolver.Unresolved("cannot resolve require(\"" + name.replace("\\", "\\\\") + "\"): " + message));
  }

  private static final String INVALID =
      "invalid module name: expected /-separated names, none empty, \".\" or \"..\" except a leading ./ or ../";

  static Stream<Arguments> cases() {
    return Stream.of(
        resolves("demo/main", "chrome", "chrome"),
        // Relative, inside the requirer's package.
        resolves("demo/main", "./helper", "demo/helper"),
        resolves("demo/main", "./helper.js", "demo/helper"),
        resolves("demo/main", "./sub/inner", "demo/sub/inner"),
        resolves("demo/sub/inner", "../helper", "demo/helper"),
        resolves("demo/sub/deep/leaf", "../../helper", "demo/helper"),
        resolves("demo/sub/inner", "./deep/leaf", "demo/sub/deep/leaf"),
        resolves("demo/sub/inner", "./../sub/./inner", "demo/sub/inner"),
        resolves("util/index", "./text", "util/text"),
        // pkg/module and bare package names.
        resolves("demo/main", "util/text", "util/text"),
        resolves("demo/main", "util", "util/index"),
        resolves("demo/main", "shared", "shared/main"),
        resolves("demo/main", "demo", "demo/main"),
        resolves("demo/main", "demo/sub/inner", "demo/sub/inner"),
        // The requirer's own package, then its dependencies in order, then the low-level modules.
        resolves("demo/main", "sub/inner", "demo/sub/inner"),
        resolves("demo/main", "helper", "demo/helper"),
        resolves("demo/main", "text", "util/text"),
        resolves("demo/main", "storage", "util/storage"),
        resolves("demo/main", "timers", "sdk/timers"),
        resolves("demo/main", "xhr", "sdk/xhr"),
        resolves("demo/main", "console", "sdk/console"),
        resolves("demo/main", "passwords", "sdk/passwords"),
        resolves("demo/main", "sdk/storage", "sdk/storage"),
        resolves("demo/main", "sdk/timers.js", "sdk/timers"),
        // A dependency resolves from its own point of view.
        resolves("util/index", "shared", "shared/main"),
        resolves("util/index", "helper", "shared/helper"),
        resolves("shared/main", "helper", "shared/helper"),
        // Errors.
        fails("demo/main", "../x", "too many \"..\" for demo/main: it would leave the lib folder of package \"demo\""),
        fails("demo/sub/inner", "../../x", "too many \"..\" for demo/sub/inner: it would leave the lib folder of package \"demo\""),
        fails("util/index", "../shared/main", "too many \"..\" for util/index: it would leave the lib folder of package \"util\""),
        fails("demo/main", "./nope", "no module demo/nope (looked for lib/nope.js)"),
        fails("util/index", "./helper", "no module util/helper (looked for packages/util/lib/helper.js)"),
        fails(
            "demo/main",
            "nopkg/x",
            "unknown package \"nopkg\": demo/main may require from demo, util, shared and the loader's sdk"
                + " (looked for lib/nopkg/x.js, packages/util/lib/nopkg/x.js, packages/shared/lib/nopkg/x.js)"),
        fails(
            "demo/main",
            "stray/main",
            "unknown package \"stray\": demo/main may require from demo, util, shared and the loader's sdk"
                + " (looked for lib/stray/main.js, packages/util/lib/stray/main.js, packages/shared/lib/stray/main.js)"),
        fails(
            "shared/main",
            "util/text",
            "unknown package \"util\": shared/main may require from shared and the loader's sdk"
                + " (looked for packages/shared/lib/util/text.js)"),
        fails(
            "demo/main",
            "util/nope",
            "package \"util\" has no module \"nope\" (looked for packages/util/lib/nope.js, lib/util/nope.js,"
                + " packages/util/lib/util/nope.js, packages/shared/lib/util/nope.js)"),
        fails(
            "demo/main",
            "nope",
            "no package, module or low-level module named \"nope\""
                + " (looked for lib/nope.js, packages/util/lib/nope.js, packages/shared/lib/nope.js)"),
        fails(
            "shared/main",
            "util",
            "no package, module or low-level module named \"util\" (looked for packages/shared/lib/util.js)"),
        fails(
            "demo/main",
            "sdk/nope",
            "the loader has no low-level module \"nope\"; it has console, passwords, statusbar, storage, tabs, timers, xhr"
                + " (looked for lib/sdk/nope.js, packages/util/lib/sdk/nope.js, packages/shared/lib/sdk/nope.js)"),
        fails("demo/main", "sdk/chrome", "chrome authority is reachable only as require(\"chrome\")"),
        fails("demo/main", "a//b", INVALID),
        fails("demo/main", "/etc/passwd", INVALID),
        fails("demo/main", "a/../../b", INVALID),
        fails("demo/main", "a\\b", INVALID),
        fails("demo/main", "./", INVALID),
        fails("demo/main", "../", INVALID),
        fails("demo/main", "./sub//inner", INVALID),
        fails("demo/main", "C:/x", INVALID));
  }

  @ParameterizedTest(name = "{0} requires {1}")
  @MethodSource("cases")
  void resolve_followsTheDocumentedOrder(String from, String name, Resolver.Resolution expected) {
    assertEquals(expected, resolver.resolve(from, name));
  }
}
