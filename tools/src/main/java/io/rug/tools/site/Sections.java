package io.rug.tools.site;

import io.rug.site.book.BookLoader;
import io.rug.site.book.render.BookRenderer;
import io.rug.site.book.render.MarkdownRenderer;
import io.rug.site.book.render.RenderCache;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.web.SiteSection;
import io.rug.site.web.book.BookPages;
import io.rug.site.web.book.BookSection;
import io.rug.site.web.layout.SiteLayout;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the site's sections, in navigation order, for {@code rug serve} and {@code rug build}.
 * Each feature adds its section here.
 */
public final class Sections {

  /** The assembled site: all sections, the book among them, and the shared page frame. */
  public record Site(List<SiteSection> all, BookSection book, SiteLayout frame) {}

  private Sections() {}

  /** Loads and renders the book (input errors throw), then builds the other sections. */
  public static Site create(SiteOptions options) throws IOException {
    Templates templates = new Templates();
    SiteNav nav = new SiteNav();
    BookRenderer renderer =
        new BookRenderer(
            new MarkdownRenderer(new CodeHighlighter()),
            options.cacheDir().map(RenderCache::new),
            options.threads());
    BookSection book =
        new BookSection(
            options.bookDir(),
            new BookLoader(),
            renderer,
            new BookPages(templates, nav),
            options.mode());
    book.load();
    String root = options.mode().fileLinks() ? options.mode().baseUrl() : "/";
    SiteLayout frame =
        new SiteLayout(templates, nav, book.book().title(), root, options.mode().liveReload());

    List<SiteSection> all = new ArrayList<>();
    all.add(book);
    // further sections (survey, awesome list) are constructed here with `frame` and `options`
    if (!options.mode().fileLinks()) { // the survey is dynamic: served, not exported
      all.add(
          io.rug.survey.web.SurveyWeb.open(
                  frame, options.dbUrl(), options.dataDir(), java.time.Clock.systemUTC())
              .section());
    }

    java.nio.file.Path awesomeList =
        options.bookDir().toAbsolutePath().resolveSibling("awesome-list");
    if (java.nio.file.Files.exists(awesomeList.resolve("README.md"))) {
      all.add(io.rug.awesome.page.AwesomeSection.create(frame, awesomeList));
    }

    nav.register(all);
    return new Site(List.copyOf(all), book, frame);
  }
}
