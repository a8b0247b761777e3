package io.rug.tools.site;

import io.rug.awesome.page.AwesomeSection;
import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.book.BookYamlCache;
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
import io.rug.survey.importer.SurveyImporter;
import io.rug.survey.web.SurveyWeb;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the site's sections, in navigation order, for {@code rug serve} and {@code rug build}.
 * Each feature adds its section here.
 */
public final class Sections {

  /** The assembled site: all sections, the book among them, and the shared page frame. */
  public record Site(List<SiteSection> all, BookSection book, SiteLayout frame) {

    /** Prints the chapters' render warnings (e.g. a missing include target), one per line. */
    public void printWarnings(PrintStream err) {
      book.chapters().forEach(c -> c.warnings().forEach(w -> err.println("warning: " + w)));
    }
  }

  private Sections() {}

  /** Loads and renders the book (input errors throw), then builds the other sections. */
  public static Site create(SiteOptions options) throws IOException {
    Templates templates = new Templates();
    SiteNav nav = new SiteNav();
    BookRenderer renderer =
        new BookRenderer(
            () -> new MarkdownRenderer(new CodeHighlighter()),
            options.cacheDir().map(RenderCache::new),
            options.threads());
    BookLoader loader = new BookLoader(options.cacheDir().map(BookYamlCache::new));
    BookSection book =
        new BookSection(
            options.bookDir(), loader, renderer, new BookPages(templates, nav), options.mode());
    Book loaded = loader.load(options.bookDir());
    String root = options.mode().fileLinks() ? options.mode().baseUrl() : "/";
    // the frame needs the book's title; the book's pages need the other sections in the nav, so
    // the book is rendered last
    SiteLayout frame =
        new SiteLayout(templates, nav, loaded.title(), root, options.mode().liveReload());

    List<SiteSection> all = new ArrayList<>();
    all.add(book);
    if (!options.mode().fileLinks()) { // the survey is dynamic: served, not exported
      SurveyWeb survey =
          SurveyWeb.open(frame, options.dbUrl(), options.dataDir(), Clock.systemUTC());
      // a new site starts with the published org index and poll, so the book's /orgs links work
      new SurveyImporter(survey.store().catalog()).seedIfEmpty(survey.store());
      all.add(survey.section());
    }
    Path awesomeList = options.bookDir().toAbsolutePath().resolveSibling("awesome-list");
    if (Files.exists(awesomeList.resolve("README.md"))) {
      all.add(AwesomeSection.create(frame, awesomeList));
    }
    nav.register(all);
    book.load(loaded);
    return new Site(List.copyOf(all), book, frame);
  }
}
