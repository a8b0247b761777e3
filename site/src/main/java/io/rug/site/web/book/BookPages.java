package io.rug.site.web.book;

import io.rug.site.book.Book;
import io.rug.site.book.render.CodeStamp;
import io.rug.site.book.render.Fingerprint;
import io.rug.site.book.render.RenderedChapter;
import io.rug.site.book.search.SearchIndexWriter;
import io.rug.site.web.layout.ChapterView;
import io.rug.site.web.layout.HomeView;
import io.rug.site.web.layout.LayoutPage;
import io.rug.site.web.layout.NotFoundView;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a rendered book: the front page, one page per chapter (with sidebar, previous/next, TOC,
 * edit link and last-updated date), the 404 page, the search index and the sitemap.
 */
public final class BookPages {
  public static final String NAV_PATH = "";

  private final Templates templates;
  private final SiteNav nav;
  private final SearchIndexWriter search = new SearchIndexWriter();

  public BookPages(Templates templates, SiteNav nav) {
    this.templates = templates;
    this.nav = nav;
  }

  /** A rendered book and what its pages need besides the chapters. */
  public record Snapshot(
      Book book, List<RenderedChapter> chapters, Map<Path, String> lastUpdated, PageMode mode) {}

  /**
   * What each page of {@code s} is made of, as digests, for reusing unchanged pages of the last
   * build; empty when a chapter has no source key (rendered without a cache). Every page shares the
   * layout's inputs: the code version, the book's metadata, all titles and slugs (sidebar,
   * previous/next), the top navigation and the page mode. A chapter page adds its chapter's source
   * key and date; the search index adds every chapter's source key.
   */
  public Optional<Keys> keys(Snapshot s) {
    StringBuilder layout = new StringBuilder(4096).append("rug-pages-1\n");
    layout.append(CodeStamp.of(BookPages.class, Templates.class, SearchIndexWriter.class));
    Book b = s.book();
    for (String f : List.of(b.title(), b.description(), b.editUrl(), b.repoRoot().toString())) {
      layout.append('\n').append(f);
    }
    PageMode m = s.mode(); // (records' toString would cost a cold process a bootstrap)
    layout.append('\n').append(m.fileLinks()).append(m.baseUrl()).append(m.liveReload());
    for (LayoutPage.NavLink link : nav.links("", "", NAV_PATH)) {
      layout.append("\nnav\n").append(link.title()).append('\n').append(link.href());
    }
    for (Book.Part part : b.parts()) {
      layout.append("\npart\n").append(part.title()).append('\n').append(part.chapters().size());
    }
    StringBuilder search = new StringBuilder(8192);
    for (RenderedChapter c : s.chapters()) {
      if (c.sourceKey().isEmpty()) {
        return Optional.empty();
      }
      layout.append("\nchapter\n").append(c.slug()).append('\n').append(c.title());
      search.append(c.sourceKey()).append('\n');
    }
    String layoutKey = digest(layout.toString());
    List<String> chapters = new ArrayList<>(s.chapters().size());
    for (int i = 0; i < s.chapters().size(); i++) {
      Path file = s.book().chapterPath(s.book().chapters().get(i)).toAbsolutePath();
      String updated = s.lastUpdated().getOrDefault(file, "");
      chapters.add(digest(layoutKey + "\nchapter\n" + s.chapters().get(i).sourceKey() + updated));
    }
    return Optional.of(
        new Keys(
            digest(layoutKey + "\nhome"),
            digest(layoutKey + "\n404"),
            digest(layoutKey + "\nsearch\n" + search),
            List.copyOf(chapters)));
  }

  /** Digests of what the book's pages are made of; see {@link #keys}. */
  public record Keys(String home, String notFound, String search, List<String> chapters) {
    public String chapter(int i) {
      return chapters.get(i);
    }
  }

  private static String digest(String text) {
    return Fingerprint.of(text);
  }

  public String chapterPath(String slug) {
    return "book/" + slug + "/index.html";
  }

  public String home(Snapshot s) {
    String first =
        s.chapters().isEmpty()
            ? null
            : "book/" + s.chapters().get(0).slug() + "/" + s.mode().index();
    String body =
        templates.home(
            new HomeView(s.book().title(), s.book().description(), first, sidebar(s, "book/", "")));
    return page(s, s.book().title(), s.book().description(), "./", body, List.of(), "");
  }

