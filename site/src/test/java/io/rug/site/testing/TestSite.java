package io.rug.site.testing;

import io.rug.site.book.BookLoader;
import io.rug.site.book.render.BookRenderer;
import io.rug.site.book.render.MarkdownRenderer;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.web.book.BookPages;
import io.rug.site.web.book.BookSection;
import io.rug.site.web.book.PageMode;
import io.rug.site.web.layout.SiteLayout;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The book section and frame wired as the CLI wires them, for tests of the site module. */
public record TestSite(BookSection book, SiteLayout frame) {

  public static TestSite load(Path bookDir, PageMode mode) throws IOException {
    Templates templates = new Templates();
    SiteNav nav = new SiteNav();
    BookSection book =
        new BookSection(
            bookDir,
            new BookLoader(),
            new BookRenderer(new MarkdownRenderer(new CodeHighlighter()), Optional.empty(), 2),
            new BookPages(templates, nav),
            mode);
    book.load();
    nav.register(List.of(book));
    String root = mode.fileLinks() ? mode.baseUrl() : "/";
    return new TestSite(
        book, new SiteLayout(templates, nav, book.book().title(), root, mode.liveReload()));
  }
}
