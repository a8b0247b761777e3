package io.rug.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.config.JavalinConfig;
import io.rug.site.book.BookInputException;
import io.rug.site.testing.SampleBook;
import io.rug.site.testing.TestSite;
import io.rug.site.web.book.PageMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticBuildTest {
  @TempDir Path root;

  private int build(Path out, String baseUrl, SiteSection... extra) throws IOException {
    TestSite site =
        TestSite.load(SampleBook.copyTo(root.resolve("repo")), new PageMode(true, baseUrl, false));
    List<SiteSection> sections = Stream.concat(Stream.of(site.book()), Stream.of(extra)).toList();
    return new StaticBuild(sections, new Assets(), site.frame(), baseUrl).build(out);
  }

  @Test
  void writesChapterPagesSearchIndexSitemapAssetsAndImages() throws Exception {
    Path out = root.resolve("site");
    build(out, "/docs/");
    assertThat(out.resolve("index.html"))
        .content()
        .contains("Sample Book", "book/intro/index.html");
    assertThat(out.resolve("book/intro/index.html"))
        .content()
        .contains("<h1 id=\"introduction\">Introduction</h1>")
        .contains("href=\"../gpus/index.html\"", "Edit this page")
        .contains("https://github.com/example/repo/edit/main/book/chapters/intro.md")
        .contains("rel=\"next\"");
    assertThat(out.resolve("book/batch-scheduling/index.html"))
        .content()
        .contains("<h1>Batch scheduling and MPI</h1>", "rel=\"prev\"");
    assertThat(out.resolve("search-index.js")).content().startsWith("window.RUG_SEARCH_INDEX=");
    assertThat(out.resolve("sitemap.xml")).content().contains("<loc>/docs/book/gpus/</loc>");
    assertThat(out.resolve("404.html")).content().contains("href=\"/docs/assets/site.css\"");
    assertThat(out.resolve("book/images/diagram.svg")).exists();
    assertThat(out.resolve("assets/minisearch.js")).exists();
    assertThat(out.resolve("assets/site.css"))
        .content()
        .contains("prefers-color-scheme: dark", "@media print");
  }

  @Test
  void replacesPreviousOutputCompletely() throws Exception {
    Path out = root.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale.html"), "old");
    build(out, "/");
    assertThat(out.resolve("stale.html")).doesNotExist();
    assertThat(out.resolve("index.html")).exists();
    try (Stream<Path> siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("repo", "site");
    }
  }

  @Test
  void leavesOutputUntouchedWhenASectionFails() throws Exception {
    Path out = root.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "previous build");
    SiteSection failing =
        new SiteSection() {
          public String navTitle() {
            return "Broken";
          }

          public String navPath() {
            return "broken";
          }

          public void addRoutes(JavalinConfig config) {}

          public void exportStatic(StaticSite site) throws IOException {
            site.write("broken/index.html", new byte[0]);
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> build(out, "/", failing)).hasMessage("disk full");
    assertThat(out.resolve("index.html")).content().isEqualTo("previous build");
    try (Stream<Path> siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("repo", "site");
    }
  }

  @Test
  void badFrontMatterFailsBeforeAnythingIsWritten() throws Exception {
    Path bookDir = SampleBook.copyTo(root.resolve("repo"));
    Files.writeString(bookDir.resolve("chapters/gpus.md"), "---\ntitle: [\n---\n# GPUs\n");
    assertThatThrownBy(() -> TestSite.load(bookDir, new PageMode(true, "/", false)))
        .isInstanceOf(BookInputException.class)
        .hasMessageContaining("gpus.md:3:1: invalid YAML");
  }
}
