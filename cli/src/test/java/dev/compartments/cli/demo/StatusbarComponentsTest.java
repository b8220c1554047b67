package dev.compartments.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compartments.cli.demo.TwitterLikeServer.LoggedRequest;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.ModuleEntry;
import dev.compartments.loader.PackageRuntime;
import dev.compartments.loader.PackageRuntime.Instance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statusbar example ({@code examples/statusbar}) built as its {@code blueprint.json} wires it,
 * bottom up, straight on {@link PackageRuntime} (no blueprint installer), against a {@link
 * TwitterLikeServer} on loopback.
 *
 * <p>Where the count cannot be read (wrong password, no password) the driver logs why and shows
 * {@code "?"}, and keeps polling.
 */
class StatusbarComponentsTest {
  private static final Path EXAMPLE =
      Path.of(System.getProperty("basedir", ".")).resolve("../examples/statusbar").normalize();
  private static final String TOKEN = "s3cret";
  // As JSON.stringify writes strings: no HTML escaping.
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private TwitterLikeServer server;

  @TempDir Path temp;

  @BeforeEach
  void startServer() {
    server = TwitterLikeServer.withToken(TOKEN).start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** The example built in one runtime: each blueprint node as an instance of the same name. */
  private record Stack(PackageRuntime runtime, Map<String, Instance> nodes, StringWriter out) {
    Instance node(String name) {
      return nodes.get(name);
    }

    String call(String node, String method, Object... args) {
      return runtime.call(node(node), method, GSON.toJson(args));
    }

    ScriptException refused(String node, String method, Object... args) {
      return assertThrows(ScriptException.class, () -> call(node, method, args));
    }

    List<String> lines() {
      return out.toString().lines().toList();
    }
  }

  private static JsonObject blueprint(String file) throws IOException {
    return JsonParser.parseString(Files.readString(EXAMPLE.resolve(file), StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static JsonObject packageJson(JsonObject node) throws IOException {
    Path dir = EXAMPLE.resolve(node.get("component").getAsString());
    return JsonParser.parseString(Files.readString(dir.resolve("package.json"), StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static JsonObject object(JsonObject parent, String member) {
    return parent.has(member) ? parent.getAsJsonObject(member) : new JsonObject();
  }

  /** The nodes of the blueprint, each after the nodes its endowments are wired to. */
  private static List<String> bottomUp(JsonObject nodes) {
    List<String> order = new ArrayList<>();
    for (String name : nodes.keySet()) {
      visit(nodes, name, order, new TreeSet<>());
    }
    return order;
  }

  private static void visit(JsonObject nodes, String name, List<String> order, TreeSet<String> path) {
    if (order.contains(name)) {
      return;
    }
    assertTrue(path.add(name), "a cycle through " + name);
    for (Map.Entry<String, JsonElement> slot : object(nodes.getAsJsonObject(name), "endowments").entrySet()) {
      visit(nodes, slot.getValue().getAsString(), order, path);
    }
    path.remove(name);
    order.add(name);
  }

  /**
   * Builds the stack of {@code blueprint.json} with its questions' defaults, except the host (this
   * test's server) and the answers given.
   */
  private Stack build(Map<String, String> passwords, Map<String, String> answers) throws IOException {
    StringWriter out = new StringWriter();
    PackageRuntime runtime = PackageRuntime.create(LoaderOptions.to(new PrintWriter(out)).withPasswords(passwords, ""));
    JsonObject blueprint = blueprint("blueprint.json");
    JsonObject questions = blueprint.getAsJsonObject("questions");
    JsonObject nodes = blueprint.getAsJsonObject("nodes");
    Map<String, Instance> built = new LinkedHashMap<>();
    for (String name : bottomUp(nodes)) {
      JsonObject node = nodes.getAsJsonObject(name);
      boolean chrome = node.has("chrome") && node.get("chrome").getAsBoolean();
      Instance instance = runtime.load(name, EXAMPLE.resolve(node.get("component").getAsString()), chrome);
      Map<String, Instance> endowments = new TreeMap<>();
      object(node, "endowments").entrySet().forEach(slot -> endowments.put(slot.getKey(), built.get(slot.getValue().getAsString())));
      JsonObject params = new JsonObject();
      for (Map.Entry<String, JsonElement> param : object(node, "params").entrySet()) {
        JsonObject binding = param.getValue().getAsJsonObject();
        JsonElement value;
        if (binding.has("value")) {
          value = binding.get("value");
        } else {
          String question = binding.get("question").getAsString();
          value =
              answers.containsKey(question)
                  ? GSON.toJsonTree(answers.get(question))
                  : questions.getAsJsonObject(question).get("default");
        }
        params.add(param.getKey(), value);
      }
      runtime.make(instance, endowments, params.toString());
      built.put(name, instance);
    }
    return new Stack(runtime, built, out);
  }

  private Stack build() throws IOException {
    return build(Map.of("twitter", TOKEN), Map.of("host", server.host()));
  }

  private static LoggedRequest unread(boolean authorized) {
    return new LoggedRequest("GET", "/api/unread", authorized);
  }

  @Test
  void iconFollowsTheUnreadCount_oneConsoleLinePerPoll() throws IOException {
    Stack stack = build();
    assertEquals(Map.of("twitter", ""), stack.runtime().icons());
    assertEquals(1, stack.runtime().pendingTimers());

    server.receive("first");
    server.receive("second");
    stack.runtime().runTimers(1);
    assertEquals(Map.of("twitter", "2"), stack.runtime().icons());

    server.receive("third");
    stack.runtime().runTimers(1);
    assertEquals(Map.of("twitter", "3"), stack.runtime().icons());

    server.markAllRead();
    stack.runtime().runTimers(1);
    assertEquals(Map.of("twitter", "0"), stack.runtime().icons());

    assertEquals(
        List.of(
            "driver: 2 new messages",
            "[statusbar] twitter: 2",
            "driver: 3 new messages",
            "[statusbar] twitter: 3",
            "driver: 0 new messages",
            "[statusbar] twitter: 0"),
        stack.lines());
    assertEquals(List.of(unread(true), unread(true), unread(true)), server.requests());
  }

  @Test
  void clickingTheIcon_opensTheInbox() throws IOException {
    Stack stack = build();
    stack.runtime().click("twitter");
    assertEquals(List.of(server.origin() + "/inbox"), stack.runtime().openedTabs());
    assertEquals(List.of("[tabs] open " + server.origin() + "/inbox"), stack.lines());
    // The URL came from the driver's read-only API without a request to the server.
    assertEquals(List.of(), server.requests());
  }

  @Test
  void driverStop_clearsItsTimer() throws IOException {
    Stack stack = build();
    assertEquals("null", stack.call("driver", "stop"));
    assertEquals(0, stack.runtime().pendingTimers());
    stack.runtime().runTimers(10);
    assertEquals(List.of(), server.requests());
  }

  @Test
  void wrongPassword_serverSays401_driverShowsQuestionMarkAndKeepsPolling() throws IOException {
    Stack stack = build(Map.of("twitter", "wrong"), Map.of("host", server.host()));
    server.receive("unseen");
    stack.runtime().runTimers(2);
    assertEquals(Map.of("twitter", "?"), stack.runtime().icons());
    assertEquals(
        List.of(
            "driver: cannot count new messages: TwitterAPI: GET /api/unread answered 401",
            "[statusbar] twitter: ?",
            "driver: cannot count new messages: TwitterAPI: GET /api/unread answered 401",
            "[statusbar] twitter: ?"),
        stack.lines());
    assertEquals(List.of(unread(false), unread(false)), server.requests());
    assertEquals(1, stack.runtime().pendingTimers());
  }

  @Test
  void emptyPasswordSlot_sendsNothing_driverShowsQuestionMark() throws IOException {
    Stack stack = build(Map.of("twitter", TOKEN), Map.of("host", server.host(), "password", "mastodon"));
    stack.runtime().runTimers(1);
    assertEquals(Map.of("twitter", "?"), stack.runtime().icons());
    assertEquals(
        List.of("driver: cannot count new messages: PasswordSlot: no password is saved in slot \"mastodon\"", "[statusbar] twitter: ?"),
        stack.lines());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void serverDown_driverShowsQuestionMark() throws IOException {
    Stack stack = build();
    server.close();
    stack.runtime().runTimers(1);
    assertEquals(Map.of("twitter", "?"), stack.runtime().icons());
    assertTrue(stack.lines().get(0).startsWith("driver: cannot count new messages: xhr: GET " + server.origin() + "/api/unread failed: "), stack.lines().get(0));
  }

  @Test
  void readOnlyApi_hasNoPost_whileTheFullApiPosts() throws IOException {
    Stack stack = build();
    ScriptException noPost = stack.refused("readonly", "post", "spam");
    assertEquals("TypeError", noPost.errorName());
    assertEquals("component readonly has no method post", noPost.errorMessage());
    assertEquals(List.of(), server.requests());

    // The node below it can post: the attenuation is the read-only component's doing.
    assertEquals("true", stack.call("twitter", "post", "hello"));
    assertEquals(List.of("hello"), server.posted());
    assertEquals(List.of(new LoggedRequest("POST", "/api/messages", true)), server.requests());
  }

  /** A component endowed with one node's export object, to see what a holder of that slot sees. */
  private Instance probe(Stack stack, String node) throws IOException {
    Path dir = temp.resolve("probe-" + node);
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(
        dir.resolve("package.json"),
        "{\"name\": \"probe\", \"component\": {\"provides\": \"Probe\", \"endowments\": {\"target\": \"Any\"}}}");
    Files.writeString(
        dir.resolve("lib/main.js"),
        String.join(
            "\n",
            "module.exports = function (endowments) {",
            "  const target = endowments.target;",
            "  return {",
            "    keys: function () { return Object.getOwnPropertyNames(target).sort(); },",
            "    frozen: function () { return Object.isFrozen(target); },",
            "    postType: function () { return typeof target.post; },",
            "    addPost: function () {",
            "      try { target.post = function () {}; } catch (e) { return e.name; }",
            "      return typeof target.post;",
            "    }",
            "  };",
            "};",
            ""));
    Instance probe = stack.runtime().load("probe-" + node, dir, false);
    stack.runtime().make(probe, Map.of("target", stack.node(node)), "{}");
    return probe;
  }

  @Test
  void driversViewOfTheReadOnlyApi_hasOnlyCountAndUrl() throws IOException {
    Stack stack = build();
    Instance probe = probe(stack, "readonly");
    assertEquals("[\"countNewMessages\",\"inboxURL\"]", stack.runtime().call(probe, "keys", "[]"));
    assertEquals("true", stack.runtime().call(probe, "frozen", "[]"));
    assertEquals("\"undefined\"", stack.runtime().call(probe, "postType", "[]"));
    assertEquals("\"undefined\"", stack.runtime().call(probe, "addPost", "[]"));
    assertEquals(List.of(), server.requests());
  }

  @Test
  void eachNode_exportsExactlyTheMethodsOfTheApiItProvides() throws IOException {
    Stack stack = build();
    JsonObject nodes = blueprint("blueprint.json").getAsJsonObject("nodes");
    for (String name : nodes.keySet()) {
      String api = packageJson(nodes.getAsJsonObject(name)).getAsJsonObject("component").get("provides").getAsString();
      JsonObject document = blueprint("apis/" + api + ".json");
      assertEquals(api, document.get("name").getAsString());
      List<String> methods = new ArrayList<>(new TreeSet<>(document.getAsJsonObject("methods").keySet()));
      assertEquals(GSON.toJson(methods), stack.runtime().call(probe(stack, name), "keys", "[]"), name);
    }
  }

  @Test
  void blueprint_wiresEverySlotToANodeProvidingItsApi() throws IOException {
    JsonObject nodes = blueprint("blueprint.json").getAsJsonObject("nodes");
    for (String name : nodes.keySet()) {
      JsonObject component = packageJson(nodes.getAsJsonObject(name)).getAsJsonObject("component");
      JsonObject wiring = object(nodes.getAsJsonObject(name), "endowments");
      assertEquals(object(component, "endowments").keySet(), wiring.keySet(), name);
      for (Map.Entry<String, JsonElement> slot : wiring.entrySet()) {
        JsonObject provider = nodes.getAsJsonObject(slot.getValue().getAsString());
        assertEquals(
            component.getAsJsonObject("endowments").get(slot.getKey()).getAsString(),
            packageJson(provider).getAsJsonObject("component").get("provides").getAsString(),
            name + "." + slot.getKey());
      }
      assertEquals(object(component, "params").keySet(), object(nodes.getAsJsonObject(name), "params").keySet(), name);
      boolean declared = component.has("chrome") && component.get("chrome").getAsBoolean();
      boolean granted = nodes.getAsJsonObject(name).has("chrome") && nodes.getAsJsonObject(name).get("chrome").getAsBoolean();
      assertEquals(declared, granted, name);
    }
  }

  @Test
  void miswired_wiresTheDriversIconSlotToTheRawXhr_andIsOtherwiseTheSame() throws IOException {
    JsonObject good = blueprint("blueprint.json");
    JsonObject bad = blueprint("miswired.json");
    JsonObject badDriver = bad.getAsJsonObject("nodes").getAsJsonObject("driver");
    assertEquals("xhr", badDriver.getAsJsonObject("endowments").get("icon").getAsString());
    // The slot expects a StatusIcon; the node it is wired to provides RestrictedXHR, and is chrome.
    String expected = packageJson(badDriver).getAsJsonObject("component").getAsJsonObject("endowments").get("icon").getAsString();
    JsonObject xhrNode = bad.getAsJsonObject("nodes").getAsJsonObject("xhr");
    assertEquals("StatusIcon", expected);
    assertEquals("RestrictedXHR", packageJson(xhrNode).getAsJsonObject("component").get("provides").getAsString());
    assertTrue(xhrNode.get("chrome").getAsBoolean());

    // Otherwise the same, less the icon node nothing uses any more.
    badDriver.getAsJsonObject("endowments").addProperty("icon", "icon");
    bad.getAsJsonObject("nodes").add("icon", good.getAsJsonObject("nodes").get("icon"));
    bad.remove("description");
    good.remove("description");
    assertEquals(good, bad);
  }

  @Test
  void restrictedXhr_refusesPathsThatCouldNameAnotherHost() throws IOException {
    Stack stack = build();
    for (String path :
        List.of("//evil.example/x", "@evil", "http://evil.example/x", "evil.example/x", "/a//b", "/../x", "/a/..", "/\\evil.example", "/x y", "/x\ny", "")) {
      ScriptException refused = stack.refused("xhr", "get", path, Map.of());
      assertEquals("TypeError", refused.errorName(), path);
      assertEquals(
          "RestrictedXHR: path "
              + GSON.toJson(path)
              + " refused: a path starts with \"/\" and has no \"//\", \"..\", backslash or whitespace",
          refused.errorMessage());
    }
    ScriptException notAString = stack.refused("xhr", "post", 42, "body", Map.of());
    assertEquals("RestrictedXHR: path \"42\" refused: a path starts with \"/\" and has no \"//\", \"..\", backslash or whitespace", notAString.errorMessage());
    assertEquals(List.of(), server.requests());

    // A user-info-looking path stays a path on the one host.
    assertEquals(404, JsonParser.parseString(stack.call("xhr", "get", "/x@evil.example", Map.of())).getAsJsonObject().get("status").getAsInt());
    assertEquals("\"" + server.origin() + "\"", stack.call("xhr", "origin"));
    assertEquals(List.of(new LoggedRequest("GET", "/x@evil.example", false)), server.requests());
  }

  @Test
  void restrictedXhr_refusesADomainParamThatIsNotAHost() throws IOException {
    Stack stack = build();
    List<String> domains = List.of("127.0.0.1:1/@evil.example", "user@evil.example", "evil.example/", "http://evil.example", "");
    for (String domain : domains) {
      Instance xhr = stack.runtime().load("xhr-" + domains.indexOf(domain), EXAMPLE.resolve("components/restricted-xhr"), true);
      JsonObject params = new JsonObject();
      params.addProperty("domain", domain);
      ScriptException refused = assertThrows(ScriptException.class, () -> stack.runtime().make(xhr, Map.of(), params.toString()));
      assertEquals("RestrictedXHR: domain " + GSON.toJson(domain) + " is not a host or host:port", refused.errorMessage());
    }
  }

  @Test
  void statusIcon_showsCountsOnly() throws IOException {
    Stack stack = build();
    for (Object notACount : List.of("<b>Sign in again at evil.example</b>", -1, 1.5, true, List.of(1), Map.of())) {
      ScriptException refused = stack.refused("icon", "show", notACount);
      assertEquals("TypeError", refused.errorName());
      assertEquals("StatusIcon: show takes a count (an integer >= 0) or null, not " + GSON.toJson(notACount), refused.errorMessage());
    }
    assertEquals(Map.of("twitter", ""), stack.runtime().icons());
    stack.call("icon", "show", 7);
    assertEquals(Map.of("twitter", "7"), stack.runtime().icons());
    stack.runtime().call(stack.node("icon"), "show", "[null]");
    assertEquals(Map.of("twitter", "?"), stack.runtime().icons());
  }

  @Test
  void openTab_opensWebPagesOnly() throws IOException {
    Stack stack = build();
    for (String url :
        List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "chrome://browser/content", "http://user@evil.example/", "http:///x", "https://a b/")) {
      ScriptException refused = stack.refused("tab", "open", url);
      assertEquals("TypeError", refused.errorName());
      assertEquals("OpenTab: " + GSON.toJson(url) + " is not an http or https URL", refused.errorMessage());
    }
    assertEquals(List.of(), stack.runtime().openedTabs());
    stack.call("tab", "open", "https://example.com/inbox?x=1");
    assertEquals(List.of("https://example.com/inbox?x=1"), stack.runtime().openedTabs());
  }

  @ParameterizedTest
  @ValueSource(strings = {"restricted-xhr", "password-slot", "status-icon", "open-tab"})
  void chromeComponent_withoutAChromeGrant_isRefusedByTheLoader(String component) {
    PackageRuntime runtime = PackageRuntime.create(LoaderOptions.to(new PrintWriter(new StringWriter())));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> runtime.load("node", EXAMPLE.resolve("components/" + component), false));
    assertEquals(
        "package " + component + ": module " + component + "/main requires \"chrome\", which instance \"node\" was not granted",
        refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"twitter-api", "read-only-twitter-api", "driver"})
  void componentWithoutChrome_loadsWithoutAGrant_andNoModuleIsChrome(String component) {
    PackageRuntime runtime = PackageRuntime.create(LoaderOptions.to(new PrintWriter(new StringWriter())));
    Instance instance = runtime.load("node", EXAMPLE.resolve("components/" + component), false);
    assertFalse(instance.manifest().modules().isEmpty());
    assertFalse(instance.manifest().modules().values().stream().anyMatch(ModuleEntry::chrome), component);
  }
}
