package io.rug.awesome.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rug.site.web.Assets;
import io.rug.site.web.StaticBuild;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwesomeSectionIT {
  @TempDir Path dir;
  private TestAwesomeSite site;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    site = new TestAwesomeSite(dir);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(site.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long entries(String html) {
    return Pattern.compile("class=\"awesome-entry\"").matcher(html).results().count();
  }

  @Test
  void listPageShowsEveryEntryWithSectionNavigationAndCount() throws Exception {
    HttpResponse<String> r = get("/awesome/");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    long lines =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(l -> l.matches("^- \\[[^]]+]\\(https?://.+"))
            .count();
    assertThat(entries(html)).isEqualTo(lines).isGreaterThanOrEqualTo(80);
    assertThat(html)
        .contains("<strong>" + lines + "</strong> entries")
        .contains("<nav class=\"awesome-sections\" aria-label=\"List sections\">")
        .contains("href=\"#batch-and-hpc-scheduling\"")
        .contains("<h2 id=\"batch-and-hpc-scheduling\">Batch and HPC Scheduling</h2>")
        .contains("<a href=\"https://volcano.sh\">Volcano</a>")
        .contains("<label for=\"awesome-q\">")
        .contains("href=\"/awesome/contributing/\">Suggest a tool</a>")
        .contains("<title>Awesome Research Computing on Kubernetes · Test Site</title>");
  }

  @Test
  void pathWithoutSlashRedirects() throws Exception {
    HttpResponse<String> r = get("/awesome");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains("/awesome/");
  }

  @Test
  void contributingGuideIsServedWithItsRulesTable() throws Exception {
    HttpResponse<String> r = get("/awesome/contributing/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Contribution Guidelines")
        .contains("<table>")
        .contains(
            "href=\"https://github.com/cncf/research-user-group/blob/main/awesome-list/code-of-conduct.md\"");
  }

  @Test
  void editsOfTheListShowOnTheNextRequest() throws Exception {
    Path readme = site.listDir.resolve("README.md");
    String text = Files.readString(readme);
    Files.writeString(
        readme,
        text.replace(
            "## Workflow Engines\n\n",
            "## Workflow Engines\n\n- [Zzz Engine](https://zzz.example.org) - Newly added.\n"));
    Files.setLastModifiedTime(readme, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(get("/awesome/").body()).contains("Zzz Engine"));
  }

  @Test
  void staticBuildWritesBothPagesWithRelativeLinks() throws Exception {
    Path out = dir.resolve("site");
    new StaticBuild(List.of(site.section), new Assets(), site.frame, "/").build(out);
    String list = Files.readString(out.resolve("awesome/index.html"));
    assertThat(entries(list)).isGreaterThanOrEqualTo(80);
    assertThat(list).contains("href=\"contributing/index.html\">Suggest a tool</a>");
    assertThat(Files.readString(out.resolve("awesome/contributing/index.html")))
        .contains("href=\"../index.html\"");
  }
}
