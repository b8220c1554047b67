package dev.compartments.components;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compartments.loader.internal.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A review sign-off (DESIGN.md section 8): an Ed25519 signature, made with the JDK's own provider,
 * over the UTF-8 statement
 *
 * <pre>{@code
 * component <id>, endowed with APIs A, B and C, correctly and safely provides API Z
 * }</pre>
 *
 * <p>where A, B, C are the distinct API names of the component's endowments, sorted ({@code
 * endowed with no APIs} when it has none), and a chrome component's statement reads {@code component
 * <id> (chrome), endowed with ...}. The id covers every byte of the component, so a review signs
 * exactly the code that was read: change a file and the review is void.
 *
 * <p>As JSON (all members required, no others):
 *
 * <pre>{@code
 * {"statement": "component 3f2a..., endowed with APIs RestrictedXHR, correctly and safely provides API TwitterAPI",
 *  "component": "3f2a...", "name": "twitter-api", "provides": "TwitterAPI",
 *  "endowments": ["RestrictedXHR"], "chrome": false,
 *  "key": "<base64 X.509 public key>", "signature": "<base64 Ed25519 signature>"}
 * }</pre>
 *
 * <p>Only {@code statement} is signed; the other members repeat it for readers and must agree with
 * it. {@code key} and {@code signature} are kept as written: a malformed one is a {@link
 * Verification} outcome, not a parse error, so a catalog can say what is wrong with a review it holds.
 * An immutable value; thread-safe.
 *
 * @param statement the signed statement
 * @param component the id of the reviewed component (64 lowercase hex digits)
 * @param name the reviewed component's package name
 * @param provides the API it provides
 * @param endowments the distinct API names of its endowments, sorted
 * @param chrome whether it declares chrome
 * @param key the signer's public key, base64 of its X.509 encoding
 * @param signature the Ed25519 signature over the statement, base64
 */
