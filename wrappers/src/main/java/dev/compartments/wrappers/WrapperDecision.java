package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import java.util.List;

/**
 * The outcome of the wrapper decision and the rules that led to it, in the order applied.
 * Immutable.
 *
 * @param kind the wrapper the viewer gets
 * @param objectKind the kind of object decided for
 * @param trace one line per rule the decision applied
 */
public record WrapperDecision(WrapperKind kind, ObjectKind objectKind, List<String> trace) {
  public WrapperDecision {
    requireNonNull(kind, "kind");
    requireNonNull(objectKind, "objectKind");
    trace = List.copyOf(trace);
  }
}
