package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCachePruneTest {
  @TempDir Path root;

  Path entry(String name, Duration age) throws Exception {
    Path f = Files.writeString(root.resolve(name), "x");
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
    return f;
  }

  static Set<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void dropsUnusedEntriesAWeekOldAndKeepsUsedAndRecentOnes() throws Exception {
    entry("used.bin", Duration.ofDays(30));
    entry("old.bin", Duration.ofDays(8));
    entry("recent.bin", Duration.ofDays(1));
    entry("crashed.tmp", Duration.ofDays(8));
    entry("writing.tmp", Duration.ZERO);
    entry("notes.txt", Duration.ofDays(30));
    assertThat(new RenderCache(root).prune(Set.of("used"))).isEqualTo(2);
    assertThat(names(root))
        .containsExactlyInAnyOrder("used.bin", "recent.bin", "writing.tmp", "notes.txt");
  }

  @Test
  void dropsEveryUnusedEntryOnceTooManyPileUp() throws Exception {
    entry("used.bin", Duration.ZERO);
    for (int i = 0; i < 68; i++) entry("edit" + i + ".bin", Duration.ZERO); // 69 > 4 x 1 + 64
    assertThat(new RenderCache(root).prune(Set.of("used"))).isEqualTo(68);
    assertThat(names(root)).containsExactly("used.bin");
  }

  @Test
  void renderingTheBookDropsTheEntryOfAnEditedChapterOnceItIsOld() throws Exception {
    Book book = new BookLoader().load(SampleBook.copyTo(root.resolve("book")));
    Path cacheDir = root.resolve("cache");
    BookRenderer renderer =
        new BookRenderer(
            new MarkdownRenderer(new CodeHighlighter()), Optional.of(new RenderCache(cacheDir)), 1);
    renderer.renderAll(book, true);
    Set<String> first = names(cacheDir);
    for (String name : first) {
      Files.setLastModifiedTime(
          cacheDir.resolve(name), FileTime.from(Instant.now().minus(Duration.ofDays(8))));
    }
    Book.ChapterRef intro = book.chapterBySlug("intro").orElseThrow();
    Files.writeString(book.chapterPath(intro), "\nedited\n", StandardOpenOption.APPEND);
    renderer.renderAll(book, true);
    Set<String> second = names(cacheDir);
    assertThat(second).hasSameSizeAs(first); // the edited chapter's old entry is gone
    assertThat(first).hasSize(book.chapters().size());
    assertThat(second.stream().filter(n -> !first.contains(n))).hasSize(1);
  }
}
