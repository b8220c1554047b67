package dev.compartments.components;

import com.google.gson.JsonObject;
import dev.compartments.components.Blueprint.Ask;
import dev.compartments.components.Blueprint.Binding;
import dev.compartments.components.Blueprint.Constant;
import dev.compartments.components.Blueprint.Node;
import dev.compartments.components.Refusal.Kind;
import dev.compartments.loader.Manifest;
import dev.compartments.loader.ModuleEntry;
import dev.compartments.loader.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blueprint checker (DESIGN.md section 8): reads every node's component and API documents and
 * refuses, before anything runs, each of these (one {@link Refusal} each, naming node, slot or
 * param, and the APIs):
 *
 * <ul>
 *   <li>a slot wired to a node that provides another API ({@link Kind#WRONG_API}; the message shows
 *       the excess authority the wired node would hand over), a declared slot left unwired, a wired
 *       slot the component does not declare, a slot or the top naming no node;
 *   <li>chrome granted to a component that did not declare it, chrome declared but not granted, and
 *       modules that require {@code chrome} in a component that does not declare it;
 *   <li>cycles in the wiring, and nodes the top does not reach;
 *   <li>params left unbound, bound params the component does not declare, a binding to a question
 *       the blueprint does not have, a constant or question of another type than the param;
 *   <li>questions no param uses, constraints that do not fit the type, defaults that are not valid
 *       answers;
 *   <li>a component folder that cannot be read or whose manifest has problems, a pinned id that no
 *       longer matches, an API without a document.
 * </ul>
 *
 * Answers are checked later, by {@link CheckedBlueprint#resolveAnswers}.
 */
public final class Checker {
  private final Blueprint blueprint;
  private final List<Refusal> refusals = new ArrayList<>();
  private final Map<String, ComponentDescription> components = new LinkedHashMap<>();
  private final Map<String, ApiDescription> apis = new LinkedHashMap<>();
  private final Map<String, String> apiProblems = new LinkedHashMap<>();

  private Checker(Blueprint blueprint) {
    this.blueprint = blueprint;
  }

  /**
   * Checks {@code blueprint}.
   *
   * @return every refusal found (empty if the blueprint may be installed) and, when there is none,
   *     the checked blueprint
   */
  public static CheckResult check(Blueprint blueprint) {
    if (blueprint == null) {
      throw new IllegalArgumentException("blueprint must not be null");
    }
    Checker checker = new Checker(blueprint);
    checker.run();
    List<Refusal> found = List.copyOf(checker.refusals);
    Optional<CheckedBlueprint> checked =
        found.isEmpty()
            ? Optional.of(new CheckedBlueprint(blueprint, checker.components, checker.apis, checker.bottomUp()))
            : Optional.empty();
    return new CheckResult(blueprint, found, checked);
  }

  /**
   * What {@link #check} found.
   *
   * @param blueprint the blueprint checked
   * @param refusals every refusal, in the order found
   * @param checked the checked blueprint, present exactly when there is no refusal
   */
  public record CheckResult(Blueprint blueprint, List<Refusal> refusals, Optional<CheckedBlueprint> checked) {
    /** Copies. */
    public CheckResult {
      refusals = List.copyOf(refusals);
    }

    /** Whether the blueprint passed. */
    public boolean ok() {
      return refusals.isEmpty();
    }

    /**
     * The checked blueprint.
     *
     * @throws BlueprintRefusedException listing every refusal
     */
    public CheckedBlueprint orThrow() {
      return checked.orElseThrow(() -> new BlueprintRefusedException("blueprint " + blueprint.name(), refusals));
    }
  }

  private void run() {
    for (Node node : blueprint.nodes().values()) {
      readComponent(node);
    }
    for (Node node : blueprint.nodes().values()) {
      ComponentDescription component = components.get(node.name());
      if (component != null) {
        checkApis(node, component);
      }
    }
    for (Node node : blueprint.nodes().values()) {
      ComponentDescription component = components.get(node.name());
      if (component != null) {
        checkChrome(node, component);
        checkSlots(node, component);
        checkParams(node, component);
      }
    }
    checkTop();
    checkCycles();
    checkQuestions();
  }

  private void readComponent(Node node) {
    ComponentDescription component;
    try {
      component = ComponentDescription.read(node.component());
    } catch (IllegalArgumentException e) {
      refuse(Kind.COMPONENT, node.name(), null, "node " + q(node.name()) + ": component " + node.componentPath() + " cannot be used: " + e.getMessage());
      return;
    }
    if (node.pinnedId().isPresent() && !node.pinnedId().get().equals(component.id())) {
      refuse(
          Kind.ID_MISMATCH,
          node.name(),
          null,
          "node "
              + q(node.name())
              + ": component "
              + component.name()
              + " pinned as "
              + node.pinnedId().get()
              + " is now "
              + component.id()
              + "; its files changed since the blueprint was written");
      return;
    }
    Manifest manifest;
    try {
      manifest = Manifest.build(node.component());
    } catch (IllegalArgumentException e) {
      refuse(Kind.COMPONENT, node.name(), null, "node " + q(node.name()) + ": component " + component.name() + " is not a valid package: " + e.getMessage());
      return;
    }
    if (manifest.hasProblems()) {
      List<String> problems = new ArrayList<>();
      for (Problem problem : manifest.problems()) {
        problems.add(problem.file() + ":" + problem.line() + ": " + problem.message());
      }
      refuse(Kind.COMPONENT, node.name(), null, "node " + q(node.name()) + ": component " + component.name() + " has manifest problems: " + String.join("; ", problems));
      return;
    }
    if (!component.chrome()) {
      for (Map.Entry<String, ModuleEntry> module : manifest.modules().entrySet()) {
        if (module.getValue().chrome()) {
          refuse(
              Kind.CHROME_UNDECLARED_USE,
              node.name(),
              null,
              "node "
                  + q(node.name())
                  + ": component "
                  + component.name()
                  + " does not declare chrome, but its module "
                  + module.getKey()
                  + " requires \"chrome\"");
        }
      }
    }
    components.put(node.name(), component);
  }

  private void checkApis(Node node, ComponentDescription component) {
    Map<String, String> named = new LinkedHashMap<>();
    named.put(component.provides(), "provides");
    component.endowments().forEach((slot, api) -> named.putIfAbsent(api, "slot " + q(slot)));
    for (Map.Entry<String, String> use : named.entrySet()) {
      String name = use.getKey();
      if (!apis.containsKey(name) && !apiProblems.containsKey(name)) {
        readApi(name);
      }
      String problem = apiProblems.get(name);
      if (problem != null) {
        refuse(
            Kind.UNKNOWN_API,
            node.name(),
            use.getValue().startsWith("slot ") ? use.getValue().substring(6, use.getValue().length() - 1) : null,
            "node " + q(node.name()) + ": component " + component.name() + " names API " + name + " (" + use.getValue() + "), " + problem);
      }
    }
  }

  private void readApi(String name) {
    Path file = blueprint.apis().resolve(name + ".json");
    if (!Files.isRegularFile(file)) {
      apiProblems.put(name, "which has no API document " + name + ".json in " + blueprint.apis());
      return;
    }
    try {
      ApiDescription api = ApiDescription.read(file);
      if (!api.name().equals(name)) {
        apiProblems.put(name, "but its document " + file + " names API " + api.name());
        return;
      }
      apis.put(name, api);
    } catch (IllegalArgumentException e) {
      apiProblems.put(name, "whose document is not valid: " + e.getMessage());
    }
  }

  private void checkChrome(Node node, ComponentDescription component) {
    if (node.chrome() && !component.chrome()) {
      refuse(
          Kind.CHROME_NOT_DECLARED,
          node.name(),
          null,
          "node " + q(node.name()) + ": grants chrome to component " + component.name() + ", which does not declare chrome; remove \"chrome\": true");
    }
    if (!node.chrome() && component.chrome()) {
      refuse(
          Kind.CHROME_NOT_GRANTED,
          node.name(),
          null,
          "node "
              + q(node.name())
              + ": component "
              + component.name()
              + " declares chrome, but the blueprint does not grant it; add \"chrome\": true so a reviewer sees it");
    }
  }

  private void checkSlots(Node node, ComponentDescription component) {
    for (Map.Entry<String, String> slot : component.endowments().entrySet()) {
      if (!node.endowments().containsKey(slot.getKey())) {
        refuse(
            Kind.MISSING_SLOT,
            node.name(),
            slot.getKey(),
            "node " + q(node.name()) + ", slot " + q(slot.getKey()) + ": expects " + slot.getValue() + " but is not wired");
      }
    }
    for (Map.Entry<String, String> wire : node.endowments().entrySet()) {
      String slot = wire.getKey();
      Node target = blueprint.nodes().get(wire.getValue());
      if (target == null) {
        refuse(
            Kind.UNKNOWN_NODE,
            node.name(),
            slot,
            "node " + q(node.name()) + ", slot " + q(slot) + ": is wired to node " + q(wire.getValue()) + ", which the blueprint does not have");
        continue;
      }
      String expected = component.endowments().get(slot);
      if (expected == null) {
        refuse(
            Kind.EXTRA_SLOT,
            node.name(),
            slot,
            "node "
                + q(node.name())
                + ", slot "
                + q(slot)
                + ": component "
                + component.name()
                + " declares no such slot (it declares "
                + (component.endowments().isEmpty() ? "none" : String.join(", ", component.endowments().keySet()))
                + "); excess authority: "
                + authorityOf(target.name(), new LinkedHashSet<>()));
        continue;
      }
      ComponentDescription provider = components.get(target.name());
      if (provider != null && !provider.provides().equals(expected)) {
        refuse(
            Kind.WRONG_API,
            node.name(),
            slot,
            "node "
                + q(node.name())
                + ", slot "
                + q(slot)
                + ": expects "
                + expected
                + methods(expected)
                + " but is wired to node "
                + q(target.name())
                + ", which provides "
                + provider.provides()
                + "; excess authority: "
                + authorityOf(target.name(), new LinkedHashSet<>()));
      }
    }
  }

  private void checkParams(Node node, ComponentDescription component) {
    for (Map.Entry<String, QuestionType> param : component.params().entrySet()) {
      if (!node.params().containsKey(param.getKey())) {
        refuse(
            Kind.UNBOUND_PARAM,
            node.name(),
            param.getKey(),
            "node "
                + q(node.name())
                + ", param "
                + q(param.getKey())
                + ": component "
                + component.name()
                + " needs "
                + param.getValue().withArticle()
                + " but the param is not bound; bind it to {\"value\": ...} or {\"question\": ...}");
      }
    }
    for (Map.Entry<String, Binding> bound : node.params().entrySet()) {
      String param = bound.getKey();
      QuestionType type = component.params().get(param);
      if (type == null) {
        refuse(
            Kind.UNKNOWN_PARAM,
            node.name(),
            param,
            "node "
                + q(node.name())
                + ", param "
                + q(param)
                + ": component "
                + component.name()
                + " declares no such param (it declares "
                + (component.params().isEmpty() ? "none" : String.join(", ", component.params().keySet()))
                + ")");
        continue;
      }
      if (bound.getValue() instanceof Ask ask) {
        Question question = blueprint.questions().get(ask.question());
        if (question == null) {
          refuse(
              Kind.UNKNOWN_QUESTION,
              node.name(),
              param,
              "node " + q(node.name()) + ", param " + q(param) + ": is bound to question " + q(ask.question()) + ", which the blueprint does not have");
        } else if (question.type() != type) {
          refuse(
              Kind.PARAM_TYPE,
              node.name(),
              param,
              "node "
                  + q(node.name())
                  + ", param "
                  + q(param)
                  + ": needs "
                  + type.withArticle()
                  + " but question "
                  + q(question.name())
                  + " asks for "
                  + question.type().withArticle());
        }
      } else if (bound.getValue() instanceof Constant constant) {
        Optional<String> problem = type.validate(constant.value(), new JsonObject());
        problem.ifPresent(
            p ->
                refuse(
                    Kind.PARAM_TYPE,
                    node.name(),
                    param,
                    "node " + q(node.name()) + ", param " + q(param) + ": needs " + type.withArticle() + ": " + p));
      }
    }
  }

  private void checkTop() {
    if (!blueprint.nodes().containsKey(blueprint.top())) {
      refuse(Kind.UNKNOWN_NODE, null, null, "top: names node " + q(blueprint.top()) + ", which the blueprint does not have");
      return;
    }
    Set<String> reached = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(blueprint.top()));
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      Node node = blueprint.nodes().get(name);
      if (node != null && reached.add(name)) {
        todo.addAll(node.endowments().values());
      }
    }
    for (String name : blueprint.nodes().keySet()) {
      if (!reached.contains(name)) {
        refuse(
            Kind.UNREACHABLE,
            name,
            null,
            "node " + q(name) + ": the top node " + q(blueprint.top()) + " does not reach it; a blueprint holds only what its add-on uses");
      }
    }
  }

  private void checkCycles() {
    Map<String, Integer> state = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (String name : blueprint.nodes().keySet()) {
      visit(name, state, new ArrayList<>(), reported);
    }
  }

  private void visit(String name, Map<String, Integer> state, List<String> path, Set<String> reported) {
    Node node = blueprint.nodes().get(name);
    if (node == null || state.getOrDefault(name, 0) == 2) {
      return;
    }
    if (state.getOrDefault(name, 0) == 1) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
      loop.add(name);
      String key = String.join(" -> ", new TreeSet<>(loop));
      if (reported.add(key)) {
        refuse(Kind.CYCLE, name, null, "cycle: " + String.join(" -> ", loop.stream().map(Checker::q).toList()) + "; a blueprint is built bottom-up and cannot loop");
      }
      return;
    }
    state.put(name, 1);
    path.add(name);
    for (String target : node.endowments().values()) {
      visit(target, state, path, reported);
    }
    path.remove(path.size() - 1);
    state.put(name, 2);
  }

  private void checkQuestions() {
    Set<String> used = new HashSet<>();
    for (Node node : blueprint.nodes().values()) {
      for (Binding binding : node.params().values()) {
        if (binding instanceof Ask ask) {
          used.add(ask.question());
        }
      }
    }
    for (Question question : blueprint.questions().values()) {
      if (!used.contains(question.name())) {
        refuse(Kind.UNUSED_QUESTION, null, question.name(), "question " + q(question.name()) + ": no param uses it; remove it, so nobody is asked for nothing");
      }
      Optional<String> bad = question.type().checkConstraints(question.constraints());
      if (bad.isPresent()) {
        refuse(Kind.BAD_CONSTRAINT, null, question.name(), "question " + q(question.name()) + ": " + bad.get());
        continue;
      }
      if (question.defaultValue().isPresent()) {
        question
            .validate(question.defaultValue().get())
            .ifPresent(p -> refuse(Kind.BAD_DEFAULT, null, question.name(), "question " + q(question.name()) + ": the default is not a valid answer: " + p));
      }
    }
  }

  /** Every node the top reaches, each after the nodes it is endowed with. */
  private List<String> bottomUp() {
    List<String> order = new ArrayList<>();
    post(blueprint.top(), new HashSet<>(), order);
    return order;
  }

  private void post(String name, Set<String> seen, List<String> order) {
    if (!seen.add(name)) {
      return;
    }
    for (String target : blueprint.nodes().get(name).endowments().values()) {
      post(target, seen, order);
    }
    order.add(name);
  }

  /** What node {@code name} hands to whoever is wired to it, everything it holds included. */
  private String authorityOf(String name, Set<String> seen) {
    Node node = blueprint.nodes().get(name);
    ComponentDescription component = components.get(name);
    if (component == null) {
      return "node " + q(name) + " (its component could not be read)";
    }
    StringBuilder out = new StringBuilder();
    out.append(component.provides()).append(methods(component.provides())).append(" from node ").append(q(name));
    if (node.chrome() || component.chrome()) {
      out.append(", a chrome component");
    }
    if (!node.params().isEmpty()) {
      List<String> params = new ArrayList<>();
      node.params().forEach((param, binding) -> params.add(param + (binding instanceof Ask ask ? " (question " + q(ask.question()) + ")" : " = " + ((Constant) binding).value())));
      out.append(" with ").append(String.join(", ", params));
    }
    if (seen.add(name) && !node.endowments().isEmpty()) {
      List<String> held = new ArrayList<>();
      for (String target : node.endowments().values()) {
        held.add(seen.contains(target) ? "node " + q(target) : authorityOf(target, seen));
      }
      out.append(", holding ").append(String.join("; ", held));
    }
    return out.toString();
  }

  private String methods(String api) {
    ApiDescription doc = apis.get(api);
    return doc == null || doc.methods().isEmpty() ? "" : " (" + String.join(", ", doc.methods().keySet()) + ")";
  }

  private void refuse(Kind kind, String node, String slot, String message) {
    refusals.add(Refusal.of(kind, node, slot, message));
  }

  static String q(String name) {
    return "\"" + name + "\"";
  }
}
