package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.quote;

import dev.compartments.principals.internal.ParsedUrl;
import dev.compartments.principals.internal.UrlParser;
import java.util.List;
import java.util.Optional;

/**
 * The security identity of code and data: who a compartment acts for. Every principal is one of
 * four kinds, modelled on Gecko's {@code nsIPrincipal}: the {@linkplain SystemPrincipal system}
 * principal, a {@linkplain ContentPrincipal content} principal (an origin plus {@link
 * OriginAttributes}), an {@linkplain ExpandedPrincipal expanded} principal (an ordered list of
 * content principals) and a {@linkplain NullPrincipal null} principal (a unique id). Principals are
 * values: immutable and thread-safe.
 *
 * <h2>Security guarantees</h2>
 *
 * <p>{@link #subsumes(Principal)} is the only question the rest of the system asks. It is a
 * preorder (reflexive and transitive) with these rules:
 *
 * <ul>
 *   <li>the system principal subsumes every principal, and only the system principal subsumes it;
 *   <li>a content principal subsumes only an equal content principal: same origin and same
 *       attributes;
 *   <li>a null principal subsumes only an equal null principal (the same id and attributes); each
 *       {@link #createNull()} is fresh, so no other principal ever equals it;
 *   <li>an expanded principal subsumes a non-expanded principal when one of its members does, and
 *       another expanded principal when it subsumes every member of it; content and null
 *       principals never subsume an expanded principal.
 * </ul>
 *
 * <p>A serialized null principal ({@code moz-nullprincipal:{uuid}}) parses back to an equal
 * principal, so treat such strings as the capabilities they are.
 *
 * <h2>String forms</h2>
 *
 * {@link #origin()} (and {@code toString()}) gives {@code [System Principal]}, {@code
 * moz-nullprincipal:{uuid}}, {@code [Expanded Principal [o1, o2]]} and {@code
 * https://a.com^userContextId=2}; {@link #parse(String)} reads each of them back.
 */
