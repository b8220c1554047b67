package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.checkNotNull;
import static dev.compartments.principals.internal.Messages.quote;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import dev.compartments.principals.internal.ParsedUrl;
import dev.compartments.principals.internal.UrlParser;
import java.util.Optional;

/**
 * A content principal: an origin (see {@link Origins#normalize(String)}) plus {@link
 * OriginAttributes}. It subsumes only an equal content principal. Immutable and thread-safe.
 *
 * <p>Its string form is the origin followed by the attribute suffix, {@code
 * https://a.com^userContextId=2}. Two content principals are equal when their origins and
 * attributes are.
 */
public final class ContentPrincipal implements Principal {
  private final String scheme;
  private final String host;
  private final int port;
  private final String originNoSuffix;
  private final OriginAttributes originAttributes;
  private final String origin;

  ContentPrincipal(ParsedUrl.WithOrigin url, OriginAttributes originAttributes) {
    this.scheme = url.scheme();
    this.host = url.host();
    this.port = url.port();
    this.originNoSuffix = url.originNoSuffix();
    this.originAttributes = originAttributes;
    this.origin = originNoSuffix + originAttributes.suffix();
  }

  /**
   * Parses a serialized content principal: a normalized origin and an optional {@code ^suffix}.
   */
  static ContentPrincipal parse(String serialized) {
    int caret = serialized.indexOf('^');
    String originPart = caret < 0 ? serialized : serialized.substring(0, caret);
    String suffix = caret < 0 ? "" : serialized.substring(caret);
    String expected =
        ": expected [System Principal], moz-nullprincipal:{uuid}, [Expanded Principal [...]]"
            + " or a normalized origin with an optional ^suffix";
    ParsedUrl parsed;
    try {
      parsed = UrlParser.parse(originPart);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Malformed principal " + quote(serialized) + expected + " (" + e.getMessage() + ")", e);
    }
    if (parsed instanceof ParsedUrl.WithoutOrigin) {
      throw new IllegalArgumentException(
          "Malformed principal "
              + quote(serialized)
              + expected
              + " (it has no origin because "
              + ((ParsedUrl.WithoutOrigin) parsed).reason()
              + ")");
    }
    ParsedUrl.WithOrigin url = (ParsedUrl.WithOrigin) parsed;
    if (!url.originNoSuffix().equals(originPart)) {
      throw new IllegalArgumentException(
          "Malformed principal "
              + quote(serialized)
              + ": expected a normalized origin, such as "
              + quote(url.originNoSuffix())
              + "; use Principal.fromUrl for URLs");
    }
    return new ContentPrincipal(url, parseSuffix(serialized, suffix));
  }

  /** Parses the suffix of a serialized principal, naming the whole string in errors. */
  static OriginAttributes parseSuffix(String serialized, String suffix) {
    try {
      return OriginAttributes.parseSuffix(suffix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Malformed principal " + quote(serialized) + ": " + e.getMessage(), e);
    }
  }

  /** Returns the origin without the attribute suffix, such as {@code https://a.com:8443}. */
  public String originNoSuffix() {
    return originNoSuffix;
  }

  /** Returns the origin attributes. */
  public OriginAttributes originAttributes() {
    return originAttributes;
  }

  /** Returns the lower-case scheme, without the colon. */
  public String scheme() {
    return scheme;
  }

  /**
   * Returns the canonical host (lower-case ASCII, punycode, IPv6 in brackets), or empty when the
   * URL has none ({@code about:config}, {@code file:///a}).
   */
  public Optional<String> host() {
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  /** Returns the explicit port, or -1 when the URL had none or had the scheme's default port. */
  public int port() {
    return port;
  }

  @Override
  public Kind kind() {
    return Kind.CONTENT;
  }

  /** Returns the origin plus the attribute suffix: {@code https://a.com^userContextId=2}. */
  @Override
  public String origin() {
    return origin;
  }

  /**
   * Returns whether {@code other} equals this principal: origin and attributes.
   *
   * @throws IllegalArgumentException if {@code other} is null
   */
  @Override
  public boolean subsumes(Principal other) {
    checkNotNull(other, "The principal to compare with");
    return equals(other);
  }

  @Override
  public Optional<String> site() {
    if (host.isEmpty() || scheme.equals("file")) {
      return Optional.of(origin);
    }
    return Optional.of(scheme + "://" + registrableDomain(host) + originAttributes.suffix());
  }

  /**
   * The eTLD+1 of {@code host} on the public suffix list (private entries included, as in Gecko),
   * or the host itself when it has none. A trailing dot is kept, as Gecko keeps it.
   */
  private static String registrableDomain(String host) {
    if (InetAddresses.isUriInetAddress(host) || !InternetDomainName.isValid(host)) {
      return host;
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      return host;
    }
    return name.topPrivateDomain() + (host.endsWith(".") ? "." : "");
  }

  /** Content principals are equal when their origins and attributes are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ContentPrincipal
        && originNoSuffix.equals(((ContentPrincipal) other).originNoSuffix)
        && originAttributes.equals(((ContentPrincipal) other).originAttributes);
  }

  @Override
  public int hashCode() {
    return origin.hashCode();
  }

  @Override
  public String toString() {
    return origin;
  }
}
