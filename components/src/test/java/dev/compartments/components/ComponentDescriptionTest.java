package dev.compartments.components;

import static dev.compartments.components.Fixtures.json;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A component's description and its id, which covers its description and every byte of its files. */
class ComponentDescriptionTest {
  private static final String SECTION =
      "{'provides': 'TwitterAPI', 'endowments': {'xhr': 'RestrictedXHR', 'password': 'PasswordSlot'},"
          + " 'params': {'pageSize': 'INTEGER', 'home': 'URL_PREFIX'}, 'chrome': false}";

  @TempDir Path dir;

  private Path twitter() {
    Path c = Fixtures.component(dir, "twitter", SECTION);
    Fixtures.write(c.resolve("lib/util/format.js"), "exports.format = function (n) { return String(n); };\n");
    Fixtures.write(c.resolve("README.md"), "The TwitterAPI component.\n");
    return c;
  }

  /** A folder with {@code package.json} whose text is {@link Fixtures#json}({@code packageJson}). */
  private Path pkg(String packageJson) {
    Path c = dir.resolve("pkg");
    Fixtures.write(c.resolve("package.json"), json(packageJson));
    Fixtures.write(c.resolve("lib/main.js"), Fixtures.trivialMaker());
    return c;
  }

  private String refusal(String section) {
    Path c = pkg("{'name': 'pkg', 'component': " + section + "}");
    return assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c)).getMessage();
  }

  @Test
  void read_readsEveryMember() {
    Path c = twitter();
    ComponentDescription d = ComponentDescription.read(c);
    assertEquals(c, d.dir());
    assertEquals("twitter", d.name());
    assertEquals("", d.description());
    assertEquals("TwitterAPI", d.provides());
    assertEquals(Map.of("password", "PasswordSlot", "xhr", "RestrictedXHR"), d.endowments());
    assertEquals(List.of("password", "xhr"), List.copyOf(d.endowments().keySet()));
    assertEquals(Map.of("home", QuestionType.URL_PREFIX, "pageSize", QuestionType.INTEGER), d.params());
    assertFalse(d.chrome());
    assertEquals(List.of("README.md", "lib/main.js", "lib/util/format.js", "package.json"), List.copyOf(d.files().keySet()));
    assertTrue(d.id().matches("[0-9a-f]{64}"), d.id());
    assertEquals(d.id().substring(0, 12), d.shortId());
  }

  @Test
  void read_defaults_noEndowmentsNoParamsNoChrome() {
    Path c = pkg("{'name': 'pkg', 'description': 'A leaf.', 'component': {'provides': 'Leaf'}}");
    ComponentDescription d = ComponentDescription.read(c);
    assertEquals("A leaf.", d.description());
    assertEquals(Map.of(), d.endowments());
    assertEquals(Map.of(), d.params());
    assertFalse(d.chrome());
  }

  @Test
  void read_chromeTrue() {
    assertTrue(ComponentDescription.read(pkg("{'name': 'pkg', 'component': {'provides': 'Leaf', 'chrome': true}}")).chrome());
  }

  @Test
  void id_isStable_whenNothingChanges() {
    Path c = twitter();
    assertEquals(ComponentDescription.read(c).id(), ComponentDescription.read(c).id());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lib/main.js", "lib/util/format.js", "README.md", "package.json"})
  void id_changes_whenOneByteOfAnyFileChanges(String file) throws IOException {
    Path c = twitter();
    String before = ComponentDescription.read(c).id();
    Path path = c.resolve(file);
    byte[] bytes = Files.readAllBytes(path);
    int last = bytes.length - 1;
    // package.json ends with "}\n": change the newline into a space, which keeps it valid JSON.
    bytes[last] = (byte) (bytes[last] == '\n' ? ' ' : bytes[last] ^ 1);
    Files.write(path, bytes);
    ComponentDescription after = ComponentDescription.read(c);
    assertNotEquals(before, after.id());
    bytes[last] = (byte) (bytes[last] == ' ' ? '\n' : bytes[last] ^ 1);
    Files.write(path, bytes);
    assertEquals(before, ComponentDescription.read(c).id(), "restoring the byte restores the id");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lib/extra.js", "data/empty.txt", ".hidden", "lib/util/deeper/x.json"})
  void id_changes_whenAFileIsAdded(String file) {
    Path c = twitter();
    String before = ComponentDescription.read(c).id();
    Fixtures.write(c.resolve(file), "");
    ComponentDescription after = ComponentDescription.read(c);
    assertNotEquals(before, after.id());
    assertTrue(after.files().containsKey(file), after.files().toString());
  }

  @Test
  void id_isTheSame_whenOnlyAnEmptyFolderIsAdded() throws IOException {
    Path c = twitter();
    String before = ComponentDescription.read(c).id();
    Files.createDirectories(c.resolve("empty/folder"));
    assertEquals(before, ComponentDescription.read(c).id(), "an empty folder holds no file, so the id is the same");
  }

  @Test
  void id_changes_whenAFileIsRemovedOrRenamed() throws IOException {
    Path c = twitter();
    String before = ComponentDescription.read(c).id();
    Files.move(c.resolve("README.md"), c.resolve("README.txt"));
    String renamed = ComponentDescription.read(c).id();
    assertNotEquals(before, renamed);
    Files.delete(c.resolve("README.txt"));
    assertNotEquals(before, ComponentDescription.read(c).id());
    assertNotEquals(renamed, ComponentDescription.read(c).id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          'provides': 'TwitterAPI'          | 'provides': 'OtherAPI'
          'xhr': 'RestrictedXHR'            | 'xhr': 'AnyXHR'
          'xhr': 'RestrictedXHR'            | 'web': 'RestrictedXHR'
          'pageSize': 'INTEGER'             | 'pageSize': 'STRING'
          'chrome': false                   | 'chrome': true
          """)
  void id_changes_whenTheComponentSectionChanges(String from, String to) {
    Path c = twitter();
    String before = ComponentDescription.read(c).id();
    Path packageJson = c.resolve("package.json");
    String text = readString(packageJson);
    assertTrue(text.contains(json(from)), text);
    Fixtures.write(packageJson, text.replace(json(from), json(to)));
    assertNotEquals(before, ComponentDescription.read(c).id());
  }

  @Test
  void id_isTheSame_whenTheFolderIsCopiedElsewhere() {
    Path c = twitter();
    Path copy = dir.resolve("elsewhere/deeper/twitter-copy");
    Fixtures.copy(c, copy);
    ComponentDescription original = ComponentDescription.read(c);
    ComponentDescription copied = ComponentDescription.read(copy);
    assertEquals(original.id(), copied.id());
    assertEquals(original.files(), copied.files());
    assertEquals(copy, copied.dir());
  }

  @Test
  void symbolicLink_toAFile_isRefused() throws IOException {
    Path c = twitter();
    Path outside = Fixtures.write(dir.resolve("outside.js"), "exports.x = 1;\n");
    Files.createSymbolicLink(c.resolve("lib/linked.js"), outside);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c));
    assertEquals(c + ": lib/linked.js is a symbolic link; a component holds only regular files and folders", e.getMessage());
  }

  @Test
  void symbolicLink_toAFolder_isRefused() throws IOException {
    Path c = twitter();
    Path outside = dir.resolve("outside");
    Files.createDirectories(outside);
    Fixtures.write(outside.resolve("x.js"), "exports.x = 1;\n");
    Files.createSymbolicLink(c.resolve("lib/shared"), outside);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c));
    assertTrue(e.getMessage().contains("lib/shared is a symbolic link"), e.getMessage());
  }

  @Test
  void notAFolder_refused() {
    Path file = Fixtures.write(dir.resolve("file.txt"), "x");
    assertEquals(file + ": not a folder", assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(file)).getMessage());
    Path missing = dir.resolve("missing");
    assertEquals(missing + ": not a folder", assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(missing)).getMessage());
  }

  @Test
  void packageWithoutComponentSection_refused() {
    Path c = pkg("{'name': 'pkg'}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c));
    assertEquals(c.resolve("package.json") + ": not a component: package.json has no \"component\" section", e.getMessage());
  }

  @Test
  void componentSectionNotAnObject_refused() {
    Path c = pkg("{'name': 'pkg', 'component': true}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c));
    assertTrue(e.getMessage().contains("\"component\" must be an object"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          {'provides': 'A', 'requires': {}}                    | component.requires is not a member of a component section (provides, endowments, params, chrome)
          {}                                                   | component.provides is missing: name the API the component provides
          {'provides': 5}                                      | component.provides must be an API name, got 5
          {'provides': 'not-an-api'}                           | component.provides: API name "not-an-api" is not an identifier ([A-Za-z][A-Za-z0-9_]*)
          {'provides': 'A', 'endowments': ['B']}               | component.endowments must be an object, got
          {'provides': 'A', 'endowments': {'my-slot': 'B'}}    | component.endowments: slot "my-slot" is not an identifier
          {'provides': 'A', 'endowments': {'slot': 7}}         | component.endowments.slot must be an API name, got 7
          {'provides': 'A', 'endowments': {'slot': '9B'}}      | component.endowments.slot: API name "9B" is not an identifier
          {'provides': 'A', 'params': 'none'}                  | component.params must be an object, got "none"
          {'provides': 'A', 'params': {'page size': 'STRING'}} | component.params: param "page size" is not an identifier
          {'provides': 'A', 'params': {'size': 3}}             | component.params.size must be a type name string, got 3
          {'provides': 'A', 'params': {'size': 'FLOAT'}}       | component.params.size: unknown type FLOAT; expected DOMAIN, URL_PREFIX, PASSWORD_SLOT, STRING or INTEGER
          {'provides': 'A', 'params': {'size': 'integer'}}     | component.params.size: unknown type integer
          {'provides': 'A', 'chrome': 'yes'}                   | component.chrome must be true or false, got "yes"
          {'provides': 'A', 'chrome': 1}                       | component.chrome must be true or false, got 1
          """)
  void badSection_refusedNamingTheMember(String section, String expected) {
    String message = refusal(json(section));
    String prefix = dir.resolve("pkg/package.json") + ": ";
    assertTrue(message.startsWith(prefix + expected), message);
  }

  @Test
  void fractionInPackageJson_refusedWithThePath() {
    Path c = pkg("{'name': 'pkg', 'version': 1.5, 'component': {'provides': 'A'}}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentDescription.read(c));
    assertTrue(e.getMessage().startsWith(c.resolve("package.json") + ": canonical JSON: $.package.version is 1.5"), e.getMessage());
  }

  @Test
  void recordCopiesItsMaps() {
    ComponentDescription d = ComponentDescription.read(twitter());
    assertThrows(UnsupportedOperationException.class, () -> d.endowments().put("x", "Y"));
    assertThrows(UnsupportedOperationException.class, () -> d.params().put("x", QuestionType.STRING));
    assertThrows(UnsupportedOperationException.class, () -> d.files().put("x", "y"));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
