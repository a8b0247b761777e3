package io.rug.site.book.render;

import io.rug.site.book.Book;
import io.rug.site.book.BookInputException;
import io.rug.site.book.ChapterSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every chapter of a book, on {@code threads} threads, consulting an optional on-disk cache
 * so an unchanged chapter is not rendered again by the next process.
 */
public final class BookRenderer {
  private final MarkdownRenderer markdown;
  private final Optional<RenderCache> cache;
  private final int threads;

  public BookRenderer(MarkdownRenderer markdown, Optional<RenderCache> cache, int threads) {
    this.markdown = markdown;
    this.cache = cache;
    this.threads = Math.max(1, threads);
  }

  /** How links resolve in this book; {@code fileLinks} for output opened from disk. */
  public static LinkContext links(Book book, boolean fileLinks) {
    Map<Path, String> slugs = new HashMap<>();
    for (Book.ChapterRef ref : book.chapters()) {
      slugs.put(book.chapterPath(ref).toAbsolutePath().normalize(), ref.slug());
    }
    String blob = book.editUrl().replace("/edit/", "/blob/");
    return new LinkContext(
        Map.copyOf(slugs),
        book.chaptersDir().toAbsolutePath().normalize(),
        book.repoRoot(),
        blob,
        fileLinks);
  }

  /** All chapters in reading order; bad front matter throws {@link BookInputException}. */
  public List<RenderedChapter> renderAll(Book book, boolean fileLinks) throws IOException {
    LinkContext links = links(book, fileLinks);
    List<Book.ChapterRef> refs = book.chapters();
    if (threads == 1 || refs.size() < 4) {
      List<RenderedChapter> out = new ArrayList<>(refs.size());
      for (Book.ChapterRef ref : refs) {
        out.add(render(book, ref, links));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RenderedChapter>> futures = new ArrayList<>(refs.size());
      for (Book.ChapterRef ref : refs) {
        futures.add(pool.submit(() -> render(book, ref, links)));
      }
      List<RenderedChapter> out = new ArrayList<>(refs.size());
      for (Future<RenderedChapter> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BookInputException b) {
        throw b;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One chapter, e.g. after it was edited. */
  public RenderedChapter render(Book book, Book.ChapterRef ref, LinkContext links)
      throws IOException {
    ChapterSource source = ChapterSource.read(ref, book.chapterPath(ref));
    if (cache.isEmpty()) {
      return markdown.render(source, links);
    }
    String key = cache.get().key(source, links);
    Optional<RenderedChapter> hit = cache.get().read(key);
    if (hit.isPresent()) {
      return hit.get();
    }
    RenderedChapter rendered = markdown.render(source, links);
    cache.get().write(key, rendered);
    return rendered;
  }
}
