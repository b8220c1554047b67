package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.checkNotNull;
import static dev.compartments.principals.internal.Messages.quote;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A null principal: a fresh identity that is same-origin with nothing but itself, given to code
 * and documents that must not share authority with anyone ({@code about:blank}, {@code data:},
 * sandboxes created with {@code null}). Immutable and thread-safe.
 *
 * <p>Each {@link Principal#createNull()} gets a new random {@link UUID}. Two null principals are
 * equal when they have the same id and attributes, which happens only when one was {@linkplain
 * Principal#parse(String) parsed} from the other's string form, {@code moz-nullprincipal:{uuid}}
 * followed by the attribute suffix.
 */
public final class NullPrincipal implements Principal {
  static final String SCHEME = "moz-nullprincipal:";

  private static final Pattern FORM =
      Pattern.compile(
          "moz-nullprincipal:\\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\}"
              + "(\\^.*)?",
          Pattern.DOTALL);

  private final UUID id;
  private final OriginAttributes originAttributes;

  private NullPrincipal(UUID id, OriginAttributes originAttributes) {
    this.id = id;
    this.originAttributes = originAttributes;
  }

  static NullPrincipal create(OriginAttributes originAttributes) {
    return new NullPrincipal(UUID.randomUUID(), originAttributes);
  }

  /** Parses {@code moz-nullprincipal:{uuid}} with an optional attribute suffix. */
  static NullPrincipal parse(String serialized) {
    var matcher = FORM.matcher(serialized);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Malformed null principal "
              + quote(serialized)
              + ": expected moz-nullprincipal:{uuid} with a lower-case UUID, then an optional"
              + " ^suffix");
    }
    String suffix = matcher.group(2) == null ? "" : matcher.group(2);
    return new NullPrincipal(
        UUID.fromString(matcher.group(1)), ContentPrincipal.parseSuffix(serialized, suffix));
  }

  /** Returns the unique id of this principal. */
  public UUID id() {
    return id;
  }

  /** Returns the origin attributes this principal was created with. */
  public OriginAttributes originAttributes() {
    return originAttributes;
  }

  @Override
  public Kind kind() {
    return Kind.NULL;
  }

  /** Returns {@code moz-nullprincipal:{uuid}}, plus the suffix of non-default attributes. */
  @Override
  public String origin() {
    return SCHEME + "{" + id + "}" + originAttributes.suffix();
  }

  /**
   * Returns whether {@code other} is this null principal (an equal one): a null principal subsumes
   * nothing else.
   *
   * @throws IllegalArgumentException if {@code other} is null
   */
  @Override
  public boolean subsumes(Principal other) {
    checkNotNull(other, "The principal to compare with");
    return equals(other);
  }

  /** Returns empty: a null principal has no site. */
  @Override
  public Optional<String> site() {
    return Optional.empty();
  }

  /** Null principals are equal when their ids and attributes are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof NullPrincipal
        && id.equals(((NullPrincipal) other).id)
        && originAttributes.equals(((NullPrincipal) other).originAttributes);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + originAttributes.hashCode();
  }

  @Override
  public String toString() {
    return origin();
  }
}
