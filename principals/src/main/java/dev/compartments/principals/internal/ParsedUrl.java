package dev.compartments.principals.internal;

/**
 * What {@link UrlParser} makes of a URL: either an origin, or the reason the URL has none (and so
 * gets a null principal). Immutable and thread-safe.
 */
public sealed interface ParsedUrl {

  /**
   * A URL with an origin.
   *
   * @param scheme the lower-case scheme, without the colon
   * @param host the canonical host ({@code [..]} around IPv6), or {@code ""} when there is none
   * @param port the explicit non-default port, or -1
   * @param originNoSuffix the serialized origin: {@code scheme://host[:port]}, or the whole
   *     normalized spec for {@code about:} and {@code file:}
   */
  record WithOrigin(String scheme, String host, int port, String originNoSuffix)
      implements ParsedUrl {}

  /**
   * A well-formed URL without an origin ({@code data:}, {@code about:blank}, {@code javascript:},
   * {@code scheme:opaque}).
   *
   * @param reason why it has no origin, as a clause after "because" ("it is a data: URL")
   */
  record WithoutOrigin(String reason) implements ParsedUrl {}
}
