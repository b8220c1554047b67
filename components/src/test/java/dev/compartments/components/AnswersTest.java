package dev.compartments.components;

import static dev.compartments.components.Fixtures.kinds;
import static dev.compartments.components.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.compartments.components.Refusal.Kind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CheckedBlueprint#resolveAnswers}: the answers to a blueprint's PowerBox questions. */
class AnswersTest {
  @TempDir Path dir;

  private CheckedBlueprint checked;

  /** One node whose five params are bound to five questions, one of each type. */
  @BeforeEach
  void writeBlueprint() {
    Fixtures.api(dir, "Settings", "get");
    Fixtures.component(
        dir,
        "settings",
        "{'provides': 'Settings', 'params': {'host': 'DOMAIN', 'inbox': 'URL_PREFIX', 'slot': 'PASSWORD_SLOT', 'greeting': 'STRING', 'times': 'INTEGER'}}");
    checked = Checker.check(Fixtures.blueprint(
            dir,
            """
            {'name': 'answers', 'top': 'settings',
             'questions': {
               'host': {'type': 'DOMAIN', 'prompt': 'Which host?', 'default': '127.0.0.1:8080'},
               'inbox': {'type': 'URL_PREFIX', 'prompt': 'Where is the inbox?'},
               'slot': {'type': 'PASSWORD_SLOT', 'prompt': 'Which password?', 'default': 'twitter'},
               'greeting': {'type': 'STRING', 'prompt': 'Greeting?', 'default': 'hi', 'constraints': {'maxLength': 5}},
               'times': {'type': 'INTEGER', 'prompt': 'How often?', 'default': 3, 'constraints': {'min': 1, 'max': 10}}},
             'nodes': {'settings': {'component': 'components/settings', 'params': {
               'host': {'question': 'host'}, 'inbox': {'question': 'inbox'}, 'slot': {'question': 'slot'},
               'greeting': {'question': 'greeting'}, 'times': {'question': 'times'}}}}}
            """))
        .orThrow();
  }

