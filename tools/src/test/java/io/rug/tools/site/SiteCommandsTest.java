package io.rug.tools.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.tools.Rug;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandsTest {
  @TempDir Path repo;
  Path book;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  PrintStream stdout;
  PrintStream stderr;

  @BeforeEach
  void writeBookAndCaptureOutput() throws Exception {
    book = repo.resolve("book");
    Files.createDirectories(book.resolve("chapters"));
    Files.writeString(
        book.resolve("book.yaml"),
        "title: T\nparts:\n  - title: P\n    chapters:\n      - file: a.md\n      - file: b.md\n");
    Files.writeString(book.resolve("chapters/a.md"), "# A\n\nSee [B](b.md#details).\n");
    Files.writeString(book.resolve("chapters/b.md"), "# B\n\n## Details\n\nText.\n");
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true));
    System.setErr(new PrintStream(err, true));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  private int rug(String... args) {
    return Rug.commandLine().execute(args);
  }

  @Test
  void buildWritesTheSiteAndExitsZero() {
    Path site = repo.resolve("site");
    int code = rug("build", "--book", book.toString(), "--out", site.toString(), "--no-cache");
    assertThat(code).as(err.toString()).isZero();
    assertThat(site.resolve("book/a/index.html"))
        .content()
        .contains("href=\"../b/index.html#details\"");
  }

  @Test
  void rebuildAfterAnEditReusesUnchangedPagesAndMatchesAFullBuild() throws Exception {
    Path site = repo.resolve("site");
    Path cache = repo.resolve("cache").toAbsolutePath();
    String[] cached = {"build", "--book", book.toString(), "--out", site.toString()};
    cached =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(cached),
                java.util.stream.Stream.of("--cache-dir", cache.toString()))
            .toArray(String[]::new);
    assertThat(rug(cached)).isZero();
    Files.writeString(book.resolve("chapters/b.md"), "# B\n\n## Details\n\nEdited text.\n");
    err.reset();
    assertThat(rug(cached)).as(err.toString()).isZero();
    assertThat(err.toString()).contains("unchanged, linked");
    Path full = repo.resolve("full");
    assertThat(rug("build", "--book", book.toString(), "--out", full.toString(), "--no-cache"))
        .isZero();
    try (Stream<Path> files = Files.walk(full)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertThat(site.resolve(full.relativize(f).toString())).hasSameBinaryContentAs(f);
      }
    }
    assertThat(site.resolve("book/b/index.html")).content().contains("Edited text.");
  }

  @Test
  void buildsPlainOptionListsWithoutPicocliAndLeavesTheRestToIt() {
    BuildCommand c =
        BuildCommand.parsePlain(
            new String[] {"--book", "b", "--out=o", "--no-cache", "--threads", "3"});
    assertThat(c).isNotNull();
    assertThat(c.book).isEqualTo(Path.of("b"));
    assertThat(c.out).isEqualTo(Path.of("o"));
    assertThat(c.noCache).isTrue();
    assertThat(c.threads).isEqualTo(3);
    assertThat(c.baseUrl).isEqualTo("/");
    assertThat(c.cacheDir).isEqualTo(Path.of(".rug-cache/render"));
    assertThat(BuildCommand.parsePlain(new String[] {"--help"})).isNull();
    assertThat(BuildCommand.parsePlain(new String[] {"--out"})).isNull();
    assertThat(BuildCommand.parsePlain(new String[] {"--threads", "x"})).isNull();
    assertThat(BuildCommand.parsePlain(new String[] {"--bogus", "1"})).isNull();
  }

  @Test
  void buildRejectsMalformedBookYamlWithLocationAndWritesNothing() throws Exception {
    Files.writeString(book.resolve("book.yaml"), "title: T\nparts:\n  - title: [\n");
    Path site = repo.resolve("site");
    int code = rug("build", "--book", book.toString(), "--out", site.toString(), "--no-cache");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("book.yaml:4:1: invalid YAML");
    try (Stream<Path> files = Files.list(repo)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("book");
    }
  }

  @Test
  void buildRejectsMissingChapterFile() throws Exception {
    Files.delete(book.resolve("chapters/b.md"));
    int code = rug("build", "--book", book.toString(), "--out", repo.resolve("site").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("book.yaml:6:9: chapter file not found: chapters/b.md");
  }

  @Test
  void bookCheckExitsZeroWhenCleanAndOneWithOneLinePerProblem() throws Exception {
    assertThat(rug("book", "check", "--book", book.toString())).as(out.toString()).isZero();
    Files.writeString(book.resolve("chapters/a.md"), "# A\n\nSee [B](b.md#nope) and ![](x.png).\n");
    assertThat(rug("book", "check", "--book", book.toString())).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly(
            book.resolve("chapters/a.md").toAbsolutePath() + ":3:5: missing anchor #nope in b.md",
            book.resolve("chapters/a.md").toAbsolutePath() + ":3:24: image without alt text",
            book.resolve("chapters/a.md").toAbsolutePath()
                + ":3:24: broken link: x.png does not exist");
  }

  @Test
  void bookCheckPrintsJsonForScripts() throws Exception {
    Files.writeString(book.resolve("chapters/a.md"), "# A\n\n[x](#missing)\n");
    assertThat(rug("book", "check", "--book", book.toString(), "--json")).isEqualTo(1);
    assertThat(out.toString())
        .contains("\"line\": 3, \"column\": 1, \"message\": \"missing anchor #missing in a.md\"");
  }
}