public sealed interface Principal
    permits SystemPrincipal, ContentPrincipal, ExpandedPrincipal, NullPrincipal {

  /** The four kinds of principal. */
  enum Kind {
    /** The all-powerful principal of privileged code. */
    SYSTEM,
    /** An origin plus origin attributes. */
    CONTENT,
    /** An ordered list of content principals, with the authority of each. */
    EXPANDED,
    /** A fresh, unique identity that is same-origin with nothing else. */
    NULL
  }

  /** Returns the kind of this principal. */
  Kind kind();

  /**
   * Returns the string form of this principal: {@code [System Principal]}, {@code
   * moz-nullprincipal:{uuid}} (plus the attribute suffix), {@code [Expanded Principal [o1, o2]]},
   * or a content principal's origin plus its attribute suffix.
   */
  String origin();

  /**
   * Returns whether this principal has all the authority of {@code other} (see the rules in the
   * class documentation).
   *
   * @throws IllegalArgumentException if {@code other} is null
   */
  boolean subsumes(Principal other);

  /**
   * Returns the site of this principal: scheme, {@code ://}, and the registrable domain of the host
   * (its eTLD+1 on the public suffix list), plus the attribute suffix; the port is dropped. A host
   * that has no registrable domain (an IP address, {@code localhost}, a name without a known public
   * suffix, or a public suffix itself) is its own site. A content principal without a host ({@code
   * about:}) or a {@code file:} principal has its origin as its site. System, null and expanded
   * principals have no site.
   */
  Optional<String> site();

  /** Returns whether this is the system principal. */
  default boolean isSystem() {
    return kind() == Kind.SYSTEM;
  }

  /** Returns whether this is a content principal. */
  default boolean isContent() {
    return kind() == Kind.CONTENT;
  }

  /** Returns whether this is an expanded principal. */
  default boolean isExpanded() {
    return kind() == Kind.EXPANDED;
  }

  /** Returns whether this is a null principal. */
  default boolean isNull() {
    return kind() == Kind.NULL;
  }

  /** Returns the system principal. Code running with it can do anything; hand it out sparingly. */
  static SystemPrincipal system() {
    return SystemPrincipal.INSTANCE;
  }

  /**
   * Returns the principal of a document loaded from {@code url} with default attributes; see
   * {@link #fromUrl(String, OriginAttributes)}.
   */
  static Principal fromUrl(String url) {
    return fromUrl(url, OriginAttributes.DEFAULT);
  }

  /**
   * Returns the principal of a document loaded from {@code url}: a content principal for a URL
   * with an origin (see {@link Origins#normalize(String)}), and a fresh null principal for a URL
   * without one ({@code about:blank}, {@code data:}, {@code javascript:}, {@code scheme:opaque}
   * URLs without an authority, {@code blob:} URLs around any of these), as Gecko does.
   *
   * @throws IllegalArgumentException if {@code url} is malformed or {@code attributes} is null
   */
  static Principal fromUrl(String url, OriginAttributes attributes) {
    checkAttributes(attributes);
    ParsedUrl parsed = UrlParser.parse(url);
    if (parsed instanceof ParsedUrl.WithOrigin) {
      return new ContentPrincipal((ParsedUrl.WithOrigin) parsed, attributes);
    }
    return NullPrincipal.create(attributes);
  }

  /** Returns the content principal of {@code url} with default attributes. */
  static ContentPrincipal content(String url) {
    return content(url, OriginAttributes.DEFAULT);
  }

  /**
   * Returns the content principal of {@code url} with the given attributes.
   *
   * @throws IllegalArgumentException if {@code url} is malformed, or has no origin and so would
   *     give a null principal ({@code about:blank}, {@code data:}), or {@code attributes} is null
   */
  static ContentPrincipal content(String url, OriginAttributes attributes) {
    checkAttributes(attributes);
    ParsedUrl parsed = UrlParser.parse(url);
    if (parsed instanceof ParsedUrl.WithoutOrigin) {
      throw new IllegalArgumentException(
          "URL "
              + quote(url)
              + " gives a null principal, not a content principal, because "
              + ((ParsedUrl.WithoutOrigin) parsed).reason());
    }
    return new ContentPrincipal((ParsedUrl.WithOrigin) parsed, attributes);
  }

  /** Returns a new null principal with default attributes, equal to no principal but itself. */
  static NullPrincipal createNull() {
    return createNull(OriginAttributes.DEFAULT);
  }

  /**
   * Returns a new null principal with the given attributes, equal to no principal but itself.
   *
   * @throws IllegalArgumentException if {@code attributes} is null
   */
  static NullPrincipal createNull(OriginAttributes attributes) {
    checkAttributes(attributes);
    return NullPrincipal.create(attributes);
  }

  /**
   * Returns the expanded principal of {@code members}, in the given order (the list is copied).
   *
   * @throws IllegalArgumentException if the list is null or empty, or a member is null or not a
   *     content principal
   */
  static ExpandedPrincipal expanded(List<? extends Principal> members) {
    return ExpandedPrincipal.of(members);
  }

  /**
   * Parses any string form given by {@link #origin()}: {@code [System Principal]}, {@code
   * moz-nullprincipal:{uuid}[^suffix]}, {@code [Expanded Principal [o1, o2]]} whose members are
   * serialized content principals, or a serialized origin with an optional {@code ^suffix}. The
   * origin must be in its normalized form ({@code https://a.com}, not {@code HTTPS://a.com/}): use
   * {@link #fromUrl(String)} for URLs. {@code parse(p.origin()).equals(p)} for every principal.
   *
   * @throws IllegalArgumentException naming {@code serialized} and what was expected, if it is null
   *     or none of these forms
   */
  static Principal parse(String serialized) {
    if (serialized == null) {
      throw new IllegalArgumentException(
          "Malformed principal null: expected the string form of a principal");
    }
    if (serialized.equals(SystemPrincipal.ORIGIN)) {
      return system();
    }
    if (serialized.startsWith(NullPrincipal.SCHEME)) {
      return NullPrincipal.parse(serialized);
    }
    if (serialized.startsWith(ExpandedPrincipal.PREFIX)) {
      return ExpandedPrincipal.parse(serialized);
    }
    return ContentPrincipal.parse(serialized);
  }

  private static void checkAttributes(OriginAttributes attributes) {
    if (attributes == null) {
      throw new IllegalArgumentException(
          "Origin attributes must not be null; use OriginAttributes.DEFAULT");
    }
  }
}
