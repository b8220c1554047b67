package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.engine.ScriptException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xhr} against real servers on loopback: only the package's permissions.network origins. */
class LoaderNetworkTest {
  @TempDir Path dir;
  private LoopbackServer allowed;
  private LoopbackServer other;

  /**
   * A tiny HTTP/1.1 server on 127.0.0.1, port 0, counting the connections it accepts; it answers
   * each request with "METHOD PATH BODY". (java.base only: com.sun.net.httpserver is in a module
   * the loader's patched test module does not read.)
   */
  static final class LoopbackServer implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger connections = new AtomicInteger();
    private final Thread thread;

    LoopbackServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      thread = new Thread(this::serve, "loopback-http-" + socket.getLocalPort());
      thread.setDaemon(true);
      thread.start();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept()) {
          connections.incrementAndGet();
          answer(client);
        } catch (IOException e) {
          // closed: stop serving
        }
      }
    }

    private static void answer(Socket client) throws IOException {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      String[] lines = head.split("\r\n");
      String[] first = lines[0].split(" ");
      int length = 0;
      for (String line : lines) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      byte[] out = (first[0] + " " + first[1] + " " + body).getBytes(StandardCharsets.UTF_8);
      OutputStream o = client.getOutputStream();
      o.write(("HTTP/1.1 200 OK\r\nContent-Length: " + out.length + "\r\nX-Test: yes\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      o.write(out);
      o.flush();
    }

    private static String readHead(InputStream in) throws IOException {
      StringBuilder head = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        head.append((char) c);
        if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
          break;
        }
      }
      return head.toString();
    }

    String origin() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @BeforeEach
  void startServers() throws IOException {
    allowed = new LoopbackServer();
    other = new LoopbackServer();
  }

  @AfterEach
  void stopServers() throws IOException {
    allowed.close();
    other.close();
  }

  private static String origin(LoopbackServer server) {
    return server.origin();
  }

  private Path pkg(String main) throws IOException {
    return LoaderTest.write(dir,
        "{\"name\": \"net\", \"permissions\": {\"network\": [\"" + origin(allowed) + "\"]}}",
        Map.of("lib/main.js", main));
  }

  private String run(Path p) {
    StringWriter out = new StringWriter();
    Loader.load(p, LoaderOptions.to(new PrintWriter(out)));
    return out.toString();
  }

  @Test
  void aPermittedOrigin_isReached() throws IOException {
    Path p = pkg("const xhr = require('xhr');\nconst console = require('console');\n"
        + "var r = xhr.get('" + origin(allowed) + "/hello');\n"
        + "console.log(r.status, r.body, r.headers['x-test']);\n"
        + "var q = xhr.request({method: 'POST', url: '" + origin(allowed) + "/p', body: 'data'});\n"
        + "console.log(q.status, q.body);\n");
    assertEquals("200 GET /hello  yes\n200 POST /p data\n", run(p));
    assertEquals(2, allowed.connections.get());
  }

  @Test
  void anotherOrigin_throwsBeforeAnyConnection() throws IOException {
    Path p = pkg("const xhr = require('xhr');\nxhr.get('" + origin(other) + "/secret');\n");
    ScriptException e = assertThrows(ScriptException.class, () -> run(p));
    assertEquals(
        "xhr: package net has no permission to reach " + origin(other) + "; its permissions.network allows " + origin(allowed),
        e.errorMessage());
    assertEquals(2, e.lineNumber());
    assertEquals(0, other.connections.get());
    assertEquals(0, allowed.connections.get());
  }

  @Test
  void aPackageWithoutNetworkPermission_reachesNothing() throws IOException {
    Path p = LoaderTest.write(dir, "{\"name\": \"quiet\"}",
        Map.of("lib/main.js", "require('xhr').get('" + origin(allowed) + "/');\n"));
    ScriptException e = assertThrows(ScriptException.class, () -> run(p));
    assertEquals("xhr: package quiet has no permission to reach " + origin(allowed) + "; its permissions.network allows no origin",
        e.errorMessage());
    assertEquals(0, allowed.connections.get());
  }

  @Test
  void aNonHttpUrl_isRefused() throws IOException {
    Path p = pkg("require('xhr').get('file:///etc/passwd');\n");
    ScriptException e = assertThrows(ScriptException.class, () -> run(p));
    assertEquals("xhr: \"file:///etc/passwd\" is not an http or https URL", e.errorMessage());
  }
}
