package io.rug.survey.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Http1ConnectionTest {
  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/chunked",
        ex -> {
          seen.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Cookie"));
          ex.getResponseHeaders().add("Set-Cookie", "rug_form=abc; Path=/; HttpOnly");
          ex.sendResponseHeaders(200, 0); // 0: chunked
          try (OutputStream out = ex.getResponseBody()) {
            out.write("<p>“chunked”</p>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write("<p>second chunk</p>".getBytes(StandardCharsets.UTF_8));
          }
        });
    server.createContext(
        "/sized",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          seen.add(ex.getRequestMethod() + " " + new String(body, StandardCharsets.US_ASCII));
          byte[] answer = "stored".getBytes(StandardCharsets.US_ASCII);
          ex.sendResponseHeaders(422, answer.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void readsChunkedAndSizedAnswersOnOneKeptAliveConnection() throws IOException {
    try (Http1Connection http = new Http1Connection(base())) {
      Http1Connection.Response form = http.get("/chunked", "");
      assertThat(form.status()).isEqualTo(200);
      assertThat(form.cookie()).isEqualTo("rug_form=abc");
      assertThat(form.body()).isEqualTo("<p>“chunked”</p><p>second chunk</p>");

      Http1Connection.Response post = http.postForm("/sized", form.cookie(), "a=1&b=%E2%80%9C");
      assertThat(post.status()).isEqualTo(422);
      assertThat(post.body()).isEqualTo("stored");

      assertThat(http.get("/chunked", "rug_form=abc").body()).endsWith("second chunk</p>");
    }
    assertThat(seen).containsExactly("GET null", "POST a=1&b=%E2%80%9C", "GET rug_form=abc");
  }

  @Test
  void anUnreachableServerIsAnIoException() {
    Http1Connection http = new Http1Connection(base());
    server.stop(0);
    assertThatThrownBy(() -> http.get("/chunked", "")).isInstanceOf(IOException.class);
  }
}
