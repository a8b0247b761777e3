package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.book.ChapterSource;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {
  @TempDir Path root;
  final MarkdownRenderer markdown = new MarkdownRenderer(new CodeHighlighter());

  @Test
  void storesAndReadsBackARenderedChapter() throws Exception {
    Book book = new BookLoader().load(SampleBook.copyTo(root));
    Book.ChapterRef intro = book.chapterBySlug("intro").orElseThrow();
    LinkContext links = BookRenderer.links(book, true);
    ChapterSource source = ChapterSource.read(intro, book.chapterPath(intro));
    RenderCache cache = new RenderCache(root.resolve("cache"));
    RenderedChapter rendered = markdown.render(source, links);
    String key = cache.key(source, links);
    cache.write(key, rendered);
    assertThat(new RenderCache(root.resolve("cache")).read(key))
        .contains(rendered.withSourceKey(key));
  }

  @Test
  void keyChangesWithTheChapterTextItsIncludesAndTheLinkStyle() throws Exception {
    Book book = new BookLoader().load(SampleBook.copyTo(root));
    Book.ChapterRef intro = book.chapterBySlug("intro").orElseThrow();
    RenderCache cache = new RenderCache(root.resolve("cache"));
    LinkContext links = BookRenderer.links(book, true);
    String before = cache.key(ChapterSource.read(intro, book.chapterPath(intro)), links);
    assertThat(cache.key(ChapterSource.read(intro, book.chapterPath(intro)), links))
        .isEqualTo(before);
    assertThat(
            cache.key(
                ChapterSource.read(intro, book.chapterPath(intro)),
                BookRenderer.links(book, false)))
        .isNotEqualTo(before);
    Files.writeString(
        root.resolve("manifests/namespace.yaml"),
        "kind: Changed\n",
        java.nio.file.StandardOpenOption.APPEND);
    String afterInclude = cache.key(ChapterSource.read(intro, book.chapterPath(intro)), links);
    assertThat(afterInclude).isNotEqualTo(before);
    Files.writeString(book.chapterPath(intro), "\nmore\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(cache.key(ChapterSource.read(intro, book.chapterPath(intro)), links))
        .isNotEqualTo(afterInclude);
  }

  @Test
  void bookRendererReusesCacheAcrossInstances() throws Exception {
    Book book = new BookLoader().load(SampleBook.copyTo(root));
    Path dir = root.resolve("cache");
    var first =
        new BookRenderer(markdown, java.util.Optional.of(new RenderCache(dir)), 2)
            .renderAll(book, true);
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".bin"))).hasSize(3);
    }
    var second =
        new BookRenderer(markdown, java.util.Optional.of(new RenderCache(dir)), 2)
            .renderAll(book, true);
    assertThat(second).isEqualTo(first);
  }
}