public record Review(
    String statement,
    String component,
    String name,
    String provides,
    List<String> endowments,
    boolean chrome,
    String key,
    String signature) {

  static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
  private static final int SIGNATURE_LENGTH = 64;
  private static final List<String> MEMBERS =
      List.of("statement", "component", "name", "provides", "endowments", "chrome", "key", "signature");

  /** Copies {@code endowments}; checks only that {@code component} is an id. */
  public Review {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provides, "provides");
    endowments = List.copyOf(endowments);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signature, "signature");
    if (!ID.matcher(component).matches()) {
      throw new IllegalArgumentException("component " + Json.quote(component) + " is not a component id (64 lowercase hex digits)");
    }
  }

  /** What a review of {@code component} signs; see the class comment. */
  public static String statement(ComponentDescription component) {
    Objects.requireNonNull(component, "component");
    List<String> apis = endowmentApis(component);
    return "component "
        + component.id()
        + (component.chrome() ? " (chrome)" : "")
        + ", endowed with "
        + (apis.isEmpty() ? "no APIs" : "APIs " + joinWithAnd(apis))
        + ", correctly and safely provides API "
        + component.provides();
  }

  /**
   * Signs the statement of {@code component} with {@code privateKey}; {@code publicKey}, its pair,
   * goes into the review so that anyone can verify it.
   *
   * @throws IllegalArgumentException if a key is not Ed25519, or the public key is not the private
   *     key's pair
   */
  public static Review sign(ComponentDescription component, PrivateKey privateKey, PublicKey publicKey) {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
    ReviewKeys.requireEd25519(privateKey, "the private key");
    ReviewKeys.requireEd25519(publicKey, "the public key");
    String statement = statement(component);
    byte[] bytes = statement.getBytes(StandardCharsets.UTF_8);
    byte[] signature;
    try {
      Signature signer = Signature.getInstance(ReviewKeys.ALGORITHM);
      signer.initSign(privateKey);
      signer.update(bytes);
      signature = signer.sign();
      Signature verifier = Signature.getInstance(ReviewKeys.ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(bytes);
      if (!verifier.verify(signature)) {
        throw new IllegalArgumentException(
            "the public key " + ReviewKeys.fingerprint(publicKey) + " is not the pair of the private key; a review made with it would not verify");
      }
    } catch (InvalidKeyException | SignatureException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK from 15 has Ed25519", e);
    }
    return new Review(
        statement,
        component.id(),
        component.name(),
        component.provides(),
        endowmentApis(component),
        component.chrome(),
        ReviewKeys.encode(publicKey),
        Base64.getEncoder().encodeToString(signature));
  }

  /**
   * Checks this review against {@code current}, the component as it is now: same id, a statement
   * that is exactly the component's, members that agree with it, a well-formed Ed25519 key and
   * signature, and a signature that verifies. The first failure is the answer.
   */
  public Verification verify(ComponentDescription current) {
    Objects.requireNonNull(current, "current");
    if (!component.equals(current.id())) {
      return new Verification(
          Outcome.COMPONENT_CHANGED,
          "component "
              + current.name()
              + " changed since it was reviewed: the review is of id "
              + component
              + ", the component's id is now "
              + current.id()
              + "; its reviews are void");
    }
    String expected = statement(current);
    if (!statement.equals(expected)) {
      return new Verification(
          Outcome.STATEMENT_MISMATCH,
          "the statement does not match the component: the review says " + Json.quote(statement) + ", the component's statement is " + Json.quote(expected));
    }
    String member = mismatchedMember(current);
    if (member != null) {
      return new Verification(Outcome.STATEMENT_MISMATCH, "the review's member " + member + " does not match its statement and the component");
    }
    PublicKey publicKey;
    try {
      publicKey = ReviewKeys.decodePublicKey(key);
    } catch (IllegalArgumentException e) {
      return new Verification(Outcome.MALFORMED_KEY, "malformed key: " + e.getMessage());
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return new Verification(Outcome.MALFORMED_SIGNATURE, "malformed signature: not base64: " + e.getMessage());
    }
    if (bytes.length != SIGNATURE_LENGTH) {
      return new Verification(
          Outcome.MALFORMED_SIGNATURE,
          "malformed signature: it is " + bytes.length + " bytes; an Ed25519 signature is " + SIGNATURE_LENGTH + " bytes");
    }
    String fingerprint = ReviewKeys.fingerprint(publicKey);
    boolean verifies;
    try {
      Signature verifier = Signature.getInstance(ReviewKeys.ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(statement.getBytes(StandardCharsets.UTF_8));
      verifies = verifier.verify(bytes);
    } catch (InvalidKeyException e) {
      return new Verification(Outcome.MALFORMED_KEY, "malformed key: " + e.getMessage());
    } catch (SignatureException e) {
      // The JDK throws for some invalid encodings (such as s out of range) instead of answering false.
      verifies = false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK from 15 has Ed25519", e);
    }
    if (!verifies) {
      return new Verification(
          Outcome.BAD_SIGNATURE,
          "the signature does not verify with key " + fingerprint + ": the statement was not signed by that key, or the review was altered");
    }
    return new Verification(Outcome.VALID, "valid: signed by key " + fingerprint);
  }

  /**
   * The fingerprint of {@link #key} ({@link ReviewKeys#fingerprint}).
   *
   * @throws IllegalArgumentException if the key is not base64
   */
  public String keyFingerprint() {
    try {
      return ReviewKeys.fingerprint(Base64.getDecoder().decode(key));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the review's key is not base64: " + e.getMessage(), e);
    }
  }

  /** This review as indented JSON, members in the order of the class comment. */
  public String toJson() {
    JsonObject object = new JsonObject();
    object.addProperty("statement", statement);
    object.addProperty("component", component);
    object.addProperty("name", name);
    object.addProperty("provides", provides);
    JsonArray apis = new JsonArray();
    endowments.forEach(apis::add);
    object.add("endowments", apis);
    object.addProperty("chrome", chrome);
    object.addProperty("key", key);
    object.addProperty("signature", signature);
    return Json.pretty(object);
  }

  /**
   * Parses a review; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException starting with {@code source + ": "}: not strict JSON (duplicate
   *     keys refused), not an object, a missing, unknown or mistyped member (named)
   */
  public static Review parse(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    JsonElement root = Json.parse(json, source);
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(source + ": a review must be a JSON object, got " + Json.describe(root));
    }
    JsonObject object = root.getAsJsonObject();
    for (String member : object.keySet()) {
      if (!MEMBERS.contains(member)) {
        throw new IllegalArgumentException(
            source + ": unknown member " + Json.quote(member) + "; a review has " + String.join(", ", MEMBERS));
      }
    }
    for (String member : MEMBERS) {
      if (!object.has(member)) {
        throw new IllegalArgumentException(source + ": missing member " + Json.quote(member));
      }
    }
    String component = string(source, object, "component");
    if (!ID.matcher(component).matches()) {
      throw new IllegalArgumentException(
          source + ": member \"component\" must be a component id (64 lowercase hex digits), got " + Json.quote(component));
    }
    JsonElement apis = object.get("endowments");
    if (!apis.isJsonArray()) {
      throw new IllegalArgumentException(source + ": member \"endowments\" must be an array of API names, got " + Json.describe(apis));
    }
    List<String> endowments = new ArrayList<>();
    for (JsonElement api : apis.getAsJsonArray()) {
      if (!api.isJsonPrimitive() || !api.getAsJsonPrimitive().isString()) {
        throw new IllegalArgumentException(source + ": member \"endowments\" must hold API name strings, got " + Json.describe(api));
      }
      endowments.add(api.getAsString());
    }
    JsonElement chrome = object.get("chrome");
    if (!chrome.isJsonPrimitive() || !chrome.getAsJsonPrimitive().isBoolean()) {
      throw new IllegalArgumentException(source + ": member \"chrome\" must be true or false, got " + Json.describe(chrome));
    }
    return new Review(
        string(source, object, "statement"),
        component,
        string(source, object, "name"),
        string(source, object, "provides"),
        endowments,
        chrome.getAsBoolean(),
        string(source, object, "key"),
        string(source, object, "signature"));
  }

  /**
   * Reads a review file.
   *
   * @throws IllegalArgumentException starting with the file: missing, unreadable, or as {@link
   *     #parse}
   */
  public static Review read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(TextFiles.read(file), file.toString());
  }

  /**
   * Writes {@link #toJson} to {@code file} through a temporary file and an atomic move, replacing
   * what was there.
   *
   * @throws IllegalArgumentException naming the file if it cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    ReviewKeys.writeAtomically(file, toJson() + "\n", ReviewKeys.READABLE, true);
  }

  /** The distinct API names of the component's endowments, sorted. */
  static List<String> endowmentApis(ComponentDescription component) {
    return List.copyOf(new TreeSet<>(component.endowments().values()));
  }

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String joinWithAnd(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private String mismatchedMember(ComponentDescription current) {
    if (!name.equals(current.name())) {
      return "name " + Json.quote(name) + " (the component is " + Json.quote(current.name()) + ")";
    }
    if (!provides.equals(current.provides())) {
      return "provides " + Json.quote(provides) + " (the component provides " + current.provides() + ")";
    }
    List<String> apis = endowmentApis(current);
    if (!endowments.equals(apis)) {
      return "endowments " + endowments + " (the component is endowed with " + apis + ")";
    }
    if (chrome != current.chrome()) {
      return "chrome " + chrome + " (the component's chrome is " + current.chrome() + ")";
    }
    return null;
  }

  private static String string(String source, JsonObject object, String member) {
    JsonElement value = object.get(member);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(source + ": member " + Json.quote(member) + " must be a string, got " + Json.describe(value));
    }
    return value.getAsString();
  }

  /** Why a review is or is not valid. */
  public enum Outcome {
    /** The signature verifies over the component's current statement. */
    VALID,
    /** The component's id differs from the reviewed id: some byte changed, the review is void. */
    COMPONENT_CHANGED,
    /** The statement, or a member repeating it, is not the component's. */
    STATEMENT_MISMATCH,
    /** The key is not base64, not 44 bytes, or not an Ed25519 X.509 public key. */
    MALFORMED_KEY,
    /** The signature is not base64 or not 64 bytes. */
    MALFORMED_SIGNATURE,
    /** A well-formed signature that does not verify with the key over the statement. */
    BAD_SIGNATURE
  }

  /**
   * The result of {@link #verify}.
   *
   * @param outcome which check decided
   * @param message a sentence saying so, naming ids and key fingerprints
   */
  public record Verification(Outcome outcome, String message) {
    /** Checks both are present. */
    public Verification {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(message, "message");
    }

    /** Whether the review is valid. */
    public boolean valid() {
      return outcome == Outcome.VALID;
    }
  }
}
