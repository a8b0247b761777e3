package io.rug.site.web.book;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.book.render.BookRenderer;
import io.rug.site.book.render.RenderedChapter;
import io.rug.site.git.GitDates;
import io.rug.site.web.Page;
import io.rug.site.web.SiteSection;
import io.rug.site.web.StaticSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book as a site section: renders every chapter into memory, serves the pages with ETag and
 * gzip, re-renders one chapter when it changes, and exports the same pages to a static build.
 */
public final class BookSection implements SiteSection {
  private static final Pattern CHAPTER = Pattern.compile("^/book/([^/]+)/(index\\.html)?$");

  private final Path bookDir;
  private final BookLoader loader;
  private final BookRenderer renderer;
  private final BookPages pages;
  private final PageMode mode;
  private final Map<String, Page> served = new ConcurrentHashMap<>();
  private volatile BookPages.Snapshot snapshot;

  public BookSection(
      Path bookDir, BookLoader loader, BookRenderer renderer, BookPages pages, PageMode mode) {
    this.bookDir = bookDir;
    this.loader = loader;
    this.renderer = renderer;
    this.pages = pages;
    this.mode = mode;
  }

  /** Loads and renders the whole book; input errors throw BookInputException. */
  public synchronized void load() throws IOException {
    load(loader.load(bookDir));
  }

  /** Renders {@code book}, just loaded from this section's folder. */
  public synchronized void load(Book book) throws IOException {
    BookLoader.requireUniqueSlugs(book);
    // git runs while the chapters render
    CompletableFuture<Map<Path, String>> lastUpdated =
        CompletableFuture.supplyAsync(() -> GitDates.lastCommitDates(book.chaptersDir()));
    List<RenderedChapter> chapters = renderer.renderAll(book, mode.fileLinks());
    Map<Path, String> dates = lastUpdated.join();
    snapshot = new BookPages.Snapshot(book, List.copyOf(chapters), dates, mode);
    if (mode.liveReload() || !mode.fileLinks()) {
      renderAllPages();
    }
  }

  /**
   * Re-renders the chapter stored in {@code file}; returns its slug, or empty when the file is not
   * a chapter of the book.
   */
  public synchronized Optional<String> reloadChapter(Path file) throws IOException {
    BookPages.Snapshot s = requireLoaded();
    Optional<Book.ChapterRef> ref = s.book().chapterByPath(file);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    int i = s.book().chapters().indexOf(ref.get());
    RenderedChapter fresh =
        renderer.render(s.book(), ref.get(), BookRenderer.links(s.book(), mode.fileLinks()));
    List<RenderedChapter> chapters = new ArrayList<>(s.chapters());
    RenderedChapter old = chapters.set(i, fresh);
    snapshot = new BookPages.Snapshot(s.book(), List.copyOf(chapters), s.lastUpdated(), mode);
    if (old.title().equals(fresh.title())) {
      served.put("/book/" + fresh.slug() + "/", Page.html(pages.chapter(snapshot, i)));
      served.remove("/search-index.js"); // rebuilt on next request
    } else {
      renderAllPages();
    }
    return Optional.of(fresh.slug());
  }

  public Book book() {
    return requireLoaded().book();
  }

  public List<RenderedChapter> chapters() {
    return requireLoaded().chapters();
  }

  /** The 404 page in the site's layout. */
  public Page notFoundPage() {
    return Page.html(pages.notFound(requireLoaded()));
  }

  @Override
  public String navTitle() {
    return "Book";
  }

  @Override
  public String navPath() {
    return BookPages.NAV_PATH;
  }

  @Override
  public void addRoutes(JavalinConfig config) {
    config.routes.get("/", ctx -> page(ctx, "/"));
    config.routes.get("/index.html", ctx -> page(ctx, "/"));
    config.routes.get("/search-index.js", ctx -> page(ctx, "/search-index.js"));
    config.routes.get("/sitemap.xml", ctx -> page(ctx, "/sitemap.xml"));
    config.routes.get("/book/*", this::bookPath);
  }