  public String chapter(Snapshot s, int i) {
    RenderedChapter c = s.chapters().get(i);
    Book.ChapterRef ref = s.book().chapters().get(i);
    String root = "../../";
    String edit = s.book().editUrl().isEmpty() ? "" : s.book().editUrl() + repoPath(s, ref);
    String updated = s.lastUpdated().getOrDefault(s.book().chapterPath(ref).toAbsolutePath(), "");
    String body =
        templates.chapter(
            new ChapterView(
                c.title(),
                !c.hasH1(),
                c.bodyHtml(),
                i > 0 ? link(s, s.chapters().get(i - 1), "../", false) : null,
                i + 1 < s.chapters().size() ? link(s, s.chapters().get(i + 1), "../", false) : null,
                edit,
                updated));
    List<LayoutPage.TocLink> toc =
        c.toc().stream().map(t -> new LayoutPage.TocLink(t.level(), t.id(), t.text())).toList();
    return page(
        s, c.title() + " · " + s.book().title(), c.description(), root, body, toc, c.slug());
  }

  public String notFound(Snapshot s) {
    String root = s.mode().baseUrl();
    String body = templates.notFound(new NotFoundView(root));
    return templates.layout(
        new LayoutPage(
            "Page not found · " + s.book().title(),
            "",
            s.book().title(),
            root,
            "",
            nav.links(root, "", "-"),
            List.of(),
            body,
            List.of(),
            s.mode().liveReload()));
  }

  public String searchIndex(Snapshot s) {
    return search.write(s.chapters(), s.mode().index());
  }

  /** {@link #searchIndex} as UTF-8, without making the string first. */
  public byte[] searchIndexUtf8(Snapshot s) {
    return search.writeUtf8(s.chapters(), s.mode().index());
  }

  public String sitemap(Snapshot s) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    xml.append("  <url><loc>").append(s.mode().baseUrl()).append("</loc></url>\n");
    for (int i = 0; i < s.chapters().size(); i++) {
      RenderedChapter c = s.chapters().get(i);
      Path file = s.book().chapterPath(s.book().chapters().get(i)).toAbsolutePath();
      xml.append("  <url><loc>").append(s.mode().baseUrl()).append("book/").append(c.slug());
      xml.append("/</loc>");
      String updated = s.lastUpdated().get(file);
      if (updated != null) {
        xml.append("<lastmod>").append(updated).append("</lastmod>");
      }
      xml.append("</url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private String page(
      Snapshot s,
      String title,
      String description,
      String root,
      String body,
      List<LayoutPage.TocLink> toc,
      String currentSlug) {
    String index = s.mode().index();
    return templates.layout(
        new LayoutPage(
            title,
            description,
            s.book().title(),
            root,
            index,
            nav.links(root, index, NAV_PATH),
            sidebar(s, root.equals("./") ? "book/" : "../", currentSlug),
            body,
            toc,
            s.mode().liveReload()));
  }

  private List<LayoutPage.SidebarPart> sidebar(Snapshot s, String prefix, String currentSlug) {
    List<LayoutPage.SidebarPart> parts = new ArrayList<>();
    int i = 0;
    for (Book.Part part : s.book().parts()) {
      List<LayoutPage.NavLink> links = new ArrayList<>();
      for (int n = 0; n < part.chapters().size(); n++, i++) {
        RenderedChapter c = s.chapters().get(i);
        links.add(link(s, c, prefix, c.slug().equals(currentSlug)));
      }
      parts.add(new LayoutPage.SidebarPart(part.title(), links));
    }
    return parts;
  }

  private static LayoutPage.NavLink link(
      Snapshot s, RenderedChapter c, String prefix, boolean current) {
    return new LayoutPage.NavLink(c.title(), prefix + c.slug() + "/" + s.mode().index(), current);
  }

  private static String repoPath(Snapshot s, Book.ChapterRef ref) {
    return s.book()
        .repoRoot()
        .relativize(s.book().chapterPath(ref).toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }
}
