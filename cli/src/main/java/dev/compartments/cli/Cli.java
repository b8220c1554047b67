package dev.compartments.cli;

import com.google.gson.JsonElement;
import dev.compartments.components.BlueprintRefusedException;
import dev.compartments.loader.internal.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** What the component, blueprint, review and catalog commands share. */
final class Cli {
  private Cli() {}

  /**
   * Runs {@code body}; a refused blueprint prints its refusals and gives 1, bad input (an
   * IllegalArgumentException, an unreadable file) prints {@code <command>: <message>} and gives 2.
   */
  static int guard(CommandSpec spec, String command, Callable<Integer> body) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return body.call();
    } catch (BlueprintRefusedException e) {
      out.flush();
      err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException e) {
      out.flush();
      err.println("compartments " + command + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Reads a JSON object of names to values (an answers file).
   *
   * @throws IllegalArgumentException naming the file: unreadable, not JSON, not an object
   */
  static Map<String, JsonElement> readObject(Path file, String what) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the " + what + ": " + e.getMessage(), e);
    }
    JsonElement root = Json.parse(text, file.toString());
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(file + ": the " + what + " must be a JSON object of names to values");
    }
    return new LinkedHashMap<>(root.getAsJsonObject().asMap());
  }

  /**
   * Reads a password store: a JSON object of slot names to password strings.
   *
   * @throws IllegalArgumentException naming the file and the slot whose value is not a string
   */
  static Map<String, String> readPasswords(Path file) {
    Map<String, String> store = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> slot : readObject(file, "passwords").entrySet()) {
      JsonElement value = slot.getValue();
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(file + ": the password of slot " + slot.getKey() + " must be a string");
      }
      store.put(slot.getKey(), value.getAsString());
    }
    return store;
  }
}
