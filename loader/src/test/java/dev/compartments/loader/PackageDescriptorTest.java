package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class PackageDescriptorTest {
  private static final String SOURCE = "demo/package.json";

  @Test
  void parse_nameOnly_givesTheDefaults() {
    PackageDescriptor descriptor = PackageDescriptor.parse("{\"name\": \"demo\", \"version\": \"1.0\"}", SOURCE);
    assertEquals(PackageDescriptor.of("demo"), descriptor);
    assertEquals(new PackageDescriptor("demo", "main", "lib", List.of(), Map.of(), Optional.empty()), descriptor);
    assertEquals("demo/main", descriptor.mainModuleId());
    assertEquals(List.of(), descriptor.networkOrigins());
  }

  @Test
  void parse_everyField_normalizesPathsAndOrigins() {
    PackageDescriptor descriptor =
        PackageDescriptor.parse(
            "{\"name\": \"demo\", \"main\": \"./start/here.js\", \"lib\": \"./src/\","
                + " \"dependencies\": [\"util\", \"shared\"],"
                + " \"permissions\": {\"network\": [\"HTTPS://API.Example.com:443/\", \"http://127.0.0.1:8080\"],"
                + " \"private-browsing\": [\"yes\"]},"
                + " \"component\": {\"provides\": \"Api\", \"chrome\": true, \"endowments\": {}}}",
            SOURCE);
    assertEquals("start/here", descriptor.main());
    assertEquals("src", descriptor.lib());
    assertEquals(List.of("util", "shared"), descriptor.dependencies());
    assertEquals(List.of("https://api.example.com", "http://127.0.0.1:8080"), descriptor.networkOrigins());
    assertEquals(List.of("yes"), descriptor.permissions().get("private-browsing"));
    assertEquals(Optional.of("{\"provides\":\"Api\",\"chrome\":true,\"endowments\":{}}"), descriptor.component());
    assertEquals("demo/start/here", descriptor.mainModuleId());
  }

  @Test
  void descriptor_collectionsAreImmutable() {
    PackageDescriptor descriptor =
        PackageDescriptor.parse("{\"name\": \"demo\", \"dependencies\": [\"util\"], \"permissions\": {\"network\": []}}", SOURCE);
    assertThrows(UnsupportedOperationException.class, () -> descriptor.dependencies().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> descriptor.permissions().put("x", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> descriptor.networkOrigins().add("https://a.com"));
  }

  private static Arguments refuses(String json, String message) {
    return Arguments.of(json, message);
  }

  static Stream<Arguments> invalid() {
    String nameRule =
        "expected letters, digits, '.', '_' or '-', starting with a letter or digit, and not \"sdk\" or \"chrome\"";
    return Stream.of(
        refuses("[1]", "must hold a JSON object, got [1]"),
        refuses("\"demo\"", "must hold a JSON object, got \"demo\""),
        refuses("{\"name\": \"a\", \"name\": \"b\"}", "not valid JSON: duplicate key \"name\" in $"),
        refuses("{\"version\": \"1.0\"}", "missing \"name\": every package.json names its package"),
        refuses("{\"name\": 42}", "\"name\" must be a string, got 42"),
        refuses("{\"name\": null}", "\"name\" must be a string, got null"),
        refuses("{\"name\": [\"demo\"]}", "\"name\" must be a string, got [\"demo\"]"),
        refuses("{\"name\": \"\"}", "invalid \"name\" \"\": " + nameRule),
        refuses("{\"name\": \"My Package\"}", "invalid \"name\" \"My Package\": " + nameRule),
        refuses("{\"name\": \"a/b\"}", "invalid \"name\" \"a/b\": " + nameRule),
        refuses("{\"name\": \".hidden\"}", "invalid \"name\" \".hidden\": " + nameRule),
        refuses("{\"name\": \"-x\"}", "invalid \"name\" \"-x\": " + nameRule),
        refuses("{\"name\": \"sdk\"}", "invalid \"name\" \"sdk\": " + nameRule),
        refuses("{\"name\": \"chrome\"}", "invalid \"name\" \"chrome\": " + nameRule),
        refuses("{\"name\": \"demo\", \"main\": 1}", "\"main\" must be a string, got 1"),
        refuses(
            "{\"name\": \"demo\", \"main\": \"../escape\"}",
            "invalid \"main\" \"../escape\": expected a module path under \"lib\", such as \"main\" or \"sub/start.js\""),
        refuses(
            "{\"name\": \"demo\", \"main\": \"/abs\"}",
            "invalid \"main\" \"/abs\": expected a module path under \"lib\", such as \"main\" or \"sub/start.js\""),
        refuses(
            "{\"name\": \"demo\", \"main\": \"\"}",
            "invalid \"main\" \"\": expected a module path under \"lib\", such as \"main\" or \"sub/start.js\""),
        refuses("{\"name\": \"demo\", \"lib\": true}", "\"lib\" must be a string, got true"),
        refuses(
            "{\"name\": \"demo\", \"lib\": \"../up\"}",
            "invalid \"lib\" \"../up\": expected a relative folder inside the package, such as \"lib\""),
        refuses(
            "{\"name\": \"demo\", \"lib\": \"/usr/lib\"}",
            "invalid \"lib\" \"/usr/lib\": expected a relative folder inside the package, such as \"lib\""),
        refuses(
            "{\"name\": \"demo\", \"dependencies\": \"util\"}",
            "\"dependencies\" must be an array of package names, got \"util\""),
        refuses("{\"name\": \"demo\", \"dependencies\": [\"util\", 3]}", "\"dependencies\"[1] must be a string, got 3"),
        refuses(
            "{\"name\": \"demo\", \"dependencies\": [\"../util\"]}",
            "invalid dependency \"../util\" in \"dependencies\": " + nameRule),
        refuses("{\"name\": \"demo\", \"dependencies\": [\"util\", \"util\"]}", "\"dependencies\" lists \"util\" twice"),
        refuses("{\"name\": \"demo\", \"dependencies\": [\"demo\"]}", "package \"demo\" lists itself in \"dependencies\""),
        refuses(
            "{\"name\": \"demo\", \"permissions\": [\"network\"]}",
            "\"permissions\" must be an object such as {\"network\": [\"https://api.example.com\"]}, got [\"network\"]"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": \"https://a.com\"}}",
            "\"permissions\".\"network\" must be an array of strings, got \"https://a.com\""),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [true]}}",
            "\"permissions\".\"network\"[0] must be a string, got true"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"ftp://a.com\"]}}",
            "\"permissions\".\"network\" entry \"ftp://a.com\" is not an http or https origin: the scheme must be http or https"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"a.com\"]}}",
            "\"permissions\".\"network\" entry \"a.com\" is not an http or https origin: the scheme must be http or https"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"https://a.com/api\"]}}",
            "\"permissions\".\"network\" entry \"https://a.com/api\" is not an http or https origin: an origin has no path,"
                + " query or fragment; the whole origin is what the permission grants"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"https://a.com?q\"]}}",
            "\"permissions\".\"network\" entry \"https://a.com?q\" is not an http or https origin: an origin has no path,"
                + " query or fragment; the whole origin is what the permission grants"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"https://me@a.com\"]}}",
            "\"permissions\".\"network\" entry \"https://me@a.com\" is not an http or https origin: expected"
                + " scheme://host[:port] without user info"),
        refuses(
            "{\"name\": \"demo\", \"permissions\": {\"network\": [\"https://\"]}}",
            "\"permissions\".\"network\" entry \"https://\" is not an http or https origin: expected scheme://host[:port]"),
        refuses("{\"name\": \"demo\", \"component\": \"Api\"}", "\"component\" must be an object, got \"Api\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void parse_invalid_namesTheFileTheFieldAndTheValue(String json, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.parse(json, SOURCE));
    assertEquals(SOURCE + ": " + message, e.getMessage());
  }

  static Stream<String> notJson() {
    return Stream.of(
        "",
        "{\"name\": }",
        "{\"name\": \"demo\",}",
        "{'name': 'demo'}",
        "{name: \"demo\"}",
        "{\"name\": \"demo\"} // comment",
        "{\"name\": \"demo\"} {}",
        "/* c */ {\"name\": \"demo\"}");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("notJson")
  void parse_anythingButStrictJson_isRefusedWithWhereItWentWrong(String json) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.parse(json, SOURCE));
    assertTrue(e.getMessage().startsWith(SOURCE + ": not valid JSON: "), e.getMessage());
    assertTrue(e.getMessage().contains("line 1") || e.getMessage().contains("at $"), e.getMessage());
  }

  @Test
  void read_namesTheFileInEveryError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("package.json");
    assertEquals(
        file + ": does not exist",
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.read(file)).getMessage());
    Files.write(file, new byte[] {'{', '"', 'n', (byte) 0xC3, '"', '}'});
    assertEquals(
        file + ": not valid UTF-8",
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.read(file)).getMessage());
    Files.writeString(file, "{\"name\": \"demo\", \"lib\": 7}");
    assertEquals(
        file + ": \"lib\" must be a string, got 7",
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.read(file)).getMessage());
    Files.writeString(file, "{\"name\": \"demo\"}");
    assertEquals(PackageDescriptor.of("demo"), PackageDescriptor.read(file));
  }

  @Test
  void constructor_validatesLikeParse() {
    assertEquals(
        "package descriptor: invalid \"name\" \"sdk\": expected letters, digits, '.', '_' or '-', starting with a"
            + " letter or digit, and not \"sdk\" or \"chrome\"",
        assertThrows(IllegalArgumentException.class, () -> PackageDescriptor.of("sdk")).getMessage());
    assertEquals(
        "package descriptor: \"permissions\".\"network\" entry \"ftp://a\" is not an http or https origin: the scheme must be http or https",
        assertThrows(
                IllegalArgumentException.class,
                () -> new PackageDescriptor("a", "main", "lib", List.of(), Map.of("network", List.of("ftp://a")), Optional.empty()))
            .getMessage());
    assertEquals(
        "package descriptor: component is null; use Optional.empty()",
        assertThrows(IllegalArgumentException.class, () -> new PackageDescriptor("a", "main", "lib", List.of(), Map.of(), null))
            .getMessage());
  }
}
