package dev.compartments.components;

import dev.compartments.components.Blueprint.Ask;
import dev.compartments.components.Blueprint.Binding;
import dev.compartments.components.Blueprint.Constant;
import dev.compartments.components.Blueprint.Node;
import dev.compartments.loader.internal.Json;
import java.util.Map;
import java.util.Optional;

/**
 * A blueprint's assembly as a Graphviz DOT digraph, for reviewers: component nodes are boxes (chrome
 * ones filled and marked "chrome"), each labeled with its node name, component and the API it
 * provides; an arrow from a node to each node it is endowed with, labeled with the slot; PowerBox
 * questions are drawn apart, as ellipses in their own cluster, with a dashed arrow to each param
 * they answer; the top node has a double border. Works on an unchecked blueprint too: the
 * components that can be read are described, the others drawn as "unreadable".
 */
public final class BlueprintGraph {
  private BlueprintGraph() {}

  /** The DOT text of {@code blueprint}, components read from their folders. */
  public static String dot(Blueprint blueprint) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(id("blueprint " + blueprint.name())).append(" {\n");
    out.append("  rankdir=BT;\n");
    out.append("  label=").append(id("blueprint " + blueprint.name() + "  (add-on " + blueprint.addonId().substring(0, 12) + ")")).append(";\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (Node node : blueprint.nodes().values()) {
      Optional<ComponentDescription> component = read(node);
      String label =
          lines(
              node.name(),
              component.map(c -> c.name() + " " + c.shortId()).orElse(node.componentPath()),
              component.map(c -> "provides " + c.provides()).orElse("(unreadable)"),
              node.chrome() ? "chrome" : null);
      out.append("  ").append(id("node:" + node.name())).append(" [shape=box, label=\"").append(label).append('"');
      if (node.chrome()) {
        out.append(", style=filled, fillcolor=\"#f4cccc\"");
      }
      if (node.name().equals(blueprint.top())) {
        out.append(", peripheries=2");
      }
      out.append("];\n");
    }
    if (!blueprint.questions().isEmpty()) {
      out.append("  subgraph cluster_questions {\n");
      out.append("    label=\"PowerBox questions\"; style=dashed;\n");
      for (Question question : blueprint.questions().values()) {
        String label = lines(question.name(), question.type().toString(), question.defaultValue().map(d -> "default " + Json.compact(d)).orElse(null));
        out.append("    ").append(id("question:" + question.name())).append(" [shape=ellipse, style=filled, fillcolor=\"#fff2cc\", label=\"").append(label).append("\"];\n");
      }
      out.append("  }\n");
    }
    for (Node node : blueprint.nodes().values()) {
      for (Map.Entry<String, String> slot : node.endowments().entrySet()) {
        out.append("  ").append(id("node:" + node.name())).append(" -> ").append(id("node:" + slot.getValue()))
            .append(" [label=").append(id(slot.getKey())).append("];\n");
      }
      for (Map.Entry<String, Binding> param : node.params().entrySet()) {
        if (param.getValue() instanceof Ask ask) {
          out.append("  ").append(id("question:" + ask.question())).append(" -> ").append(id("node:" + node.name()))
              .append(" [style=dashed, label=").append(id(param.getKey())).append("];\n");
        } else if (param.getValue() instanceof Constant constant) {
          String cid = "const:" + node.name() + ":" + param.getKey();
          out.append("  ").append(id(cid)).append(" [shape=plaintext, label=").append(id(param.getKey() + " = " + Json.compact(constant.value()))).append("];\n");
          out.append("  ").append(id(cid)).append(" -> ").append(id("node:" + node.name())).append(" [style=dotted, arrowhead=none];\n");
        }
      }
    }
    out.append("}\n");
    return out.toString();
  }

  private static Optional<ComponentDescription> read(Node node) {
    try {
      return Optional.of(ComponentDescription.read(node.component()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String id(String text) {
    return "\"" + escape(text) + "\"";
  }

  /** The escaped parts (nulls skipped) joined by DOT line breaks. */
  private static String lines(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        out.append(out.length() == 0 ? "" : "\\n").append(escape(part));
      }
    }
    return out.toString();
  }

  /** Escapes quotes, backslashes and line breaks for a DOT string. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        out.append("\\n");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

}
