package io.rug.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.testing.SampleBook;
import io.rug.site.testing.TestSite;
import io.rug.site.web.book.PageMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds with a record folder recycle the tree they replaced; the output must not show it. */
class RecycledOutputTest {
  @TempDir Path root;

  private void build(Path bookDir, Path out, Optional<Path> recordDir) throws IOException {
    TestSite site = TestSite.load(bookDir, new PageMode(true, "/", false));
    new StaticBuild(
            List.of(site.book()), new Assets(), site.frame(), "/", recordDir, Files::createLink)
        .build(out);
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = dir.relativize(p).toString();
        files.put(rel, Files.isDirectory(p) ? "/" : Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void everyRebuildIntoARecycledTreeEqualsAFreshBuild() throws Exception {
    Path book = SampleBook.copyTo(root.resolve("repo"));
    Path out = root.resolve("site");
    Optional<Path> cache = Optional.of(root.resolve("cache"));
    build(book, out, cache);
    build(book, out, cache); // now the first build's tree is kept for recycling

    Files.writeString(book.resolve("chapters/intro.md"), "# Introduction\n\nRewritten.\n");
    Path kept;
    try (Stream<Path> files = Files.list(root.resolve("cache"))) {
      kept = files.filter(p -> p.toString().endsWith(".prev")).findFirst().orElseThrow();
    }
    Files.writeString(kept.resolve("stray.html"), "left over");
    Files.createDirectories(kept.resolve("book/gone/deeper"));
    Files.delete(kept.resolve("book/gpus/index.html"));
    Files.createDirectories(kept.resolve("book/gpus/index.html")); // a folder where a page goes
    build(book, out, cache);
    build(book, root.resolve("fresh"), Optional.empty());
    assertThat(tree(out)).isEqualTo(tree(root.resolve("fresh")));

    Files.writeString(
        book.resolve("book.yaml"),
        Files.readString(book.resolve("book.yaml")).replace("      - file: gpus.md\n", ""));
    build(book, out, cache);
    build(book, root.resolve("fresh"), Optional.empty());
    assertThat(tree(out)).isEqualTo(tree(root.resolve("fresh")));
    assertThat(out.resolve("book/gpus")).doesNotExist();
    try (Stream<Path> siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("repo", "site", "cache", "fresh");
    }
  }

  @Test
  void aBuildWithoutRecordOnlyRecyclesTheTreeItReplaced() throws Exception {
    Path book = SampleBook.copyTo(root.resolve("repo"));
    Path out = root.resolve("site");
    Path folder = root.resolve("cache");
    for (int i = 0; i < 3; i++) {
      Files.writeString(book.resolve("chapters/intro.md"), "# Introduction\n\nEdit " + i + "\n");
      TestSite site = TestSite.load(book, new PageMode(true, "/", false));
      new StaticBuild(List.of(site.book()), new Assets(), site.frame(), "/")
          .recyclingReplacedTree(folder)
          .build(out);
    }
    build(book, root.resolve("fresh"), Optional.empty());
    assertThat(tree(out)).isEqualTo(tree(root.resolve("fresh")));
    assertThat(out.resolve("book/intro/index.html")).content().contains("Edit 2");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .endsWith(".prev");
    }
  }

  @Test
  void aFileSharedWithTheLiveOutputIsReplacedNeverRewrittenInPlace() throws Exception {
    Path book = SampleBook.copyTo(root.resolve("repo"));
    Path out = root.resolve("site");
    Optional<Path> cache = Optional.of(root.resolve("cache"));
    Path page = book.resolve("chapters/intro.md");
    build(book, out, cache);
    build(book, out, cache);
    String before = Files.readString(out.resolve("book/intro/index.html"));

    Files.writeString(page, "# Introduction\n\nRewritten.\n");
    build(book, out, cache);

    assertThat(out.resolve("book/intro/index.html")).content().contains("Rewritten.");
    try (Stream<Path> files = Files.list(root.resolve("cache"))) {
      Path kept = files.filter(p -> p.toString().endsWith(".prev")).findFirst().orElseThrow();
      assertThat(kept.resolve("book/intro/index.html")).hasContent(before);
    }
  }
}
