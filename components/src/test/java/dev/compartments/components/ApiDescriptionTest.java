package dev.compartments.components;

import static dev.compartments.components.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API documents: their shape, and an id that depends on the content only. */
class ApiDescriptionTest {
  private static final String READ_ONLY =
      "{'name': 'ReadOnlyTwitterAPI', 'description': 'Reads; cannot post.',"
          + " 'methods': {'inboxURL': 'the inbox URL', 'countNewMessages': 'the unread count'}}";

  @TempDir Path dir;

  private static ApiDescription parse(String text) {
    return ApiDescription.parse(json(text), "api.json");
  }

  private static String refusal(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }

  @Test
  void parse_readsNameDescriptionAndMethodsSorted() {
    ApiDescription api = parse(READ_ONLY);
    assertEquals("ReadOnlyTwitterAPI", api.name());
    assertEquals("Reads; cannot post.", api.description());
    assertEquals(Map.of("countNewMessages", "the unread count", "inboxURL", "the inbox URL"), api.methods());
    assertEquals(List.of("countNewMessages", "inboxURL"), List.copyOf(api.methods().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> api.methods().put("post", "posts"));
  }

  @Test
  void id_isTheSha256OfTheCanonicalDocument() {
    ApiDescription api = parse(READ_ONLY);
    assertEquals(CanonicalJson.sha256(JsonParser.parseString(json(READ_ONLY))), api.id());
    assertTrue(api.id().matches("[0-9a-f]{64}"));
  }

  @Test
  void id_ignoresMemberOrderAndWhitespace() {
    String reordered =
        "{\n  'methods' : {'countNewMessages':'the unread count','inboxURL':'the inbox URL'},\n"
            + "  'description':'Reads; cannot post.', 'name':'ReadOnlyTwitterAPI'\n}";
    assertEquals(parse(READ_ONLY).id(), parse(reordered).id());
  }

  @Test
  void id_changesWithAnyContractNameOrDescription() {
    String id = parse(READ_ONLY).id();
    assertNotEquals(id, parse(READ_ONLY.replace("the unread count", "the unread count, >= 0")).id());
    assertNotEquals(id, parse(READ_ONLY.replace("Reads; cannot post.", "Reads.")).id());
    assertNotEquals(id, parse(READ_ONLY.replace("'name': 'ReadOnlyTwitterAPI'", "'name': 'ReadOnlyTwitterAPI2'")).id());
    assertNotEquals(id, parse(READ_ONLY.replace("'inboxURL'", "'inboxUrl'")).id());
  }

  @Test
  void description_isOptional_andMethodsMayBeEmpty() {
    ApiDescription api = parse("{'name': 'Nothing', 'methods': {}}");
    assertEquals("", api.description());
    assertEquals(Map.of(), api.methods());
  }

  @Test
  void read_readsAFile_andNamesItInRefusals() {
    Path file = Fixtures.api(dir, "Reader", "read");
    assertEquals("Reader", ApiDescription.read(file).name());
    Path bad = Fixtures.write(dir.resolve("apis/Bad.json"), json("{'name': 'Bad'}"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiDescription.read(bad));
    assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
  }

  @Test
  void read_missingFile_refused() {
    Path missing = dir.resolve("Missing.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiDescription.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ['name']                                                | api.json: an API object must be a JSON object, got
          {'name': 'A', 'methods': {}, 'version': 2}              | api.json: unknown member "version"; an API object has name, description and methods
          {'methods': {}}                                         | api.json: missing "name"
          {'name': 5, 'methods': {}}                              | api.json: name must be a string, got 5
          {'name': '1A', 'methods': {}}                           | api.json: name "1A" is not an identifier ([A-Za-z][A-Za-z0-9_]*)
          {'name': 'A-B', 'methods': {}}                          | api.json: name "A-B" is not an identifier
          {'name': 'A', 'description': 7, 'methods': {}}          | api.json: description must be a string, got 7
          {'name': 'A'}                                           | api.json: "methods" must be an object of method names to contracts
          {'name': 'A', 'methods': ['read']}                      | api.json: "methods" must be an object of method names to contracts
          {'name': 'A', 'methods': {'read-all': 'x'}}             | api.json: method name "read-all" is not an identifier
          {'name': 'A', 'methods': {'read': 1}}                   | api.json: methods.read must be a string, got 1
          {'name': 'A', 'methods': {'read': {'returns': 'x'}}}    | api.json: methods.read must be a string, got
          {'name': 'A', 'name': 'B', 'methods': {}}               | api.json: not valid JSON: duplicate key "name"
          {'name': 'A', 'methods': {}} x                          | api.json: not valid JSON
          """)
  void parse_refusesTheWrongShape_namingTheMember(String document, String messageStart) {
    String message = refusal(document);
    assertTrue(message.startsWith(messageStart), message);
  }
}
