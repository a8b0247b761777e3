package io.rug.tools.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.tools.Rug;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every build with the on-disk caches (rendered chapters, book.yaml, search index parts, reused
 * pages) must give the bytes of a fresh build without them, whatever changed in between and
 * whatever state the cache files are in.
 */
class CachedRebuildTest {
  @TempDir Path repo;
  Path book;
  Path site;
  Path cache;
  PrintStream stderr;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeBook() throws Exception {
    book = repo.resolve("book");
    site = repo.resolve("site");
    cache = repo.resolve("cache");
    Files.createDirectories(book.resolve("chapters"));
    Files.writeString(
        book.resolve("book.yaml"),
        "title: T\nparts:\n  - title: P\n    chapters:\n      - file: a.md\n      - file: b.md\n"
            + "  - title: Q\n    chapters:\n      - file: c.md\n");
    Files.writeString(book.resolve("chapters/a.md"), "# Alpha\n\nSee [B](b.md#details).\n");
    Files.writeString(
        book.resolve("chapters/b.md"),
        "# Beta\n\n## Details\n\nText with `code`.\n\n```java\nclass B {}\n```\n");
    Files.writeString(
        book.resolve("chapters/c.md"), "# Gamma\n\n## Search me\n\nWords \"quoted\".\n");
    stderr = System.err;
    System.setErr(new PrintStream(err, true));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(stderr);
  }

  private void cachedBuild() {
    err.reset(); // the tests read what this build printed
    build(site, "--cache-dir", cache.toString());
  }

  private Map<String, String> freshBuild() throws Exception {
    Path fresh = repo.resolve("fresh");
    build(fresh, "--no-cache", "--cache-dir", repo.resolve("fresh-tree").toString());
    return tree(fresh);
  }

  private void build(Path out, String... options) {
    List<String> args = new ArrayList<>(List.of("build", "--book", book.toString()));
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(options));
    int code = Rug.commandLine().execute(args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }

  private static Map<String, String> tree(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(
            dir.relativize(p).toString(),
            new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private void assertCachedBuildEqualsFreshBuild() throws Exception {
    cachedBuild();
    assertThat(tree(site)).isEqualTo(freshBuild());
  }

  private List<Path> cacheFiles() throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void anEditedChapterIsRenderedAgainAndTheRestReused() throws Exception {
    cachedBuild();
    Files.writeString(
        book.resolve("chapters/b.md"),
        "# Beta\n\n## Details\n\nEdited words.\n\n```java\nclass B {}\n```\n");
    assertCachedBuildEqualsFreshBuild();
    assertThat(err.toString()).contains("unchanged, linked");
    assertThat(site.resolve("search-index.js")).content().contains("edited");
  }

  @Test
  void aRenamedChapterChangesItsNeighboursLinksAndEveryPagesSidebar() throws Exception {
    cachedBuild();
    Files.writeString(book.resolve("chapters/a.md"), "# Alpha Renamed\n\nSee [B](b.md#details).\n");
    assertCachedBuildEqualsFreshBuild();
    assertThat(site.resolve("book/b/index.html")).content().contains("Alpha Renamed");
    assertThat(site.resolve("book/c/index.html")).content().contains("Alpha Renamed");
    assertThat(site.resolve("index.html")).content().contains("Alpha Renamed");
  }

  @Test
  void aChangedBookYamlChangesEveryPage() throws Exception {
    cachedBuild();
    Path yaml = book.resolve("book.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("title: T\n", "title: New Site\n"));
    assertCachedBuildEqualsFreshBuild();
    assertThat(site.resolve("book/c/index.html")).content().contains("New Site");
    Files.writeString(yaml, Files.readString(yaml).replace("      - file: b.md\n", ""));
    assertCachedBuildEqualsFreshBuild();
    assertThat(site.resolve("book/b")).doesNotExist();
  }

  @Test
  void truncatedCacheFilesAreIgnored() throws Exception {
    cachedBuild();
    cachedBuild();
    for (Path f : cacheFiles()) {
      byte[] bytes = Files.readAllBytes(f);
      Files.write(f, Arrays.copyOf(bytes, bytes.length / 2));
    }
    Files.writeString(book.resolve("chapters/c.md"), "# Gamma\n\nShorter.\n");
    assertCachedBuildEqualsFreshBuild();
  }

  @Test
  void damagedCacheFilesAreIgnored() throws Exception {
    cachedBuild();
    cachedBuild();
    for (Path f : cacheFiles()) {
      byte[] bytes = Files.readAllBytes(f);
      for (int i = 9; i < bytes.length; i += 7) {
        bytes[i] ^= 0x21; // keeps the length, changes the content
      }
      Files.write(f, bytes);
    }
    assertCachedBuildEqualsFreshBuild();
    Files.writeString(book.resolve("chapters/a.md"), "# Alpha\n\nChanged after the damage.\n");
    assertCachedBuildEqualsFreshBuild();
  }
}
