package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes components, API documents and blueprints into a test's temporary folder, and the
 * three-layer stack most tests start from:
 *
 * <pre>
 *   top     (Top: show, ...)   endowed with reader: Reader; params greeting: STRING, times: INTEGER
 *   reader  (Reader: read)     endowed with source: Source; attenuates: passes on read, not write
 *   source  (Source: read, write) chrome, require("chrome"); param prefix: STRING
 * </pre>
 *
 * Every maker logs {@code make <node>: endowments [<keys>] params <json>} on the console, so a test
 * sees the build order and exactly what each maker was given.
 */
final class Fixtures {
  private Fixtures() {}

  /** {@code text} with every {@code '} turned into {@code "}, so JSON reads well in Java source. */
  static String json(String text) {
    return text.replace('\'', '"');
  }

  /** {@link #json} parsed as an object. */
  static JsonObject object(String text) {
    return JsonParser.parseString(json(text)).getAsJsonObject();
  }

  /** {@link #json} parsed as any value. */
  static JsonElement value(String text) {
    return JsonParser.parseString(json(text));
  }

  /** Writes {@code text} to {@code file}, creating its folders. */
  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Appends {@code text} to {@code file}. */
  static void append(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A component folder {@code root/components/<folder>}: {@code package.json} named {@code folder}
   * with the {@code component} section {@code section} ({@link #json} quoting), and {@code
   * lib/main.js}.
   */
  static Path component(Path root, String folder, String section, String mainJs) {
    Path dir = root.resolve("components").resolve(folder);
    write(dir.resolve("package.json"), "{\"name\": \"" + folder + "\", \"component\": " + json(section) + "}\n");
    write(dir.resolve("lib/main.js"), mainJs);
    return dir;
  }

  /** A trivial maker: no endowments used, an export object with one method {@code ping}. */
  static String trivialMaker() {
    return "module.exports = function (endowments, params) { return {ping: function () { return 'pong'; }}; };\n";
  }

  /** A component whose maker is {@link #trivialMaker}. */
  static Path component(Path root, String folder, String section) {
    return component(root, folder, section, trivialMaker());
  }

  /** API document {@code root/apis/<name>.json} with each method's contract "what <method> does". */
  static Path api(Path root, String name, String... methods) {
    JsonObject doc = new JsonObject();
    doc.addProperty("name", name);
    doc.addProperty("description", "The " + name + " API of the tests.");
    JsonObject contracts = new JsonObject();
    for (String method : methods) {
      contracts.addProperty(method, "what " + method + " does");
    }
    doc.add("methods", contracts);
    return write(root.resolve("apis").resolve(name + ".json"), doc.toString());
  }

  /** Writes {@code blueprint} to {@code root/blueprint.json} and reads it. */
  static Blueprint blueprint(Path root, JsonObject blueprint) {
    return Blueprint.read(write(root.resolve("blueprint.json"), blueprint.toString()));
  }

  /** Writes {@link #json}({@code text}) to {@code root/blueprint.json} and reads it. */
  static Blueprint blueprint(Path root, String text) {
    return Blueprint.read(write(root.resolve("blueprint.json"), json(text)));
  }

  /** Checks {@code blueprint}. */
  static Checker.CheckResult check(Path root, JsonObject blueprint) {
    return Checker.check(blueprint(root, blueprint));
  }

  /** The kinds of {@code result}'s refusals, in order. */
  static List<Refusal.Kind> kinds(Checker.CheckResult result) {
    return result.refusals().stream().map(Refusal::kind).toList();
  }

  /** The kinds of {@code refusals}, in order. */
  static List<Refusal.Kind> kinds(List<Refusal> refusals) {
    return refusals.stream().map(Refusal::kind).toList();
  }

  /** Copies folder {@code from} to {@code to}, recursively. */
  static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the three-layer stack ----

  /** The chrome source: requires chrome, keeps lines, reads and writes them. */
  static final String SOURCE_JS =
      """
      const {Cu} = require("chrome");
      const console = require("console");
      module.exports = function (endowments, params) {
        console.log("make source: endowments [" + Object.keys(endowments).join(",") + "] params "
            + JSON.stringify(params) + " chrome " + typeof Cu);
        var lines = [];
        return {
          read: function () { return params.prefix + lines.join("|"); },
          write: function (text) { lines.push(String(text)); return lines.length; }
        };
      };
      """;

  /** The attenuating middle: passes on read, keeps write to itself. */
  static final String READER_JS =
      """
      const console = require("console");
      module.exports = function (endowments, params) {
        console.log("make reader: endowments [" + Object.keys(endowments).join(",") + "] params "
            + JSON.stringify(params));
        const source = endowments.source;
        return {
          read: function () { return source.read(); }
        };
      };
      """;

  /** The top: shows what it reads, and probes what it was given. */
  static final String TOP_JS =
      """
      const console = require("console");
      module.exports = function (endowments, params) {
        "use strict";
        console.log("make top: endowments [" + Object.keys(endowments).join(",") + "] params "
            + JSON.stringify(params));
        const reader = endowments.reader;
        function attempt(f) {
          try { f(); return "done"; } catch (e) { return e.name; }
        }
        const self = {
          show: function () { return params.greeting + " " + reader.read(); },
          readerMembers: function () { return Object.getOwnPropertyNames(reader).sort().join(","); },
          readerWrite: function () { return typeof reader.write; },
          readerSource: function () { return typeof reader.source + "," + typeof endowments.source; },
          replaceReaderRead: function () { return attempt(function () { reader.read = function () { return "forged"; }; }); },
          addToReader: function () { return attempt(function () { reader.write = function () { return 0; }; }); },
          addEndowment: function () { return attempt(function () { endowments.source = {}; }); },
          changeParam: function () { return attempt(function () { params.greeting = "changed"; }); },
          replaceOwnShow: function () { return attempt(function () { self.show = function () { return "forged"; }; }); },
          addOwnMethod: function () { return attempt(function () { self.extra = function () { return "extra"; }; }); },
          frozen: function () {
            return [Object.isFrozen(endowments), Object.isFrozen(reader), Object.isFrozen(params), Object.isFrozen(self)].join(",");
          },
          paramTypes: function () { return typeof params.greeting + "," + typeof params.times; }
        };
        return self;
      };
      """;

  /**
   * Writes the APIs Source (read, write), Reader (read) and Top (show) and the components source,
   * reader and top under {@code root}.
   */
  static void stack(Path root) {
    api(root, "Source", "read", "write");
    api(root, "Reader", "read");
    api(root, "Top", "show");
    component(root, "source", "{'provides': 'Source', 'params': {'prefix': 'STRING'}, 'chrome': true}", SOURCE_JS);
    component(root, "reader", "{'provides': 'Reader', 'endowments': {'source': 'Source'}}", READER_JS);
    component(
        root, "top", "{'provides': 'Top', 'endowments': {'reader': 'Reader'}, 'params': {'greeting': 'STRING', 'times': 'INTEGER'}}", TOP_JS);
  }

  /** The correct blueprint of {@link #stack}: one question (greeting), the other params constants. */
  static JsonObject stackBlueprint() {
    return object(
        """
        {'name': 'stack',
         'description': 'Three layers: a chrome source, an attenuating reader, a top.',
         'top': 'top',
         'questions': {
           'greeting': {'type': 'STRING', 'prompt': 'How shall the top greet?', 'default': 'hello',
                        'constraints': {'minLength': 1}}},
         'nodes': {
           'source': {'component': 'components/source', 'chrome': true, 'params': {'prefix': {'value': 'src:'}}},
           'reader': {'component': 'components/reader', 'endowments': {'source': 'source'}},
           'top': {'component': 'components/top', 'endowments': {'reader': 'reader'},
                   'params': {'greeting': {'question': 'greeting'}, 'times': {'value': 3}}}}}
        """);
  }

  /** The node {@code name} of blueprint object {@code blueprint}. */
  static JsonObject node(JsonObject blueprint, String name) {
    return blueprint.getAsJsonObject("nodes").getAsJsonObject(name);
  }
}
