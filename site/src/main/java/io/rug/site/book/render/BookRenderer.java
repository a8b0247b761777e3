package io.rug.site.book.render;

import io.rug.site.book.Book;
import io.rug.site.book.BookInputException;
import io.rug.site.book.ChapterSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Renders every chapter of a book, on {@code threads} threads, consulting an optional on-disk cache
 * so an unchanged chapter is not rendered again by the next process. The Markdown renderer is
 * created on first use: when every chapter comes from the cache, flexmark is never set up. (Setting
 * it up speculatively on another thread was tried: slower on two busy cores.)
 */
public final class BookRenderer {
  private final Supplier<MarkdownRenderer> markdownFactory;
  private final Optional<RenderCache> cache;
  private final int threads;
  private MarkdownRenderer markdown;

  public BookRenderer(MarkdownRenderer markdown, Optional<RenderCache> cache, int threads) {
    this(() -> markdown, cache, threads);
  }

  public BookRenderer(
      Supplier<MarkdownRenderer> markdown, Optional<RenderCache> cache, int threads) {
    this.markdownFactory = markdown;
    this.cache = cache;
    this.threads = Math.max(1, threads);
  }

  private synchronized MarkdownRenderer markdown() {
    if (markdown == null) {
      markdown = markdownFactory.get();
    }
    return markdown;
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
      return pruned(out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RenderedChapter>> futures =
          new ArrayList<>(Collections.nCopies(refs.size(), null));
      for (int i : startOrder(book)) {
        Book.ChapterRef ref = refs.get(i);
        futures.set(i, pool.submit(() -> render(book, ref, links)));
      }
      List<RenderedChapter> out = new ArrayList<>(refs.size());
      for (Future<RenderedChapter> f : futures) {
        out.add(f.get());
      }
      return pruned(out);
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

  /**
   * Lets the cache drop entries no chapter of this book uses any more ({@link RenderCache#prune}).
   */
  private List<RenderedChapter> pruned(List<RenderedChapter> chapters) {
    cache.ifPresent(
        c -> {
          Set<String> keys = new HashSet<>();
          for (RenderedChapter ch : chapters)
            if (!ch.sourceKey().isEmpty()) keys.add(ch.sourceKey());
          c.prune(keys);
        });
    return chapters;
  }

  /**
   * Chapter indexes in the order to start them: with a cache, the most recently modified first, so
   * the chapters that most likely need rendering (and flexmark's set-up) start at once while the
   * other threads read the rest from the cache.
   */
  private List<Integer> startOrder(Book book) {
    List<Book.ChapterRef> refs = book.chapters();
    List<Integer> order = new ArrayList<>(refs.size());
    long[] modified = new long[refs.size()];
    for (int i = 0; i < refs.size(); i++) {
      order.add(i);
      try {
        modified[i] =
            cache.isEmpty()
                ? 0
                : Files.getLastModifiedTime(book.chapterPath(refs.get(i))).toMillis();
      } catch (IOException e) {
        modified[i] = Long.MAX_VALUE; // let the render report it
      }
    }
    order.sort(Comparator.comparingLong((Integer i) -> modified[i]).reversed());
    return order;
  }

  /** One chapter, e.g. after it was edited. */
  public RenderedChapter render(Book book, Book.ChapterRef ref, LinkContext links)
      throws IOException {
    Path file = book.chapterPath(ref);
    if (cache.isEmpty()) {
      return markdown().render(ChapterSource.read(ref, file), links);
    }
    // the key needs the text only: front matter is parsed when the chapter is rendered
    String raw = Files.readString(file);
    String key = cache.get().key(file, ref.slug(), raw, links);
    Optional<RenderedChapter> hit = cache.get().read(key);
    if (hit.isPresent()) {
      return hit.get();
    }
    ChapterSource source = ChapterSource.parse(ref, file, raw);
    RenderedChapter rendered = markdown().render(source, links).withSourceKey(key);
    cache.get().write(key, rendered);
    return rendered;
  }
}
