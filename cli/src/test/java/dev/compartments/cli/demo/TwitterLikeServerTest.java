package dev.compartments.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.cli.demo.TwitterLikeServer.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwitterLikeServerTest {
  private static final String TOKEN = "s3cret";

  private TwitterLikeServer server;

  /** A response: its status and body. */
  private record Response(int status, String body, String contentType) {}

  @BeforeEach
  void start() {
    server = TwitterLikeServer.withToken(TOKEN).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response send(String method, String path, String authorization, String body) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(server.origin() + path).toURL().openConnection();
    try {
      connection.setRequestMethod(method);
      if (authorization != null) {
        connection.setRequestProperty("Authorization", authorization);
      }
      if (body != null) {
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body.getBytes(StandardCharsets.UTF_8));
        }
      }
      int status = connection.getResponseCode();
      InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      String text;
      try (in) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new Response(status, text, connection.getContentType());
    } finally {
      connection.disconnect();
    }
  }

  private Response get(String path, String authorization) throws IOException {
    return send("GET", path, authorization, null);
  }

  @Test
  void listensOnLoopbackOnAnEphemeralPort() {
    assertTrue(server.port() > 0);
    assertEquals("127.0.0.1:" + server.port(), server.host());
    assertEquals("http://127.0.0.1:" + server.port(), server.origin());
  }

  @Test
  void unread_withTheToken_countsIncomingMessages() throws IOException {
    assertEquals(new Response(200, "{\"count\":0}", "application/json"), get("/api/unread", "Bearer s3cret"));
    server.receive("one");
    server.receive("two");
    assertEquals(new Response(200, "{\"count\":2}", "application/json"), get("/api/unread", "Bearer s3cret"));
    server.markAllRead();
    assertEquals(0, server.unreadCount());
    assertEquals(new Response(200, "{\"count\":0}", "application/json"), get("/api/unread", "Bearer s3cret"));
  }

  @Test
  void unread_withoutOrWithAWrongToken_is401AndLoggedAsUnauthorized() throws IOException {
    Response expected = new Response(401, "{\"error\":\"sign in with Authorization: Bearer <token>\"}", "application/json");
    assertEquals(expected, get("/api/unread", null));
    assertEquals(expected, get("/api/unread", "Bearer wrong"));
    assertEquals(expected, get("/api/unread", "Bearer s3cret2"));
    assertEquals(expected, get("/api/unread", "Basic s3cret"));
    assertEquals(
        List.of(
            new LoggedRequest("GET", "/api/unread", false),
            new LoggedRequest("GET", "/api/unread", false),
            new LoggedRequest("GET", "/api/unread", false),
            new LoggedRequest("GET", "/api/unread", false)),
        server.requests());
  }

  @Test
  void postMessage_withTheToken_storesItAnd201() throws IOException {
    assertEquals(
        new Response(201, "{\"id\":1}", "application/json"),
        send("POST", "/api/messages", "Bearer s3cret", "{\"text\":\"hello\"}"));
    assertEquals(
        new Response(201, "{\"id\":2}", "application/json"),
        send("POST", "/api/messages", "Bearer s3cret", "{\"text\":\"again\"}"));
    assertEquals(List.of("hello", "again"), server.posted());
    assertEquals(List.of(new LoggedRequest("POST", "/api/messages", true), new LoggedRequest("POST", "/api/messages", true)), server.requests());
  }

  @Test
  void postMessage_withoutTheToken_is401AndStoresNothing() throws IOException {
    assertEquals(
        new Response(401, "{\"error\":\"sign in with Authorization: Bearer <token>\"}", "application/json"),
        send("POST", "/api/messages", null, "{\"text\":\"hello\"}"));
    assertEquals(List.of(), server.posted());
  }

  @Test
  void postMessage_withABadBody_is400() throws IOException {
    for (String body : List.of("not json", "{\"text\": 3}", "[\"text\"]", "{}")) {
      assertEquals(
          new Response(400, "{\"error\":\"the body must be {\\\"text\\\": \\\"...\\\"} of at most 65536 bytes\"}", "application/json"),
          send("POST", "/api/messages", "Bearer s3cret", body),
          body);
    }
    assertEquals(List.of(), server.posted());
  }

  @Test
  void inbox_isHtmlWithTheMessagesEscaped() throws IOException {
    server.receive("<script>alert('hi')</script> & more");
    Response inbox = get("/inbox", null);
    assertEquals(200, inbox.status());
    assertEquals("text/html; charset=utf-8", inbox.contentType());
    assertTrue(inbox.body().contains("<p>1 unread</p>"), inbox.body());
    assertTrue(inbox.body().contains("<li>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; more</li>"), inbox.body());
    assertEquals(List.of(new LoggedRequest("GET", "/inbox", false)), server.requests());
  }

  @Test
  void wrongMethodIs405_unknownPathIs404() throws IOException {
    assertEquals(
        new Response(405, "{\"error\":\"use GET for /api/unread\"}", "application/json"),
        send("POST", "/api/unread", "Bearer s3cret", "{}"));
    assertEquals(new Response(405, "{\"error\":\"use POST for /api/messages\"}", "application/json"), get("/api/messages", "Bearer s3cret"));
    assertEquals(new Response(404, "{\"error\":\"no such path: /admin\"}", "application/json"), get("/admin", "Bearer s3cret"));
    assertEquals(
        List.of(
            new LoggedRequest("POST", "/api/unread", true),
            new LoggedRequest("GET", "/api/messages", true),
            new LoggedRequest("GET", "/admin", true)),
        server.requests());
  }

  @Test
  void tokenMustBePrintableAscii() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TwitterLikeServer.withToken("a b"));
    assertEquals("the token must be non-empty printable ASCII without spaces, got \"a b\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TwitterLikeServer.withToken(""));
  }

  @Test
  void portBeforeStart_andStartTwice_areRefused() {
    try (TwitterLikeServer fresh = TwitterLikeServer.withToken(TOKEN)) {
      IllegalStateException notStarted = assertThrows(IllegalStateException.class, fresh::port);
      assertEquals("the server is not started", notStarted.getMessage());
    }
    IllegalStateException twice = assertThrows(IllegalStateException.class, server::start);
    assertEquals("this server was already started or closed", twice.getMessage());
  }

  @Test
  void close_isIdempotentAndStopsListening() {
    String origin = server.origin();
    server.close();
    server.close();
    assertThrows(IOException.class, () -> URI.create(origin + "/inbox").toURL().openConnection().getInputStream().close());
  }
}
