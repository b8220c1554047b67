package dev.compartments.cli.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tiny Twitter-like service on loopback for the statusbar example (DESIGN.md section 8): the
 * server the example's {@code restricted-xhr} component talks to.
 *
 * <ul>
 *   <li>{@code GET /api/unread} with {@code Authorization: Bearer <token>}: {@code 200
 *       {"count": n}}, the number of unread incoming messages.
 *   <li>{@code POST /api/messages} with the same header and a body {@code {"text": "..."}}: stores
 *       the message as posted and answers {@code 201 {"id": n}}; {@code 400} for another body.
 *   <li>{@code GET /inbox}: a small HTML page listing the incoming messages (no sign-in: it stands
 *       in for a page the browser shows with its own session).
 * </ul>
 *
 * An API request without the right token gets {@code 401 {"error": "..."}}; a known path with
 * another method {@code 405}; any other path {@code 404}. Every request is {@linkplain #requests()
 * logged} with whether it carried the right token.
 *
 * <p>It listens on 127.0.0.1 on an ephemeral port, never on another interface. Thread-safe: the
 * host may add messages and read the log while the server answers requests on its own thread.
 */
public final class TwitterLikeServer implements AutoCloseable {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final byte[] token;
  private final List<String> incoming = new ArrayList<>();
  private final List<String> posted = new ArrayList<>();
  private final List<LoggedRequest> requests = new ArrayList<>();
  private int unread;
  private HttpServer server;
  private boolean closed;

  /**
   * One request as the server saw it.
   *
   * @param method the HTTP method, upper case
   * @param path the request path, without the query
   * @param authorized whether it carried {@code Authorization: Bearer <token>} with the right token
   */
  public record LoggedRequest(String method, String path, boolean authorized) {
    /** Checks for null. */
    public LoggedRequest {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }
  }

  private TwitterLikeServer(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A server, not yet started, that accepts {@code token} as the bearer token.
   *
   * @throws IllegalArgumentException if the token is empty or holds a character outside printable
   *     ASCII
   */
  public static TwitterLikeServer withToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("the token must be non-empty printable ASCII without spaces, got \"" + token + "\"");
    }
    return new TwitterLikeServer(token);
  }

  /**
   * Starts listening on 127.0.0.1, on a port the system picks.
   *
   * @return this server
   * @throws IllegalStateException if it was started before
   * @throws UncheckedIOException if the socket cannot be opened
   */
  public synchronized TwitterLikeServer start() {
    if (server != null || closed) {
      throw new IllegalStateException("this server was already started or closed");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1: " + e.getMessage(), e);
    }
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /**
   * The port it listens on.
   *
   * @throws IllegalStateException if it is not started
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("the server is not started");
    }
    return server.getAddress().getPort();
  }

  /** {@code 127.0.0.1:<port>}: the answer to the example's DOMAIN question. */
  public String host() {
    return "127.0.0.1:" + port();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String origin() {
    return "http://" + host();
  }

  /** Adds an incoming message, unread: the next {@code GET /api/unread} counts it. */
  public synchronized void receive(String text) {
    incoming.add(Objects.requireNonNull(text, "text"));
    unread++;
  }

  /** Marks every incoming message read. */
  public synchronized void markAllRead() {
    unread = 0;
  }

  /** How many incoming messages are unread. */
  public synchronized int unreadCount() {
    return unread;
  }

  /** The texts posted through {@code POST /api/messages}, in order. */
  public synchronized List<String> posted() {
    return List.copyOf(posted);
  }

  /** Every request so far, in the order they arrived. */
  public synchronized List<LoggedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Stops listening; idempotent. */
  @Override
  public void close() {
    HttpServer running;
    synchronized (this) {
      running = closed ? null : server;
      closed = true;
    }
    // Outside the lock: stopping waits for the server's thread, which may be waiting for the lock.
    if (running != null) {
      running.stop(0);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getRawPath();
      boolean authorized = authorized(exchange.getRequestHeaders().getFirst("Authorization"));
      synchronized (this) {
        requests.add(new LoggedRequest(method, path, authorized));
      }
      switch (path) {
        case "/api/unread" -> {
          if (!method.equals("GET")) {
            error(exchange, 405, "use GET for /api/unread");
          } else if (!authorized) {
            error(exchange, 401, "sign in with Authorization: Bearer <token>");
          } else {
            JsonObject out = new JsonObject();
            out.addProperty("count", unreadCount());
            send(exchange, 200, "application/json", out.toString());
          }
        }
        case "/api/messages" -> {
          if (!method.equals("POST")) {
            error(exchange, 405, "use POST for /api/messages");
          } else if (!authorized) {
            error(exchange, 401, "sign in with Authorization: Bearer <token>");
          } else {
            post(exchange);
          }
        }
        case "/inbox" -> {
          if (!method.equals("GET")) {
            error(exchange, 405, "use GET for /inbox");
          } else {
            send(exchange, 200, "text/html; charset=utf-8", inboxPage());
          }
        }
        default -> error(exchange, 404, "no such path: " + path);
      }
    }
  }

  private void post(HttpExchange exchange) throws IOException {
    String text = null;
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length <= MAX_BODY_BYTES) {
      try {
        JsonElement body = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
        JsonElement t = body.isJsonObject() ? body.getAsJsonObject().get("text") : null;
        if (t != null && t.isJsonPrimitive() && t.getAsJsonPrimitive().isString()) {
          text = t.getAsString();
        }
      } catch (JsonParseException e) {
        text = null;
      }
    }
    if (text == null) {
      error(exchange, 400, "the body must be {\"text\": \"...\"} of at most " + MAX_BODY_BYTES + " bytes");
      return;
    }
    int id;
    synchronized (this) {
      posted.add(text);
      id = posted.size();
    }
    JsonObject out = new JsonObject();
    out.addProperty("id", id);
    send(exchange, 201, "application/json", out.toString());
  }

  private synchronized String inboxPage() {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Inbox</title></head><body>\n");
    page.append("<h1>Inbox</h1>\n<p>").append(unread).append(" unread</p>\n<ul>\n");
    for (String message : incoming) {
      page.append("<li>").append(escapeHtml(message)).append("</li>\n");
    }
    page.append("</ul>\n</body></html>\n");
    return page.toString();
  }

  private boolean authorized(String header) {
    String prefix = "Bearer ";
    if (header == null || !header.startsWith(prefix)) {
      return false;
    }
    // Constant time in the token's bytes, so timing does not tell how much of a guess was right.
    return MessageDigest.isEqual(token, header.substring(prefix.length()).getBytes(StandardCharsets.UTF_8));
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    JsonObject out = new JsonObject();
    out.addProperty("error", message);
    send(exchange, status, "application/json", out.toString());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
