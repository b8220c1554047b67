package dev.compartments.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compartments.engine.Engine;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.engine.ScriptException;
import dev.compartments.principals.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs xpcshell-style test files: each in a fresh system-principal global that also has {@code
 * Assert} ({@code ok}, {@code equal}, {@code notEqual}, {@code strictEqual}, {@code
 * notStrictEqual}, {@code deepEqual}, {@code throws}), {@code info(msg)}, {@code print(...)},
 * {@code add_task(fn)} and {@code add_test(fn)}/{@code run_next_test()}. A file's {@code
 * run_test()} is called if defined, else its tasks and tests run in the order they were added.
 *
 * <p>Thread-safe as far as its engine is; files run one after another.
 */
public final class XpcshellHarness {
  private static final String HARNESS = load("xpcshell-harness.js");

  /** The outcome of one file: passed, or the failures with their lines. */
  public record FileResult(Path file, List<Failure> failures) {
    public FileResult {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** One failure: its message and the line of the test file it happened at (0 if unknown). */
  public record Failure(String message, int line) {}

  private final Engine engine;
  private final PrintWriter out;

  /** A harness that runs files in {@code engine} and sends {@code print}/{@code info} to {@code out}. */
  public XpcshellHarness(Engine engine, PrintWriter out) {
    this.engine = requireNonNull(engine, "engine");
    this.out = requireNonNull(out, "out");
  }

  /** Runs {@code file} in a fresh system global and returns what failed. */
  public FileResult run(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new FileResult(file, List.of(new Failure("cannot read the file: " + e.getMessage(), 0)));
    }
    String name = file.toString();
    Sandbox global = engine.createSandbox(Principal.system(), SandboxOptions.DEFAULT.withSandboxName(name));
    global.defineFunction("print", args -> {
      out.println(String.join(" ", args.stream().map(engine::toDisplayString).toList()));
      out.flush();
      return null;
    });
    List<Failure> failures = new ArrayList<>();
    try {
      global.evaluate("var __testFile = " + quote(name) + ";", "<harness>");
      global.evaluate(HARNESS, "xpcshell-harness.js");
      global.evaluate(source, name);
      global.evaluate("__harness.start();", "<harness>");
    } catch (ScriptException e) {
      failures.add(new Failure(e.errorName() + ": " + e.errorMessage(), name.equals(e.fileName()) ? e.lineNumber() : 0));
      return new FileResult(file, failures);
    }
    try {
      Object report = global.evaluate("__harness.report()", "<harness>");
      JsonArray items = JsonParser.parseString(String.valueOf(report)).getAsJsonArray();
      for (JsonElement item : items) {
        JsonObject failure = item.getAsJsonObject();
        failures.add(new Failure(failure.get("message").getAsString(), failure.get("line").getAsInt()));
      }
    } catch (ScriptException e) {
      failures.add(new Failure("the harness could not report: " + e.getMessage(), 0));
    }
    return new FileResult(file, failures);
  }

  /**
   * Runs every file, printing {@code PASS FILE} or {@code FAIL FILE} with each failure, and the
   * closing line {@code N passed, N failed}; returns the results.
   */
  public List<FileResult> runAll(List<Path> files) {
    List<FileResult> results = new ArrayList<>();
    for (Path file : files) {
      FileResult result = run(file);
      results.add(result);
      out.println((result.passed() ? "PASS " : "FAIL ") + file);
      for (Failure failure : result.failures()) {
        out.println("  " + file + ":" + failure.line() + ": " + failure.message());
      }
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    out.println((results.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return results;
  }

  private static String quote(String text) {
    return new com.google.gson.Gson().toJson(text);
  }

  private static String load(String resource) {
    try (InputStream in = XpcshellHarness.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
