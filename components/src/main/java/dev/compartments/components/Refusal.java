package dev.compartments.components;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason the {@link Checker} refuses a blueprint, or the installer refuses its answers. The
 * message names the node, the slot or param, and the APIs involved.
 *
 * @param kind what rule was broken
 * @param node the node concerned, if any
 * @param slot the slot, param or question concerned, if any
 * @param message the whole explanation
 */
public record Refusal(Kind kind, Optional<String> node, Optional<String> slot, String message) {

  /** The rules a blueprint must keep. */
  public enum Kind {
    /** A node's component folder cannot be read, is not a component, or its manifest has problems. */
    COMPONENT,
    /** A node's pinned component id differs from the component's id now. */
    ID_MISMATCH,
    /** The top, or a slot, names a node the blueprint does not have. */
    UNKNOWN_NODE,
    /** A slot is wired to a node that provides another API than the slot expects. */
    WRONG_API,
    /** A slot the component declares is not wired. */
    MISSING_SLOT,
    /** A slot is wired that the component does not declare. */
    EXTRA_SLOT,
    /** The blueprint grants chrome to a component that did not declare it. */
    CHROME_NOT_DECLARED,
    /** A component declares chrome but the blueprint does not grant it. */
    CHROME_NOT_GRANTED,
    /** A component's modules require chrome but its description does not declare it. */
    CHROME_UNDECLARED_USE,
    /** The endowment wiring has a loop. */
    CYCLE,
    /** A node is not reachable from the top. */
    UNREACHABLE,
    /** A param the component declares is not bound. */
    UNBOUND_PARAM,
    /** A param is bound that the component does not declare. */
    UNKNOWN_PARAM,
    /** A param is bound to a question the blueprint does not have. */
    UNKNOWN_QUESTION,
    /** A question no param uses. */
    UNUSED_QUESTION,
    /** A constant or question of another type than the param's. */
    PARAM_TYPE,
    /** A question's constraints do not fit its type. */
    BAD_CONSTRAINT,
    /** A question's default is not a valid answer. */
    BAD_DEFAULT,
    /** An API a component names has no API document. */
    UNKNOWN_API,
    /** An answer of the wrong type, or outside its constraints. */
    BAD_ANSWER,
    /** A question with neither an answer nor a default. */
    MISSING_ANSWER,
    /** An answer to a question the blueprint does not ask. */
    UNKNOWN_ANSWER
  }

  /** Checks that every part is present. */
  public Refusal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(message, "message");
  }

  static Refusal of(Kind kind, String node, String slot, String message) {
    return new Refusal(kind, Optional.ofNullable(node), Optional.ofNullable(slot), message);
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
