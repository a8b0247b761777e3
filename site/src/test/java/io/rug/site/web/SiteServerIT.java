package io.rug.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javalin.Javalin;
import io.rug.site.testing.SampleBook;
import io.rug.site.testing.TestSite;
import io.rug.site.web.book.ChapterWatcher;
import io.rug.site.web.book.PageMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerIT {
  @TempDir Path root;
  Path bookDir;
  TestSite site;
  Javalin app;
  ChapterWatcher watcher;
  final LiveReload live = new LiveReload();
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    bookDir = SampleBook.copyTo(root);
    site = TestSite.load(bookDir, new PageMode(false, "/", true));
    app =
        new SiteServer(
                List.of(site.book()), new Assets(), site.book().notFoundPage(), Optional.of(live))
            .start("127.0.0.1", 0);
    watcher =
        new ChapterWatcher(site.book(), live, new PrintStream(new ByteArrayOutputStream())).start();
  }

  @AfterEach
  void stop() throws Exception {
    watcher.close();
    app.stop();
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (headers.length > 0) {
      req.headers(headers);
    }
    return http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String text(String path) throws Exception {
    return new String(get(path).body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void servesHomeChapterPagesAssetsAndImages() throws Exception {
    assertThat(text("/")).contains("Sample Book", "href=\"book/intro/\"");
    HttpResponse<byte[]> chapter = get("/book/gpus/");
    assertThat(chapter.statusCode()).isEqualTo(200);
    assertThat(chapter.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(new String(chapter.body()))
        .contains("<h2 id=\"sharing-gpus\">", "aria-current=\"page\"");
    assertThat(get("/book/gpus/index.html").statusCode()).isEqualTo(200);
    assertThat(get("/assets/site.css").statusCode()).isEqualTo(200);
    assertThat(get("/search-index.js").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> image = get("/book/images/diagram.svg");
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
  }

  @Test
  void redirectsChapterWithoutSlashAndAnswersUnknownPathsWith404Page() throws Exception {
    HttpResponse<byte[]> redirect = get("/book/gpus");
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/book/gpus/");
    HttpResponse<byte[]> missing = get("/book/no-such-chapter/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(new String(missing.body())).contains("Page not found");
    assertThat(get("/book/..%2F..%2Fmanifests/namespace.yaml").statusCode()).isEqualTo(404);
    assertThat(get("/book/intro.md").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> noRoute = get("/no-such-page");
    assertThat(noRoute.statusCode()).isEqualTo(404);
    assertThat(new String(noRoute.body())).contains("Page not found");
  }

  @Test
  void answersConditionalRequestsWith304AndCompressesWhenAsked() throws Exception {
    HttpResponse<byte[]> first = get("/book/intro/");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/book/intro/", "If-None-Match", etag).statusCode()).isEqualTo(304);
    HttpResponse<byte[]> gz = get("/book/intro/", "Accept-Encoding", "gzip");
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] plain = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.body())).readAllBytes();
    assertThat(plain).isEqualTo(first.body());
  }

  @Test
  void reRendersAnEditedChapterAndTellsOpenPagesToReload() throws Exception {
    CompletableFuture<Boolean> reloaded = new CompletableFuture<>();
    HttpRequest sse =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + LiveReload.PATH))
            .header("Accept", "text/event-stream")
            .build();
    http.sendAsync(sse, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            r -> {
              try (Stream<String> lines = r.body()) {
                lines
                    .filter(l -> l.contains("reload"))
                    .findFirst()
                    .ifPresent(l -> reloaded.complete(true));
              }
            });
    await().atMost(Duration.ofSeconds(5)).until(() -> live.connectedClients() == 1);

    Path gpus = bookDir.resolve("chapters/gpus.md");
    Files.writeString(gpus, Files.readString(gpus) + "\nA freshly edited paragraph.\n");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(text("/book/gpus/")).contains("A freshly edited paragraph."));
    assertThat(reloaded.get(10, TimeUnit.SECONDS)).isTrue();
  }
}
