package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.components.Blueprint.Ask;
import dev.compartments.components.Blueprint.Binding;
import dev.compartments.components.Blueprint.Constant;
import dev.compartments.components.Blueprint.Node;
import dev.compartments.components.Refusal.Kind;
import dev.compartments.loader.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blueprint the {@link Checker} passed, with every node's component and every API document it
 * read. Immutable.
 */
public final class CheckedBlueprint {
  private final Blueprint blueprint;
  private final Map<String, ComponentDescription> components;
  private final Map<String, ApiDescription> apis;
  private final List<String> bottomUp;

  CheckedBlueprint(Blueprint blueprint, Map<String, ComponentDescription> components, Map<String, ApiDescription> apis, List<String> bottomUp) {
    this.blueprint = blueprint;
    this.components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    this.apis = Collections.unmodifiableMap(new LinkedHashMap<>(apis));
    this.bottomUp = List.copyOf(bottomUp);
  }

  /** The blueprint. */
  public Blueprint blueprint() {
    return blueprint;
  }

  /** Each node's component, in blueprint order. */
  public Map<String, ComponentDescription> components() {
    return components;
  }

  /** Every API document the components name, by API name. */
  public Map<String, ApiDescription> apis() {
    return apis;
  }

  /** The node names in build order: every node after the nodes it is endowed with; the top last. */
  public List<String> bottomUp() {
    return bottomUp;
  }

  /**
   * Every question's answer: the given one, or the default.
   *
   * @param answers question name to answer
   * @throws BlueprintRefusedException listing each answer of the wrong type or outside its
   *     constraints ({@link Kind#BAD_ANSWER}), each question with neither answer nor default
   *     ({@link Kind#MISSING_ANSWER}) and each answer to a question not asked ({@link
   *     Kind#UNKNOWN_ANSWER})
   */
  public Map<String, JsonElement> resolveAnswers(Map<String, JsonElement> answers) {
    if (answers == null) {
      throw new IllegalArgumentException("answers must not be null");
    }
    List<Refusal> refusals = new ArrayList<>();
    for (String name : answers.keySet()) {
      if (!blueprint.questions().containsKey(name)) {
        refusals.add(
            Refusal.of(
                Kind.UNKNOWN_ANSWER,
                null,
                name,
                "answer " + Checker.q(name) + ": the blueprint asks no such question (it asks " + asked() + ")"));
      }
    }
    Map<String, JsonElement> resolved = new LinkedHashMap<>();
    for (Question question : blueprint.questions().values()) {
      JsonElement answer = answers.get(question.name());
      if (answer == null) {
        Optional<JsonElement> fallback = question.defaultValue();
        if (fallback.isEmpty()) {
          refusals.add(
              Refusal.of(Kind.MISSING_ANSWER, null, question.name(), "question " + Checker.q(question.name()) + ": no answer and no default (" + question.prompt() + ")"));
          continue;
        }
        answer = fallback.get();
      }
      Optional<String> problem = question.validate(answer);
      if (problem.isPresent()) {
        refusals.add(
            Refusal.of(
                Kind.BAD_ANSWER,
                null,
                question.name(),
                "question " + Checker.q(question.name()) + " (" + question.type() + "): the answer is refused: " + problem.get()));
        continue;
      }
      resolved.put(question.name(), answer.deepCopy());
    }
    if (!refusals.isEmpty()) {
      throw new BlueprintRefusedException("the answers to blueprint " + blueprint.name(), refusals);
    }
    return Collections.unmodifiableMap(resolved);
  }

  /** The params node {@code node} is made with, given resolved answers. */
  public JsonObject params(String node, Map<String, JsonElement> resolved) {
    JsonObject params = new JsonObject();
    for (Map.Entry<String, Binding> param : node(node).params().entrySet()) {
      JsonElement value =
          param.getValue() instanceof Ask ask ? resolved.get(ask.question()) : ((Constant) param.getValue()).value();
      if (value == null) {
        throw new IllegalArgumentException("no answer for the question of param " + param.getKey() + " of node " + node);
      }
      params.add(param.getKey(), value.deepCopy());
    }
    return params;
  }

  /**
   * What node {@code node} is given when built, in words: {@code chrome} if granted, each slot with
   * its API and node, each param with its value.
   */
  public List<String> authority(String node, Map<String, JsonElement> resolved) {
    Node n = node(node);
    List<String> out = new ArrayList<>();
    if (n.chrome()) {
      out.add("chrome");
    }
    n.endowments().forEach((slot, target) -> out.add("slot " + slot + ": " + components.get(target).provides() + " from node " + Checker.q(target)));
    JsonObject params = params(node, resolved);
    params.entrySet().forEach(e -> out.add("param " + e.getKey() + " = " + Json.compact(e.getValue())));
    return out;
  }

  private Node node(String name) {
    Node node = blueprint.nodes().get(name);
    if (node == null) {
      throw new IllegalArgumentException("the blueprint has no node " + Checker.q(name));
    }
    return node;
  }

  private String asked() {
    return blueprint.questions().isEmpty() ? "none" : String.join(", ", blueprint.questions().keySet());
  }
}
