package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.quote;

import dev.compartments.principals.internal.ParsedUrl;
import dev.compartments.principals.internal.UrlParser;

/**
 * Origins of URLs, as Gecko's {@code ContentPrincipal} computes them. Immutable and thread-safe
 * (stateless).
 *
 * <p>The origin of a URL is:
 *
 * <ul>
 *   <li>{@code scheme://host[:port]} for URLs with an authority: the scheme lower-cased; the host
 *       lower-cased, internationalized names converted to punycode (IDNA 2003, as {@link
 *       java.net.IDN} implements it), IPv4 addresses in any URL Standard spelling ({@code 127.1},
 *       {@code 0x7f.0.0.1}) written as a dotted quad, IPv6 addresses in brackets in their
 *       compressed lower-case form ({@code [2001:db8::1]}); the port dropped when it is the
 *       scheme's default (http 80, https 443, ws 80, wss 443, ftp 21) or empty; userinfo, path,
 *       query and fragment dropped. For http, https, ws, wss and ftp, {@code \} counts as {@code /}
 *       and any run of slashes may follow the colon, as in the URL Standard ({@code http:a.com} is
 *       {@code http://a.com}). A trailing dot in the host is kept, as Gecko keeps it: {@code
 *       https://a.com.} and {@code https://a.com} are different origins.
 *   <li>for {@code about:} URLs, the spec without query and fragment ({@code about:config}); the
 *       name keeps its case.
 *   <li>for {@code file:} URLs, the whole spec without query and fragment (which never change the
 *       file read), with {@code .} and {@code ..} segments resolved and {@code localhost} taken as
 *       no host: {@code file:///home/a/b.html}.
 *   <li>for {@code blob:} URLs, the origin of the URL inside ({@code blob:https://a.com/uuid} is
 *       {@code https://a.com}).
 * </ul>
 *
 * <p>In {@code about:} and {@code file:} origins, spaces, controls, non-ASCII characters and
 * {@code "<>`{}^} are percent-encoded, so that no origin contains {@code ^} (which starts the
 * attribute suffix) or a space (which would make {@code [Expanded Principal [o1, o2]]} ambiguous).
 *
 * <p>These URLs have no origin and give a null principal: {@code about:blank} (any case, with any
 * query or fragment), {@code data:}, {@code javascript:}, URLs of other schemes without an
 * authority ({@code mailto:a@b.com}), and {@code blob:} URLs whose inner URL has no {@code
 * scheme://host} origin.
 *
 * <p>Stricter than the URL Standard, on purpose: tabs, newlines and other controls are rejected,
 * never silently removed; {@code %} in a host is rejected, not decoded; empty host labels ({@code
 * a..b}) are rejected.
 */
public final class Origins {
  private Origins() {}

  /**
   * Returns the origin of {@code url}, without attribute suffix.
   *
   * @throws IllegalArgumentException naming {@code url} if it is null or malformed (no scheme, an
   *     empty or invalid host, a port outside 0..65535, unbalanced brackets), or has no origin
   *     ({@code data:}, {@code about:blank})
   */
  public static String normalize(String url) {
    ParsedUrl parsed = UrlParser.parse(url);
    if (parsed instanceof ParsedUrl.WithoutOrigin) {
      throw new IllegalArgumentException(
          "URL "
              + quote(url)
              + " has no origin because "
              + ((ParsedUrl.WithoutOrigin) parsed).reason()
              + "; Principal.fromUrl gives it a null principal");
    }
    return ((ParsedUrl.WithOrigin) parsed).originNoSuffix();
  }
}
