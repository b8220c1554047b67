package dev.compartments.engine.internal;

import dev.compartments.principals.ContentPrincipal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.CrossOriginLocation;
import dev.compartments.wrappers.HostMember;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * A window's {@code Location}: an instance of the engine's {@code Location} host class, parented to
 * its window, whose members (unforgeable own properties, as in a browser) read and navigate the
 * window's current URL. Navigating only records the URL (see {@link WindowGlobal#navigate}).
 *
 * <p>Not thread-safe beyond what its window is.
 */
public final class LocationObject extends ScriptableObject implements CrossOriginLocation, HostClassDef.Instance {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Integer> DEFAULT_PORTS =
      Map.of("http", 80, "https", 443, "ws", 80, "wss", 443, "ftp", 21);

  private final transient WindowGlobal window;
  private final transient HostClasses.Installed installed;

  LocationObject(WindowGlobal window, HostClasses.Installed installed) {
    super(window, installed.prototype());
    this.window = window;
    this.installed = installed;
  }

  /** The window this Location belongs to. */
  public WindowGlobal window() {
    return window;
  }

  @Override
  public void assignHref(String href) {
    window.navigate(href, false, "Location.href setter");
  }

  @Override
  public void replace(String url) {
    window.navigate(url, true, "Location.replace");
  }

  @Override
  public HostClassDef hostClassDef() {
    return installed.def();
  }

  @Override
  public HostMember hostMember(String name) {
    return installed.member(name);
  }

  @Override
  public List<String> hostMemberNames() {
    return installed.memberNames();
  }

  @Override
  public String getClassName() {
    return "Location";
  }

  // ---- URL parts ----

  /**
   * {@code href} resolved against {@code base}, as an absolute URL.
   *
   * @throws org.mozilla.javascript.EcmaError {@code SyntaxError: <caller>: '<href>' is not a valid
   *     URL.} if the result is not a valid absolute URL (an error scripts can catch, whichever path
   *     they came by)
   */
  static String resolve(String base, String href, String caller) {
    try {
      URI reference = new URI(href.strip());
      if (reference.isAbsolute()) {
        return reference.toString();
      }
      URI baseUri = new URI(base);
      if (!baseUri.isOpaque() && baseUri.getRawAuthority() != null
          && (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty())) {
        baseUri = baseUri.resolve("/");
      }
      URI resolved = baseUri.resolve(reference);
      if (!resolved.isAbsolute()) {
        throw new IllegalArgumentException("not absolute");
      }
      return resolved.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw ScriptRuntime.constructError("SyntaxError", caller + ": '" + href + "' is not a valid URL.");
    }
  }

  private static URI parseOrNull(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The serialized origin of {@code url}: {@code scheme://host[:port]}, or {@code "null"}. */
  static String origin(String url) {
    try {
      Principal principal = Principal.fromUrl(url);
      return principal instanceof ContentPrincipal ? ((ContentPrincipal) principal).originNoSuffix() : "null";
    } catch (IllegalArgumentException e) {
      return "null";
    }
  }

  static String protocol(String url) {
    URI uri = parseOrNull(url);
    return uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT) + ":";
  }

  static String hostname(String url) {
    URI uri = parseOrNull(url);
    return uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
  }

  static String port(String url) {
    URI uri = parseOrNull(url);
    if (uri == null || uri.getPort() < 0 || uri.getScheme() == null) {
      return "";
    }
    Integer standard = DEFAULT_PORTS.get(uri.getScheme().toLowerCase(java.util.Locale.ROOT));
    return standard != null && standard == uri.getPort() ? "" : Integer.toString(uri.getPort());
  }

  static String host(String url) {
    String port = port(url);
    return port.isEmpty() ? hostname(url) : hostname(url) + ":" + port;
  }

  static String pathname(String url) {
    URI uri = parseOrNull(url);
    if (uri == null) {
      return "";
    }
    if (uri.isOpaque()) {
      return uri.getRawSchemeSpecificPart();
    }
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? (uri.getRawAuthority() != null ? "/" : "") : path;
  }

  static String search(String url) {
    URI uri = parseOrNull(url);
    return uri == null || uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? "" : "?" + uri.getRawQuery();
  }

  static String hash(String url) {
    URI uri = parseOrNull(url);
    return uri == null || uri.getRawFragment() == null || uri.getRawFragment().isEmpty()
        ? ""
        : "#" + uri.getRawFragment();
  }
}
