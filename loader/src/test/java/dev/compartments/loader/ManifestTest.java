package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestTest {
  // Computed independently, with sha256sum.
  private static final String MAIN_JS = "const u = require(\"./util\");\nconst t = require(\"timers\");\nrequire(\"nope\");\n";
  private static final String MAIN_SHA = "e0734f09bd2df3b7d067f55cdf5a0c0e8f8b0809e99950f471beb1b53e2256ee";
  private static final String UTIL_JS = "const {Cc} = require(\"chrome\");\nvar c = Components.classes;\n";
  private static final String UTIL_SHA = "cfadac920c117cbf3934f3ab237b6288eb04b2a33ee0cbea016c7cafe0fd8cb1";
  private static final String X_JS = "exports.x = 1;\n";
  private static final String X_SHA = "220f16f65418cec1d479078c88cf50c4df70ec4d4661798d4a7fd204936c0499";
  private static final String EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void toJson_isExactlyTheDesignFormat() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", MAIN_JS);
    write("lib/util.js", UTIL_JS);
    String expected =
        String.join(
            "\n",
            "{",
            "  \"modules\": {",
            "    \"demo/main\": {",
            "      \"requires\": {",
            "        \"./util\": \"demo/util\",",
            "        \"timers\": \"sdk/timers\"",
            "      },",
            "      \"chrome\": false,",
            "      \"sha256\": \"" + MAIN_SHA + "\"",
            "    },",
            "    \"demo/util\": {",
            "      \"requires\": {",
            "        \"chrome\": \"chrome\"",
            "      },",
            "      \"chrome\": true,",
            "      \"sha256\": \"" + UTIL_SHA + "\"",
            "    }",
            "  },",
            "  \"problems\": [",
            "    {",
            "      \"file\": \"lib/main.js\",",
            "      \"line\": 3,",
            "      \"message\": \"cannot resolve require(\\\"nope\\\"): no package, module or low-level module named"
                + " \\\"nope\\\" (looked for lib/nope.js)\"",
            "    },",
            "    {",
            "      \"file\": \"lib/util.js\",",
            "      \"line\": 2,",
            "      \"message\": \"Components.classes used directly: modules get chrome authority only from"
                + " require(\\\"chrome\\\"); add const {Cc} = require(\\\"chrome\\\"); and write Cc for Components.classes\"",
            "    }",
            "  ]",
            "}");
    Manifest manifest = Manifest.build(dir);
    assertEquals(expected, manifest.toJson());
    assertTrue(manifest.hasProblems());
  }

  @Test
  void toJson_ofACleanPackage_hasEmptyRequiresAndProblems() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", X_JS);
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"modules\": {",
            "    \"demo/main\": {",
            "      \"requires\": {},",
            "      \"chrome\": false,",
            "      \"sha256\": \"" + X_SHA + "\"",
            "    }",
            "  },",
            "  \"problems\": []",
            "}"),
        Manifest.build(dir).toJson());
  }

  @Test
  void sha256_isTheHexDigestOfTheFileBytes() throws IOException {
    assertEquals(EMPTY_SHA, ModuleEntry.sha256Of(new byte[0]));
    assertEquals(X_SHA, ModuleEntry.sha256Of(X_JS.getBytes(StandardCharsets.UTF_8)));
    write("package.json", "{\"name\": \"demo\"}");
    // Bytes that are not UTF-8 are hashed as they are.
    byte[] bytes = {'/', '/', ' ', (byte) 0xFF, (byte) 0xFE, '\n'};
    Files.createDirectories(dir.resolve("lib"));
    Files.write(dir.resolve("lib/main.js"), bytes);
    ModuleEntry entry = Manifest.build(dir).module("demo/main").orElseThrow();
    assertEquals(ModuleEntry.sha256Of(bytes), entry.sha256());
    assertTrue(entry.matches(bytes));
    assertFalse(entry.matches("// changed\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void build_isAValue_andAChangedFileChangesIt() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", X_JS);
    Manifest first = Manifest.build(dir);
    assertEquals(first, Manifest.build(dir));
    assertEquals(first.hashCode(), Manifest.build(dir).hashCode());
    write("lib/main.js", X_JS + "// edited\n");
    assertNotEquals(first, Manifest.build(dir));
  }

  @Test
  void build_includesOnlyModulesReachableFromMain_andToleratesCycles() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "require('./a');");
    write("lib/a.js", "require('./b');");
    write("lib/b.js", "require('./a'); require('../lib-escape/x');");
    write("lib/unused.js", "var c = Components.classes;");
    Manifest manifest = Manifest.build(dir);
    assertEquals(List.of("demo/a", "demo/b", "demo/main"), List.copyOf(manifest.modules().keySet()));
    assertEquals(Map.of("./a", "demo/a"), manifest.module("demo/b").orElseThrow().requires());
    assertEquals(
        List.of(
            new Problem(
                "lib/b.js",
                1,
                "cannot resolve require(\"../lib-escape/x\"): too many \"..\" for demo/b: it would leave the lib"
                    + " folder of package \"demo\"")),
        manifest.problems());
    assertEquals(Optional.empty(), manifest.module("demo/unused"));
  }

  @Test
  void build_dynamicRequire_isNotSeenAndIsNoProblem() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", "var name = './hid' + 'den';\nrequire(name);\nrequire('./hid' + 'den');\n");
    write("lib/hidden.js", X_JS);
    Manifest manifest = Manifest.build(dir);
    assertEquals(Map.of(), manifest.module("demo/main").orElseThrow().requires());
    assertEquals(List.of("demo/main"), List.copyOf(manifest.modules().keySet()));
    assertFalse(manifest.hasProblems());
  }

  @Test
  void build_problemsInADependency_nameItsFileUnderPackages() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"util\"], \"main\": \"start\"}");
    write("lib/start.js", "const util = require('util');\n");
    write("packages/util/package.json", "{\"name\": \"util\"}");
    write("packages/util/lib/main.js", "\n\nComponents.utils.import('x');\nrequire('./gone');\n");
    Manifest manifest = Manifest.build(dir);
    assertEquals(Map.of("util", "util/main"), manifest.module("demo/start").orElseThrow().requires());
    assertEquals(
        List.of(
            new Problem(
                "packages/util/lib/main.js",
                3,
                "Components.utils used directly: modules get chrome authority only from require(\"chrome\");"
                    + " add const {Cu} = require(\"chrome\"); and write Cu for Components.utils"),
            new Problem(
                "packages/util/lib/main.js",
                4,
                "cannot resolve require(\"./gone\"): no module util/gone (looked for packages/util/lib/gone.js)")),
        manifest.problems());
  }

  @Test
  void build_missingMainModule_isRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"main\": \"start\", \"lib\": \"src\"}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.build(dir));
    assertEquals(
        dir.toAbsolutePath().normalize()
            + ": package \"demo\" has no main module: src/start.js does not exist (\"main\" is \"start\", \"lib\" is \"src\")",
        e.getMessage());
  }

  @Test
  void fromJson_readsBackWhatToJsonWrites() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    write("lib/main.js", MAIN_JS);
    write("lib/util.js", UTIL_JS);
    Manifest manifest = Manifest.build(dir);
    assertEquals(manifest, Manifest.fromJson(manifest.toJson()));
    assertEquals(manifest.toJson(), Manifest.fromJson(manifest.toJson()).toJson());
  }

  private static String manifestJson(String modules, String problems) {
    return "{\"modules\": {" + modules + "}, \"problems\": [" + problems + "]}";
  }

  private static String module(String id, String requires, String chrome, String sha) {
    return "\"" + id + "\": {\"requires\": {" + requires + "}, \"chrome\": " + chrome + ", \"sha256\": " + sha + "}";
  }

  static Stream<Arguments> invalidJson() {
    String sha = "\"" + X_SHA + "\"";
    return Stream.of(
        Arguments.of("[]", "manifest: the manifest must be an object, got []"),
        Arguments.of("{\"problems\": []}", "manifest: the manifest has no \"modules\""),
        Arguments.of("{\"modules\": {}}", "manifest: the manifest has no \"problems\""),
        Arguments.of(
            "{\"modules\": {}, \"problems\": [], \"extra\": 1}",
            "manifest: the manifest has an unknown field \"extra\"; expected [modules, problems]"),
        Arguments.of(manifestJson("", "").replace("[]", "{}"), "manifest: \"problems\" must be an array, got {}"),
        Arguments.of(manifestJson("\"demo/main\": 1", ""), "manifest: module \"demo/main\" must be an object, got 1"),
        Arguments.of(
            manifestJson(module("demo/main", "", "\"yes\"", sha), ""),
            "manifest: module \"demo/main\" \"chrome\" must be true or false, got \"yes\""),
        Arguments.of(
            manifestJson(module("demo/main", "\"a\": 1", "false", sha), ""),
            "manifest: module \"demo/main\" require \"a\" must be a string, got 1"),
        Arguments.of(
            manifestJson(module("demo/main", "", "false", "\"abc\""), ""),
            "invalid sha256 abc: expected 64 lower-case hex digits"),
        Arguments.of(
            manifestJson(module("demo/main", "", "true", sha), ""),
            "chrome is true but the module does not require \"chrome\""),
        Arguments.of(
            manifestJson(module("demo/main", "\"chrome\": \"chrome\"", "false", sha), ""),
            "chrome is false but the module requires \"chrome\""),
        Arguments.of(
            manifestJson(module("demo/main", "\"./x\": \"chrome\"", "false", sha), ""),
            "require(\"./x\") resolves to chrome: only \"chrome\" resolves to chrome, and only to it"),
        Arguments.of(
            manifestJson(module("demo/main", "\"./x\": \"demo/x\"", "false", sha), ""),
            "demo/main requires \"./x\" as demo/x, which is not a module of the manifest, a low-level module or chrome"),
        Arguments.of(
            manifestJson(module("demo/main", "\"f\": \"sdk/fs\"", "false", sha), ""),
            "demo/main requires \"f\" as sdk/fs, which is not a module of the manifest, a low-level module or chrome"),
        Arguments.of(
            manifestJson(module("sdk/timers", "", "false", sha), ""),
            "invalid module id \"sdk/timers\": expected <package>/<path under lib without .js>"),
        Arguments.of(
            manifestJson(module("demo", "", "false", sha), ""),
            "invalid module id \"demo\": expected <package>/<path under lib without .js>"),
        Arguments.of(
            manifestJson("", "{\"file\": \"lib/main.js\", \"line\": 1.5, \"message\": \"m\"}"),
            "manifest: problem 0 \"line\" must be a whole number, got 1.5"),
        Arguments.of(
            manifestJson("", "{\"file\": \"lib/main.js\", \"line\": \"3\", \"message\": \"m\"}"),
            "manifest: problem 0 \"line\" must be a whole number, got \"3\""),
        Arguments.of(
            manifestJson("", "{\"file\": \"lib/main.js\", \"line\": 0, \"message\": \"m\"}"),
            "a problem needs a file, a line >= 1 and a message, got lib/main.js:0: m"),
        Arguments.of(
            manifestJson("", "{\"file\": \"lib/main.js\", \"message\": \"m\"}"),
            "manifest: problem 0 has no \"line\""),
        Arguments.of("{\"modules\": {}, \"problems\": []} []", "manifest: not valid JSON: malformed JSON at line 1 column 34 path $"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidJson")
  void fromJson_invalid_isRefusedWithWhatIsWrong(String json, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Manifest.fromJson(json)).getMessage());
  }

  @Test
  void of_sortsModulesAndProblems_andCopiesThem() {
    ModuleEntry entry = new ModuleEntry(Map.of(), false, X_SHA);
    Problem late = new Problem("lib/b.js", 1, "m");
    Problem early = new Problem("lib/a.js", 9, "m");
    Manifest manifest = Manifest.of(Map.of("demo/z", entry, "demo/a", entry), List.of(late, early));
    assertEquals(List.of("demo/a", "demo/z"), List.copyOf(manifest.modules().keySet()));
    assertEquals(List.of(early, late), manifest.problems());
    assertThrows(UnsupportedOperationException.class, () -> manifest.modules().clear());
    assertThrows(UnsupportedOperationException.class, () -> manifest.problems().clear());
  }

  @Test
  void moduleEntry_requiresAreSortedAndImmutable() {
    ModuleEntry entry = new ModuleEntry(Map.of("timers", "sdk/timers", "chrome", "chrome", "./a", "demo/a"), true, X_SHA);
    assertEquals(List.of("./a", "chrome", "timers"), List.copyOf(entry.requires().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> entry.requires().put("x", "demo/x"));
    assertEquals(
        "invalid sha256 " + X_SHA.toUpperCase() + ": expected 64 lower-case hex digits",
        assertThrows(IllegalArgumentException.class, () -> new ModuleEntry(Map.of(), false, X_SHA.toUpperCase())).getMessage());
  }

  @Test
  void problem_printsAsFileLineMessage() {
    assertEquals("lib/main.js:3: boom", new Problem("lib/main.js", 3, "boom").toString());
    assertEquals(
        "a problem needs a file, a line >= 1 and a message, got :3: boom",
        assertThrows(IllegalArgumentException.class, () -> new Problem("", 3, "boom")).getMessage());
  }

  @Test
  void lowLevelModules_areTheDocumentedFiveAndTheTwoChromeOnes() {
    assertEquals(
        List.of("sdk/xhr", "sdk/timers", "sdk/console", "sdk/storage", "sdk/passwords", "sdk/statusbar", "sdk/tabs"),
        Stream.of(LowLevelModule.values()).map(LowLevelModule::id).toList());
    assertEquals(Optional.of(LowLevelModule.XHR), LowLevelModule.forId("sdk/xhr"));
    assertEquals(Optional.empty(), LowLevelModule.forId("sdk/chrome"));
    assertEquals(Optional.empty(), LowLevelModule.forName("chrome"));
  }
}
