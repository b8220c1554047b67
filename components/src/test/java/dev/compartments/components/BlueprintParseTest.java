package dev.compartments.components;

import static dev.compartments.components.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.compartments.components.Blueprint.Ask;
import dev.compartments.components.Blueprint.Constant;
import dev.compartments.components.Blueprint.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Blueprint parsing: the shape of every member at every level, and the add-on id. */
class BlueprintParseTest {
  /** A blueprint of the smallest valid shape. */
  private static final String MINIMAL = "{'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c'}}}";

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("blueprint.json");
  }

  private Blueprint parse(String text) {
    return Blueprint.parse(json(text), file());
  }

  private String refusal(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }

  @Test
  void parse_readsEveryMember() {
    JsonObject object = Fixtures.stackBlueprint();
    Blueprint b = Blueprint.parse(object.toString(), file());
    assertEquals(file(), b.file());
    assertEquals("stack", b.name());
    assertEquals("Three layers: a chrome source, an attenuating reader, a top.", b.description());
    assertEquals(dir.toAbsolutePath().resolve("apis"), b.apis());
    assertEquals("top", b.top());
    assertEquals(List.of("greeting"), List.copyOf(b.questions().keySet()));
    Question greeting = b.questions().get("greeting");
    assertEquals(QuestionType.STRING, greeting.type());
    assertEquals("How shall the top greet?", greeting.prompt());
    assertEquals(Optional.of(new JsonPrimitive("hello")), greeting.defaultValue());
    assertEquals(Fixtures.object("{'minLength': 1}"), greeting.constraints());
    assertEquals(List.of("source", "reader", "top"), List.copyOf(b.nodes().keySet()));

    Node source = b.nodes().get("source");
    assertEquals(dir.toAbsolutePath().resolve("components/source"), source.component());
    assertEquals("components/source", source.componentPath());
    assertEquals(Optional.empty(), source.pinnedId());
    assertTrue(source.chrome());
    assertEquals(Map.of(), source.endowments());
    assertEquals(Map.of("prefix", new Constant(new JsonPrimitive("src:"))), source.params());

    Node top = b.nodes().get("top");
    assertFalse(top.chrome());
    assertEquals(Map.of("reader", "reader"), top.endowments());
    assertEquals(new Ask("greeting"), top.params().get("greeting"));
    assertEquals(3, ((Constant) top.params().get("times")).value().getAsInt());

    assertEquals(CanonicalJson.sha256(object), b.addonId());
  }

  @Test
  void parse_optionalMembers_haveTheirDefaults() {
    Blueprint b = parse(MINIMAL);
    assertEquals("", b.description());
    assertEquals(dir.toAbsolutePath().resolve("apis"), b.apis());
    assertEquals(Map.of(), b.questions());
    Node n = b.nodes().get("n");
    assertFalse(n.chrome());
    assertEquals(Optional.empty(), n.pinnedId());
    assertEquals(Map.of(), n.endowments());
    assertEquals(Map.of(), n.params());
  }

  @Test
  void parse_questionWithoutDefaultOrConstraints() {
    Question q = parse("{'name': 'b', 'top': 'n', 'questions': {'q': {'type': 'DOMAIN', 'prompt': 'Host?'}}, 'nodes': {'n': {'component': 'c'}}}")
        .questions().get("q");
    assertEquals(Optional.empty(), q.defaultValue());
    assertEquals(new JsonObject(), q.constraints());
  }

  @Test
  void parse_pinnedId_andRelativeFoldersResolvedAgainstTheBlueprint() {
    String id = "0123456789abcdef".repeat(4);
    Blueprint b = parse(
        "{'name': 'b', 'apis': '../shared/apis', 'top': 'n', 'nodes': {'n': {'component': 'comps/../elsewhere/c', 'id': '" + id + "'}}}");
    assertEquals(dir.toAbsolutePath().resolve("../shared/apis"), b.apis());
    assertEquals(dir.toAbsolutePath().resolve("elsewhere/c"), b.nodes().get("n").component());
    assertEquals("comps/../elsewhere/c", b.nodes().get("n").componentPath());
    assertEquals(Optional.of(id), b.nodes().get("n").pinnedId());
  }

  @Test
  void read_readsTheFile_andNamesAMissingOne() {
    Blueprint b = Fixtures.blueprint(dir, MINIMAL);
    assertEquals("b", b.name());
    Path missing = dir.resolve("missing.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Blueprint.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void recordsCopy_andConstantsAreCopiedBothWays() {
    Blueprint b = parse(MINIMAL);
    assertThrows(UnsupportedOperationException.class, () -> b.nodes().clear());
    assertThrows(UnsupportedOperationException.class, () -> b.questions().clear());
    assertThrows(UnsupportedOperationException.class, () -> b.nodes().get("n").endowments().put("s", "n"));
    JsonObject value = Fixtures.object("{'a': 1}");
    Constant constant = new Constant(value);
    value.addProperty("b", 2);
    constant.value().getAsJsonObject().addProperty("c", 3);
    assertEquals(Fixtures.object("{'a': 1}"), constant.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ['b']                                                                                    | a blueprint must be a JSON object, got ["b"]
          {'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c'}}, 'version': 1}              | the blueprint has an unknown member "version"; allowed: apis, description, name, nodes, questions, top
          {'top': 'n', 'nodes': {'n': {'component': 'c'}}}                                         | name is missing
          {'name': 5, 'top': 'n', 'nodes': {'n': {'component': 'c'}}}                              | name must be a string, got 5
          {'name': 'my blueprint', 'top': 'n', 'nodes': {'n': {'component': 'c'}}}                 | name "my blueprint" must be letters, digits, '.', '_' or '-', starting with a letter or digit
          {'name': '.b', 'top': 'n', 'nodes': {'n': {'component': 'c'}}}                           | name ".b" must be letters
          {'name': 'b', 'description': 5, 'top': 'n', 'nodes': {'n': {'component': 'c'}}}          | description must be a string, got 5
          {'name': 'b', 'apis': 5, 'top': 'n', 'nodes': {'n': {'component': 'c'}}}                 | apis must be a string, got 5
          {'name': 'b', 'apis': '/etc/apis', 'top': 'n', 'nodes': {'n': {'component': 'c'}}}       | apis must be a folder relative to the blueprint, got "/etc/apis"
          {'name': 'b', 'apis': '', 'top': 'n', 'nodes': {'n': {'component': 'c'}}}                | apis must be a folder relative to the blueprint, got ""
          {'name': 'b', 'nodes': {'n': {'component': 'c'}}}                                        | top is missing
          {'name': 'b', 'top': ['n'], 'nodes': {'n': {'component': 'c'}}}                          | top must be a string, got ["n"]
          {'name': 'b', 'top': 'n'}                                                                | "nodes" is missing
          {'name': 'b', 'top': 'n', 'nodes': ['n']}                                                | nodes must be an object, got ["n"]
          {'name': 'b', 'top': 'n', 'nodes': {}}                                                   | "nodes" is empty; a blueprint has at least one node
          {'name': 'b', 'top': 'n', 'questions': [], 'nodes': {'n': {'component': 'c'}}}           | questions must be an object, got []
          """)
  void topLevelShapeErrors_nameTheMember(String document, String expected) {
    String message = refusal(document);
    assertTrue(message.startsWith(file() + ": " + expected), message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          'DOMAIN'                                                     | questions.q must be an object {type, prompt, default?, constraints?}, got "DOMAIN"
          {'type': 'DOMAIN', 'prompt': 'Host?', 'help': 'x'}           | questions.q has an unknown member "help"; allowed: constraints, default, prompt, type
          {'prompt': 'Host?'}                                          | questions.q.type is missing
          {'type': 5, 'prompt': 'Host?'}                               | questions.q.type must be a string, got 5
          {'type': 'URL', 'prompt': 'Host?'}                           | questions.q.type: unknown type URL; expected DOMAIN, URL_PREFIX, PASSWORD_SLOT, STRING or INTEGER
          {'type': 'domain', 'prompt': 'Host?'}                        | questions.q.type: unknown type domain
          {'type': 'DOMAIN'}                                           | questions.q.prompt is missing
          {'type': 'DOMAIN', 'prompt': ['Host?']}                      | questions.q.prompt must be a string, got ["Host?"]
          {'type': 'DOMAIN', 'prompt': 'Host?', 'constraints': []}     | questions.q.constraints must be an object, got []
          {'type': 'DOMAIN', 'prompt': 'Host?', 'default': 1.5}        | canonical JSON: $.questions.q.default is 1.5
          """)
  void questionShapeErrors_nameTheMember(String question, String expected) {
    String message = refusal("{'name': 'b', 'top': 'n', 'questions': {'q': " + question + "}, 'nodes': {'n': {'component': 'c'}}}");
    assertTrue(message.startsWith(file() + ": " + expected), message);
  }

  @Test
  void questionName_mustBeAName() {
    String message = refusal("{'name': 'b', 'top': 'n', 'questions': {'the host': {'type': 'DOMAIN', 'prompt': 'Host?'}}, 'nodes': {'n': {'component': 'c'}}}");
    assertEquals(
        file() + ": questions.the host: the question name \"the host\" must be letters, digits, '.', '_' or '-', starting with a letter or digit",
        message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          'c'                                                             | nodes.n must be an object {component, id?, chrome?, endowments?, params?}, got "c"
          {'component': 'c', 'slots': {}}                                 | nodes.n has an unknown member "slots"; allowed: chrome, component, endowments, id, params
          {}                                                              | nodes.n.component is missing
          {'component': 5}                                                | nodes.n.component must be a string, got 5
          {'component': '/abs/c'}                                         | nodes.n.component must be a folder relative to the blueprint, got "/abs/c"
          {'component': 'C:/c'}                                           | nodes.n.component must be a folder relative to the blueprint, got "C:/c"
          {'component': 'c:\\\\c'}                                        | nodes.n.component must be a folder relative to the blueprint, got "c:\\\\c"
          {'component': '\\\\c'}                                          | nodes.n.component must be a folder relative to the blueprint, got "\\\\c"
          {'component': ''}                                               | nodes.n.component must be a folder relative to the blueprint, got ""
          {'component': 'c', 'id': 'abc'}                                 | nodes.n.id must be a component id (64 lowercase hex digits), got "abc"
          {'component': 'c', 'id': 5}                                     | nodes.n.id must be a string, got 5
          {'component': 'c', 'chrome': 'true'}                            | nodes.n.chrome must be true or false, got "true"
          {'component': 'c', 'chrome': 1}                                 | nodes.n.chrome must be true or false, got 1
          {'component': 'c', 'endowments': ['m']}                         | nodes.n.endowments must be an object, got ["m"]
          {'component': 'c', 'endowments': {'s': 5}}                      | nodes.n.endowments.s must name a node, got 5
          {'component': 'c', 'endowments': {'s': ['m']}}                  | nodes.n.endowments.s must name a node, got ["m"]
          {'component': 'c', 'endowments': {'s': {'node': 'm'}}}          | nodes.n.endowments.s must name a node, got {"node":"m"}
          {'component': 'c', 'params': ['p']}                             | nodes.n.params must be an object, got ["p"]
          {'component': 'c', 'params': {'p': 5}}                          | nodes.n.params.p must be {"question": <name>} or {"value": <constant>}, got 5
          {'component': 'c', 'params': {'p': 'q'}}                        | nodes.n.params.p must be {"question": <name>} or {"value": <constant>}, got "q"
          {'component': 'c', 'params': {'p': {}}}                         | nodes.n.params.p must be {"question": <name>} or {"value": <constant>}, got {}
          {'component': 'c', 'params': {'p': {'value': 1, 'question': 'q'}}} | nodes.n.params.p must be {"question": <name>} or {"value": <constant>}, got {"value":1,"question":"q"}
          {'component': 'c', 'params': {'p': {'answer': 1}}}              | nodes.n.params.p must be {"question": <name>} or {"value": <constant>}, got an object with "answer"
          {'component': 'c', 'params': {'p': {'question': 5}}}            | nodes.n.params.p.question must name a question, got 5
          {'component': 'c', 'params': {'p': {'question': null}}}         | nodes.n.params.p.question must name a question, got null
          {'component': 'c', 'params': {'p': {'value': 1.5}}}             | canonical JSON: $.nodes.n.params.p.value is 1.5
          {'component': 'c', 'params': {'p': {'value': [9007199254740992]}}} | canonical JSON: $.nodes.n.params.p.value[0] is 9007199254740992
          """)
  void nodeShapeErrors_nameTheMember(String node, String expected) {
    String message = refusal("{'name': 'b', 'top': 'n', 'nodes': {'n': " + node + "}}");
    assertTrue(message.startsWith(file() + ": " + expected), message);
  }

  @Test
  void pinnedId_mustBeLowercaseHex() {
    String upper = "0123456789ABCDEF".repeat(4);
    assertTrue(refusal("{'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c', 'id': '" + upper + "'}}}")
        .endsWith("nodes.n.id must be a component id (64 lowercase hex digits), got \"" + upper + "\""));
    String shortId = "0".repeat(63);
    assertTrue(refusal("{'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c', 'id': '" + shortId + "'}}}").contains("got \"" + shortId + "\""));
    String longId = "0".repeat(65);
    assertTrue(refusal("{'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c', 'id': '" + longId + "'}}}").contains("got \"" + longId + "\""));
  }

  @Test
  void nodeName_mustBeAName() {
    assertEquals(
        file() + ": nodes.-n: the node name \"-n\" must be letters, digits, '.', '_' or '-', starting with a letter or digit",
        refusal("{'name': 'b', 'top': '-n', 'nodes': {'-n': {'component': 'c'}}}"));
    assertTrue(refusal("{'name': 'b', 'top': 'n', 'nodes': {'a\\\"b': {'component': 'c'}}}").contains("the node name \"a\\\"b\""));
  }

  @Test
  void notJson_andDuplicateKeys_refused() {
    assertTrue(refusal("{'name': 'b',}").startsWith(file() + ": not valid JSON"));
    assertTrue(
        refusal("{'name': 'b', 'top': 'n', 'nodes': {'n': {'component': 'c'}, 'n': {'component': 'd'}}}")
            .startsWith(file() + ": not valid JSON: duplicate key \"n\""));
  }

  // ---- the add-on id ----

  @Test
  void addonId_ignoresMemberOrderAndWhitespace() {
    String reordered =
        """
        {
          'nodes': {
            'top': {'params': {'times': {'value': 3.0}, 'greeting': {'question': 'greeting'}},
                    'endowments': {'reader': 'reader'}, 'component': 'components/top'},
            'reader': {'endowments': {'source': 'source'}, 'component': 'components/reader'},
            'source': {'params': {'prefix': {'value': 'src:'}}, 'chrome': true, 'component': 'components/source'}
          },
          'questions': {'greeting': {'constraints': {'minLength': 1}, 'default': 'hello',
                                     'prompt': 'How shall the top greet?', 'type': 'STRING'}},
          'top': 'top',
          'description': 'Three layers: a chrome source, an attenuating reader, a top.',
          'name': 'stack'
        }
        """;
    assertEquals(Blueprint.parse(Fixtures.stackBlueprint().toString(), file()).addonId(), parse(reordered).addonId());
  }

  @Test
  void addonId_doesNotDependOnWhereTheBlueprintIs() {
    String text = Fixtures.stackBlueprint().toString();
    assertEquals(
        Blueprint.parse(text, file()).addonId(), Blueprint.parse(text, dir.resolve("elsewhere/other.json")).addonId());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          'endowments': {'reader': 'reader'}       | 'endowments': {'reader': 'source'}
          'endowments': {'reader': 'reader'}       | 'endowments': {'reader': 'reader', 'extra': 'source'}
          'endowments': {'source': 'source'}       | 'endowments': {'src': 'source'}
          'chrome': true                           | 'chrome': false
          'components/reader'                      | 'components/reader2'
          'params': {'prefix': {'value': 'src:'}}  | 'params': {'prefix': {'value': 'src'}}
          'params': {'prefix': {'value': 'src:'}}  | 'params': {'prefix': {'question': 'greeting'}}
          'times': {'value': 3}                    | 'times': {'value': 4}
          'greeting': {'question': 'greeting'}     | 'greeting': {'value': 'hello'}
          'default': 'hello'                       | 'default': 'hello '
          'minLength': 1                           | 'minLength': 2
          'type': 'STRING'                         | 'type': 'DOMAIN'
          'How shall the top greet?'               | 'How shall the top greet? '
          'top': 'top'                             | 'top': 'reader'
          'name': 'stack'                          | 'name': 'stack2'
          'reader': {'component'                   | 'reader': {'id': '0000000000000000000000000000000000000000000000000000000000000000', 'component'
          """)
  void addonId_changesWithAnyChange(String from, String to) {
    String original = Fixtures.json(
        """
        {'name': 'stack', 'description': 'Three layers: a chrome source, an attenuating reader, a top.', 'top': 'top',
         'questions': {'greeting': {'type': 'STRING', 'prompt': 'How shall the top greet?', 'default': 'hello', 'constraints': {'minLength': 1}}},
         'nodes': {
           'source': {'component': 'components/source', 'chrome': true, 'params': {'prefix': {'value': 'src:'}}},
           'reader': {'component': 'components/reader', 'endowments': {'source': 'source'}},
           'top': {'component': 'components/top', 'endowments': {'reader': 'reader'},
                   'params': {'greeting': {'question': 'greeting'}, 'times': {'value': 3}}}}}
        """);
    assertEquals(Blueprint.parse(Fixtures.stackBlueprint().toString(), file()).addonId(), Blueprint.parse(original, file()).addonId());
    assertTrue(original.contains(json(from)), from);
    String changed = original.replace(json(from), json(to));
    assertNotEquals(Blueprint.parse(original, file()).addonId(), Blueprint.parse(changed, file()).addonId());
  }

  @Test
  void addonId_isTheSha256OfTheCanonicalDocument() {
    JsonObject object = JsonParser.parseString(json(MINIMAL)).getAsJsonObject();
    assertEquals(CanonicalJson.sha256(object), parse(MINIMAL).addonId());
    assertEquals(
        CanonicalJson.sha256("{\"name\":\"b\",\"nodes\":{\"n\":{\"component\":\"c\"}},\"top\":\"n\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        parse(MINIMAL).addonId());
  }
}
