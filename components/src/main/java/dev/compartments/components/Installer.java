package dev.compartments.components;

import com.google.gson.JsonElement;
import dev.compartments.components.Blueprint.Node;
import dev.compartments.engine.ScriptException;
import dev.compartments.loader.LoaderOptions;
import dev.compartments.loader.PackageRuntime;
import dev.compartments.loader.internal.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Installs a checked blueprint (DESIGN.md section 8): validates the answers to its questions, then
 * builds the object graph bottom-up in one {@link PackageRuntime}. Each node is an instance of its
 * component with its own compartments (chrome only where the blueprint grants it), made by the
 * component's maker with exactly its wired slots and its params.
 *
 * <p>Right before a node is built its component is read again: a component whose files changed
 * since the check (its id differs) is refused, so what runs is what was checked and reviewed.
 */
public final class Installer {
  private Installer() {}

  /**
   * Installs {@code checked}.
   *
   * @param answers question name to answer; a question without one takes its default
   * @throws BlueprintRefusedException for answers of the wrong type, missing or unknown (nothing is
   *     built)
   * @throws IllegalStateException if a component changed since the check
   * @throws ScriptException if a component's module or maker throws (the message names the node)
   */
  public static Installation install(CheckedBlueprint checked, Map<String, JsonElement> answers, LoaderOptions options) {
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(options, "options");
    Map<String, JsonElement> resolved = checked.resolveAnswers(answers);
    PackageRuntime runtime = PackageRuntime.create(options);
    Map<String, PackageRuntime.Instance> instances = new LinkedHashMap<>();
    for (String name : checked.bottomUp()) {
      Node node = checked.blueprint().nodes().get(name);
      ComponentDescription expected = checked.components().get(name);
      PackageRuntime.Instance instance = runtime.load(name, node.component(), node.chrome());
      String now = ComponentDescription.read(node.component()).id();
      if (!now.equals(expected.id())) {
        throw new IllegalStateException(
            "node " + Checker.q(name) + ": component " + expected.name() + " changed since the check (was " + expected.id() + ", now " + now + "); nothing more is built");
      }
      Map<String, PackageRuntime.Instance> endowments = new LinkedHashMap<>();
      node.endowments().forEach((slot, target) -> endowments.put(slot, instances.get(target)));
      try {
        runtime.make(instance, endowments, Json.compact(checked.params(name, resolved)));
      } catch (ScriptException e) {
        throw new ScriptException(
            e.errorName(), "node " + Checker.q(name) + " (component " + expected.name() + "): " + e.errorMessage(), e.fileName(), e.lineNumber());
      }
      instances.put(name, instance);
    }
    return new Installation(checked, resolved, runtime, instances);
  }

  /**
   * An installed add-on: the runtime its components run in and each node's instance.
   *
   * @param checked the blueprint installed
   * @param answers every question's answer
   * @param runtime the runtime; run its timers, click its icons
   * @param instances each node's instance, in build order
   */
  public record Installation(
      CheckedBlueprint checked,
      Map<String, JsonElement> answers,
      PackageRuntime runtime,
      Map<String, PackageRuntime.Instance> instances) {

    /** Copies. */
    public Installation {
      answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
      instances = Collections.unmodifiableMap(new LinkedHashMap<>(instances));
    }

    /** The add-on id: the SHA-256 of the canonical blueprint. */
    public String addonId() {
      return checked.blueprint().addonId();
    }

    /** The top node's instance. */
    public PackageRuntime.Instance top() {
      return instances.get(checked.blueprint().top());
    }

    /** Node {@code name}'s instance. */
    public PackageRuntime.Instance instance(String name) {
      PackageRuntime.Instance instance = instances.get(name);
      if (instance == null) {
        throw new IllegalArgumentException("the add-on has no node " + Checker.q(name));
      }
      return instance;
    }
  }
}
