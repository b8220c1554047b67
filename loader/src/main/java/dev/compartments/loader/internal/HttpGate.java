package dev.compartments.loader.internal;

import com.google.gson.JsonObject;
import dev.compartments.loader.PackageDescriptor;
import dev.compartments.principals.Origins;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code xhr} low-level module's backing: synchronous HTTP through {@code java.net.http}, only
 * to the origins of the requiring package's {@code permissions.network}. The origin is checked
 * before any client or connection exists.
 */
public final class HttpGate {
  private final Duration timeout;
  private HttpClient client;

  public HttpGate(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Sends the request for a package and returns {@code {"status", "body", "headers"}} as JSON.
   *
   * @throws IllegalArgumentException for a URL that is not http(s), an origin the package may not
   *     reach, or a failed request
   */
  public String request(PackageDescriptor pkg, String method, String url, String body, Map<String, String> headers) {
    String origin = originOf(url);
    if (!pkg.networkOrigins().contains(origin)) {
      throw new IllegalArgumentException(
          "xhr: package "
              + pkg.name()
              + " has no permission to reach "
              + origin
              + "; its permissions.network allows "
              + (pkg.networkOrigins().isEmpty() ? "no origin" : String.join(", ", pkg.networkOrigins())));
    }
    return send(method, url, body, headers);
  }

  /**
   * Sends the request of a requester held to {@code allowed} (a normalized origin), as {@link
   * #request}: a URL of any other origin is refused before any connection.
   */
  public String requestTo(String allowed, String method, String url, String body, Map<String, String> headers) {
    String origin = originOf(url);
    if (!origin.equals(allowed)) {
      throw new IllegalArgumentException("xhr: this requester may reach only " + allowed + ", not " + origin);
    }
    return send(method, url, body, headers);
  }

  /**
   * The normalized origin of an http(s) URL or origin.
   *
   * @throws IllegalArgumentException if {@code url} is not an http or https URL with a host
   */
  public static String originOf(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("xhr: " + Json.quote(url) + " is not an http or https URL");
      }
      return Origins.normalize(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("xhr: " + Json.quote(url) + " is not a valid URL", e);
    }
  }

  private String send(String method, String url, String body, Map<String, String> headers) {
    String verb = method.toUpperCase(Locale.ROOT);
    if (!verb.matches("GET|POST|PUT|DELETE|HEAD|PATCH")) {
      throw new IllegalArgumentException("xhr: unsupported method " + Json.quote(method));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (Map.Entry<String, String> header : headers.entrySet()) {
      try {
        builder.header(header.getKey(), header.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("xhr: header " + Json.quote(header.getKey()) + " may not be set", e);
      }
    }
    HttpResponse<String> response;
    try {
      response = client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalArgumentException("xhr: " + verb + " " + url + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("xhr: " + verb + " " + url + " was interrupted", e);
    }
    JsonObject out = new JsonObject();
    out.addProperty("status", response.statusCode());
    out.addProperty("body", response.body());
    JsonObject responseHeaders = new JsonObject();
    Map<String, String> sorted = new TreeMap<>();
    response.headers().map().forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    sorted.forEach(responseHeaders::addProperty);
    out.add("headers", responseHeaders);
    return Json.compact(out);
  }

  private HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }
    return client;
  }
}