  private static Map<String, JsonElement> answers(String json) {
    Map<String, JsonElement> out = new LinkedHashMap<>();
    Fixtures.object(json).entrySet().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private List<Refusal> refusals(String json) {
    Map<String, JsonElement> given = answers(json);
    return assertThrows(BlueprintRefusedException.class, () -> checked.resolveAnswers(given)).refusals();
  }

  private static Refusal only(List<Refusal> refusals, Kind kind) {
    assertEquals(List.of(kind), kinds(refusals), refusals.toString());
    return refusals.get(0);
  }

  @Test
  void defaults_areUsed_forQuestionsNotAnswered() {
    Map<String, JsonElement> resolved = checked.resolveAnswers(answers("{'inbox': 'https://example.com/inbox/'}"));
    assertEquals(List.of("host", "inbox", "slot", "greeting", "times"), List.copyOf(resolved.keySet()));
    assertEquals(new JsonPrimitive("127.0.0.1:8080"), resolved.get("host"));
    assertEquals(new JsonPrimitive("https://example.com/inbox/"), resolved.get("inbox"));
    assertEquals(new JsonPrimitive("twitter"), resolved.get("slot"));
    assertEquals(new JsonPrimitive("hi"), resolved.get("greeting"));
    assertEquals(3, resolved.get("times").getAsInt());
  }

  @Test
  void givenAnswers_overrideTheDefaults() {
    Map<String, JsonElement> resolved = checked.resolveAnswers(
        answers("{'host': '[::1]:9000', 'inbox': 'http://127.0.0.1:8080/', 'slot': 'work', 'greeting': 'hello', 'times': 10}"));
    assertEquals(new JsonPrimitive("[::1]:9000"), resolved.get("host"));
    assertEquals(new JsonPrimitive("work"), resolved.get("slot"));
    assertEquals(new JsonPrimitive("hello"), resolved.get("greeting"));
    assertEquals(10, resolved.get("times").getAsInt());
  }

  @Test
  void resolvedAnswers_areACopy_andUnmodifiable() {
    Map<String, JsonElement> given = new HashMap<>(answers("{'inbox': 'https://example.com/'}"));
    JsonObject holder = new JsonObject();
    Map<String, JsonElement> resolved = checked.resolveAnswers(given);
    assertThrows(UnsupportedOperationException.class, () -> resolved.put("x", holder));
    given.put("host", new JsonPrimitive("changed.example"));
    assertEquals(new JsonPrimitive("127.0.0.1:8080"), resolved.get("host"));
  }

  @Test
  void paramsOfANode_takeTheResolvedAnswers() {
    Map<String, JsonElement> resolved = checked.resolveAnswers(answers("{'inbox': 'https://example.com/', 'times': 7}"));
    assertEquals(
        Fixtures.object("{'host': '127.0.0.1:8080', 'inbox': 'https://example.com/', 'slot': 'twitter', 'greeting': 'hi', 'times': 7}"),
        checked.params("settings", resolved));
    assertEquals(
        List.of(
            "param host = \"127.0.0.1:8080\"",
            "param inbox = \"https://example.com/\"",
            "param slot = \"twitter\"",
            "param greeting = \"hi\"",
            "param times = 7"),
        checked.authority("settings", resolved));
  }

  @Test
  void answerOfTheWrongType_isBadAnswer_namingTheQuestionAndType() {
    Refusal r = only(refusals("{'inbox': 'https://example.com/', 'times': '3'}"), Kind.BAD_ANSWER);
    assertEquals(Optional.of("times"), r.slot());
    assertEquals(Optional.empty(), r.node());
    assertEquals("question \"times\" (INTEGER): the answer is refused: expected an INTEGER, got the string \"3\"", r.message());
  }

  @Test
  void answerOfTheWrongType_forAStringType() {
    Refusal r = only(refusals("{'inbox': 'https://example.com/', 'host': 8080}"), Kind.BAD_ANSWER);
    assertEquals("question \"host\" (DOMAIN): the answer is refused: expected a DOMAIN string, got the number 8080", r.message());
  }

  @Test
  void answerOutsideItsConstraints_isBadAnswer() {
    assertEquals(
        "question \"times\" (INTEGER): the answer is refused: 11 is above the maximum 10",
        only(refusals("{'inbox': 'https://example.com/', 'times': 11}"), Kind.BAD_ANSWER).message());
    assertEquals(
        "question \"greeting\" (STRING): the answer is refused: is longer than 5 characters",
        only(refusals("{'inbox': 'https://example.com/', 'greeting': 'hello!'}"), Kind.BAD_ANSWER).message());
  }

  @Test
  void urlPrefix_withTheTrailingSlash_accepted_withoutIt_refused() {
    assertEquals(new JsonPrimitive("https://example.com/inbox/"),
        checked.resolveAnswers(answers("{'inbox': 'https://example.com/inbox/'}")).get("inbox"));
    Refusal r = only(refusals("{'inbox': 'https://example.com/inbox'}"), Kind.BAD_ANSWER);
    assertEquals(Optional.of("inbox"), r.slot());
    assertTrue(r.message().startsWith("question \"inbox\" (URL_PREFIX): the answer is refused: "), r.message());
    assertTrue(r.message().endsWith("(it must end with '/')"), r.message());
  }

  @Test
  void urlPrefix_javascriptOrFtp_refused() {
    assertTrue(only(refusals("{'inbox': 'javascript:alert(1)//'}"), Kind.BAD_ANSWER).message().endsWith("(the scheme must be http or https)"));
    assertTrue(only(refusals("{'inbox': 'ftp://example.com/'}"), Kind.BAD_ANSWER).message().endsWith("(the scheme must be http or https)"));
  }

  @Test
  void missingAnswer_withoutDefault_isMissingAnswer() {
    Refusal r = only(refusals("{}"), Kind.MISSING_ANSWER);
    assertEquals(Optional.of("inbox"), r.slot());
    assertEquals("question \"inbox\": no answer and no default (Where is the inbox?)", r.message());
  }

  @Test
  void answerToAnUnknownQuestion_isUnknownAnswer() {
    Refusal r = only(refusals("{'inbox': 'https://example.com/', 'colour': 'red'}"), Kind.UNKNOWN_ANSWER);
    assertEquals(Optional.of("colour"), r.slot());
    assertEquals("answer \"colour\": the blueprint asks no such question (it asks host, inbox, slot, greeting, times)", r.message());
  }

  @Test
  void severalRefusals_areReportedAtOnce() {
    Map<String, JsonElement> given = answers("{'colour': 'red', 'host': 'https://example.com', 'times': 0, 'slot': 'a/b'}");
    BlueprintRefusedException e = assertThrows(BlueprintRefusedException.class, () -> checked.resolveAnswers(given));
    assertEquals(
        List.of(Kind.UNKNOWN_ANSWER, Kind.BAD_ANSWER, Kind.MISSING_ANSWER, Kind.BAD_ANSWER, Kind.BAD_ANSWER), kinds(e.refusals()));
    assertEquals(
        List.of(Optional.of("colour"), Optional.of("host"), Optional.of("inbox"), Optional.of("slot"), Optional.of("times")),
        e.refusals().stream().map(Refusal::slot).toList());
    assertTrue(e.getMessage().startsWith("the answers to blueprint answers refused:\n"), e.getMessage());
    for (Refusal r : e.refusals()) {
      assertTrue(e.getMessage().contains("\n  " + r.message()), e.getMessage());
    }
  }

  @Test
  void nullAnswer_isBadAnswer_notTheDefault() {
    Map<String, JsonElement> given = answers("{'inbox': 'https://example.com/'}");
    given.put("times", value("null"));
    assertEquals(
        "question \"times\" (INTEGER): the answer is refused: expected an INTEGER, got null",
        assertThrows(BlueprintRefusedException.class, () -> checked.resolveAnswers(given)).refusals().get(0).message());
  }

  @Test
  void nullAnswers_refused() {
    assertEquals("answers must not be null", assertThrows(IllegalArgumentException.class, () -> checked.resolveAnswers(null)).getMessage());
  }

  @Test
  void blueprintWithoutQuestions_takesNoAnswers() {
    Path other = dir.resolve("other");
    Fixtures.api(other, "Settings", "get");
    Fixtures.component(other, "plain", "{'provides': 'Settings'}");
    CheckedBlueprint plain = Checker.check(Fixtures.blueprint(other, "{'name': 'plain', 'top': 'p', 'nodes': {'p': {'component': 'components/plain'}}}")).orThrow();
    assertEquals(Map.of(), plain.resolveAnswers(Map.of()));
    Map<String, JsonElement> given = answers("{'x': 1}");
    Refusal r = only(assertThrows(BlueprintRefusedException.class, () -> plain.resolveAnswers(given)).refusals(), Kind.UNKNOWN_ANSWER);
    assertEquals("answer \"x\": the blueprint asks no such question (it asks none)", r.message());
  }
}
