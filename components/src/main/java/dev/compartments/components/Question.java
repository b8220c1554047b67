package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * A PowerBox question of a blueprint: what the installer asks the host (or the user) before it
 * builds anything. The answer becomes the value of every param bound to the question.
 *
 * @param name the question's name in the blueprint
 * @param type what an answer must be
 * @param prompt the text shown to whoever answers
 * @param defaultValue the answer taken when none is given, if any
 * @param constraints the type's constraints ({@link QuestionType#constraintNames()})
 */
public record Question(String name, QuestionType type, String prompt, Optional<JsonElement> defaultValue, JsonObject constraints) {

  /** Copies the mutable parts. */
  public Question {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(prompt, "prompt");
    defaultValue = Objects.requireNonNull(defaultValue, "defaultValue").map(JsonElement::deepCopy);
    constraints = Objects.requireNonNull(constraints, "constraints").deepCopy();
  }

  /** The constraints, as a copy. */
  @Override
  public JsonObject constraints() {
    return constraints.deepCopy();
  }

  /**
   * Why {@code answer} is not a valid answer to this question, or empty if it is.
   */
  public Optional<String> validate(JsonElement answer) {
    return type.validate(answer, constraints);
  }
}