  /**
   * Writes every page. When all chapters came with a source key (a render cache is in use), each
   * page is written with a key of everything it is made of, so the build can reuse unchanged pages.
   */
  @Override
  public void exportStatic(StaticSite site) throws IOException {
    BookPages.Snapshot s = requireLoaded();
    // the search index, the largest file, is started first, on another core
    CompletableFuture<byte[]> search =
        CompletableFuture.supplyAsync(() -> pages.searchIndexUtf8(s));
    BookPages.Keys keys = pages.keys(s).orElse(null);
    List<StaticSite.Keyed> pageFiles = new ArrayList<>();
    pageFiles.add(keyed("index.html", keys == null ? null : keys.home(), () -> pages.home(s)));
    for (int i = 0; i < s.chapters().size(); i++) {
      int n = i;
      String path = pages.chapterPath(s.chapters().get(i).slug());
      pageFiles.add(keyed(path, keys == null ? null : keys.chapter(n), () -> pages.chapter(s, n)));
    }
    pageFiles.add(
        keyed("404.html", keys == null ? null : keys.notFound(), () -> pages.notFound(s)));
    pageFiles.add(
        new StaticSite.Keyed("search-index.js", keys == null ? null : keys.search(), search::join));
    site.writeAll(pageFiles);
    site.write("sitemap.xml", utf8(pages.sitemap(s)));
    Path chapters = s.book().chaptersDir();
    try (Stream<Path> files = Files.walk(chapters)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (!f.toString().endsWith(".md")) {
          String path = "book/" + chapters.relativize(f).toString().replace('\\', '/');
          BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
          String key = "file:" + f.toAbsolutePath() + ":" + a.size() + ":" + a.lastModifiedTime();
          site.write(path, key, () -> readAll(f));
        }
      }
    }
  }

  private static StaticSite.Keyed keyed(String path, String key, Supplier<String> page) {
    return new StaticSite.Keyed(path, key, () -> utf8(page.get()));
  }

  private void bookPath(Context ctx) throws IOException {
    String path = ctx.path();
    Matcher chapter = CHAPTER.matcher(path);
    if (chapter.matches()) {
      page(ctx, "/book/" + chapter.group(1) + "/");
      return;
    }
    String rest = path.substring("/book/".length());
    if (!rest.contains("/") && served.containsKey("/book/" + rest + "/")) {
      ctx.redirect("/book/" + rest + "/");
      return;
    }
    Path chapters = requireLoaded().book().chaptersDir();
    Path file = chapters.resolve(rest).normalize();
    if (file.startsWith(chapters) && !rest.endsWith(".md") && Files.isRegularFile(file)) {
      String type = Files.probeContentType(file);
      if (file.toString().endsWith(".svg")) {
        type = "image/svg+xml";
      }
      Page.of(type == null ? "application/octet-stream" : type, readAll(file)).send(ctx);
      return;
    }
    ctx.status(404);
  }

  private void page(Context ctx, String key) {
    Page page = served.get(key);
    if (page == null && key.equals("/search-index.js")) {
      page = searchIndexPage();
    }
    if (page == null) {
      ctx.status(404);
      return;
    }
    page.send(ctx);
  }

  private synchronized Page searchIndexPage() {
    return served.computeIfAbsent(
        "/search-index.js",
        k -> Page.of("text/javascript; charset=utf-8", pages.searchIndexUtf8(requireLoaded())));
  }

  private void renderAllPages() {
    BookPages.Snapshot s = requireLoaded();
    served.clear();
    served.put("/", Page.html(pages.home(s)));
    for (int i = 0; i < s.chapters().size(); i++) {
      served.put("/book/" + s.chapters().get(i).slug() + "/", Page.html(pages.chapter(s, i)));
    }
    served.put("/sitemap.xml", Page.of("application/xml", utf8(pages.sitemap(s))));
  }

  private BookPages.Snapshot requireLoaded() {
    BookPages.Snapshot s = snapshot;
    if (s == null) {
      throw new IllegalStateException("book not loaded; call load() first");
    }
    return s;
  }

  private static byte[] readAll(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
