package dev.compartments.components;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A review panel (DESIGN.md section 8): a named set of Ed25519 public keys, one per member, and
 * how many of them must sign off a component before the panel approves it.
 *
 * <pre>{@code
 * {"name": "core-reviewers",
 *  "keys": {"alice": "<base64 X.509 public key>", "bob": "<base64 X.509 public key>"},
 *  "threshold": 1}
 * }</pre>
 *
 * <p>{@code threshold} is optional (default 1) and between 1 and the number of keys. Two members
 * may not share a key: one signer would then count twice. The panel approves a component when at
 * least {@code threshold} distinct members have a {@linkplain Review#verify valid} review of exactly
 * that component id; a review by a key that is not on the panel, or of an earlier version of the
 * component, counts for nothing. An immutable value; thread-safe.
 *
 * @param name the panel's name
 * @param keys member name to public key, sorted by member name
 * @param threshold how many distinct members must sign
 */
public record Panel(String name, Map<String, PublicKey> keys, int threshold) {

  /**
   * Copies {@code keys} and checks the panel.
   *
   * @throws IllegalArgumentException for a blank name, no keys, a key that is not Ed25519, two
   *     members with one key, or a threshold outside 1..number of keys
   */
  public Panel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keys, "keys");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a panel's name must not be blank");
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("panel " + name + " has no keys; a panel needs at least one");
    }
    Map<String, String> owners = new HashMap<>();
    for (Map.Entry<String, PublicKey> member : new TreeMap<>(keys).entrySet()) {
      Objects.requireNonNull(member.getValue(), "keys." + member.getKey());
      if (member.getKey().isBlank()) {
        throw new IllegalArgumentException("panel " + name + ": a member's name must not be blank");
      }
      ReviewKeys.requireEd25519(member.getValue(), "panel " + name + ": the key of " + member.getKey());
      String other = owners.putIfAbsent(ReviewKeys.encode(member.getValue()), member.getKey());
      if (other != null) {
        throw new IllegalArgumentException(
            "panel " + name + ": members " + other + " and " + member.getKey() + " have the same key; each member needs a key of their own");
      }
    }
    if (threshold < 1 || threshold > keys.size()) {
      throw new IllegalArgumentException(
          "panel " + name + ": threshold " + threshold + " must be between 1 and the number of keys (" + keys.size() + ")");
    }
    keys = Collections.unmodifiableMap(new TreeMap<>(keys));
  }

  /**
   * Parses a panel; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException starting with {@code source + ": "}: not strict JSON, a
   *     missing, unknown or mistyped member, a key that does not decode (named {@code keys.<member>}),
   *     or a panel the constructor refuses
   */
  public static Panel parse(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    JsonElement root = Json.parse(json, source);
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(source + ": a panel must be a JSON object, got " + Json.describe(root));
    }
    JsonObject object = root.getAsJsonObject();
    for (String member : object.keySet()) {
      if (!member.equals("name") && !member.equals("keys") && !member.equals("threshold")) {
        throw new IllegalArgumentException(
            source + ": unknown member " + Json.quote(member) + "; a panel has name, keys and threshold");
      }
    }
    JsonElement name = object.get("name");
    if (name == null || !name.isJsonPrimitive() || !name.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": member \"name\" must be a string, got " + (name == null ? "nothing" : Json.describe(name)));
    }
    JsonElement keys = object.get("keys");
    if (keys == null || !keys.isJsonObject()) {
      throw new IllegalArgumentException(
          source + ": member \"keys\" must be an object of member names to base64 public keys, got " + (keys == null ? "nothing" : Json.describe(keys)));
    }
    Map<String, PublicKey> decoded = new TreeMap<>();
    for (Map.Entry<String, JsonElement> member : keys.getAsJsonObject().entrySet()) {
      JsonElement value = member.getValue();
      String where = "keys." + member.getKey();
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(source + ": " + where + " must be a base64 public key string, got " + Json.describe(value));
      }
      try {
        decoded.put(member.getKey(), ReviewKeys.decodePublicKey(value.getAsString()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + where + ": " + e.getMessage(), e);
      }
    }
    int threshold = 1;
    if (object.has("threshold")) {
      Optional<Long> value = QuestionType.integer(object.get("threshold"));
      if (value.isEmpty() || value.get() < Integer.MIN_VALUE || value.get() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(source + ": member \"threshold\" must be an integer, got " + Json.describe(object.get("threshold")));
      }
      threshold = value.get().intValue();
    }
    try {
      return new Panel(name.getAsString(), decoded, threshold);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a panel file.
   *
   * @throws IllegalArgumentException starting with the file: missing, unreadable, or as {@link
   *     #parse}
   */
  public static Panel read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(TextFiles.read(file), file.toString());
  }

  /** This panel as indented JSON, in the form {@link #parse} reads. */
  public String toJson() {
    JsonObject object = new JsonObject();
    object.addProperty("name", name);
    JsonObject members = new JsonObject();
    keys.forEach((member, key) -> members.addProperty(member, ReviewKeys.encode(key)));
    object.add("keys", members);
    object.addProperty("threshold", threshold);
    return Json.pretty(object);
  }

  /** The member whose key is {@code key} (base64 X.509, as in a review), or empty. */
  public Optional<String> memberWithKey(String key) {
    Objects.requireNonNull(key, "key");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String canonical = Base64.getEncoder().encodeToString(bytes);
    for (Map.Entry<String, PublicKey> member : keys.entrySet()) {
      if (ReviewKeys.encode(member.getValue()).equals(canonical)) {
        return Optional.of(member.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The members, sorted, who have a valid review of exactly {@code component} (its current id)
   * among {@code reviews}.
   */
  public List<String> signers(ComponentDescription component, Collection<Review> reviews) {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(reviews, "reviews");
    TreeSet<String> signers = new TreeSet<>();
    for (Review review : reviews) {
      Objects.requireNonNull(review, "reviews element");
      if (!review.component().equals(component.id())) {
        continue;
      }
      Optional<String> member = memberWithKey(review.key());
      if (member.isPresent() && review.verify(component).valid()) {
        signers.add(member.get());
      }
    }
    return List.copyOf(signers);
  }

  /**
   * Whether at least {@link #threshold} distinct members have a valid review of exactly {@code
   * component} among {@code reviews}.
   */
  public boolean approves(ComponentDescription component, Collection<Review> reviews) {
    return signers(component, reviews).size() >= threshold;
  }

  /**
   * Why this panel does not approve {@code component}, or empty if it does. The reason says how
   * many members signed of how many needed, and what is wrong with each other review of the
   * component (by id or by package name, so that reviews of an earlier version show up as void):
   * by a key not on the panel, or not valid and why.
   */
  public Optional<String> whyNotApproved(ComponentDescription component, Collection<Review> reviews) {
    List<String> signers = signers(component, reviews);
    if (signers.size() >= threshold) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    boolean any = false;
    for (Review review : reviews) {
      if (!review.component().equals(component.id()) && !review.name().equals(component.name())) {
        continue;
      }
      any = true;
      Optional<String> member = memberWithKey(review.key());
      Review.Verification verification = review.verify(component);
      if (member.isEmpty()) {
        String by = fingerprintOrQuote(review);
        problems.add("review by key " + by + " does not count: that key is not on panel " + name);
      } else if (!verification.valid()) {
        String what = verification.outcome() == Review.Outcome.COMPONENT_CHANGED ? " is void: " : " is not valid: ";
        problems.add("review by " + member.get() + what + verification.message());
      }
    }
    if (!any) {
      return Optional.of("no review");
    }
    String count =
        signers.isEmpty()
            ? "no valid review by a member of panel " + name
            : "signed by " + String.join(", ", signers) + " only";
    String needs = "panel " + name + " needs " + threshold + " member" + (threshold == 1 ? "" : "s");
    StringBuilder reason = new StringBuilder(count).append("; ").append(needs);
    for (String problem : new TreeSet<>(problems)) {
      reason.append("; ").append(problem);
    }
    return Optional.of(reason.toString());
  }

  private static String fingerprintOrQuote(Review review) {
    try {
      return review.keyFingerprint();
    } catch (IllegalArgumentException e) {
      return Json.quote(review.key());
    }
  }
}
