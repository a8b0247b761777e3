package io.rug.awesome.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.rug.awesome.lint.MarkdownFile;
import io.rug.site.web.Page;
import io.rug.site.web.PageFrame;
import io.rug.site.web.SiteSection;
import io.rug.site.web.StaticSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The awesome list on the site: {@code /awesome/} (the list with section navigation and a
 * client-side filter) and {@code /awesome/contributing/} (the guide "Suggest a tool" points to).
 * Live pages follow edits of the Markdown files; {@code rug build} exports both pages.
 */
public final class AwesomeSection implements SiteSection {
  static final String PATH = "awesome";
  private final Path listDir;
  private final PageFrame frame;
  private final AwesomeTemplates templates;
  private final AwesomeListReader reader;
  private final ContributingRenderer contributing;
  private FileTime loadedAt;
  private Page listPage;
  private Page contributingPage;

  public AwesomeSection(
      Path listDir,
      PageFrame frame,
      AwesomeTemplates templates,
      AwesomeListReader reader,
      ContributingRenderer contributing) {
    this.listDir = listDir;
    this.frame = frame;
    this.templates = templates;
    this.reader = reader;
    this.contributing = contributing;
  }

  /** The section for the list in {@code listDir} (README.md, contributing.md), read at once. */
  public static AwesomeSection create(PageFrame frame, Path listDir) throws IOException {
    AwesomeSection section =
        new AwesomeSection(
            listDir,
            frame,
            new AwesomeTemplates(),
            new AwesomeListReader(),
            new ContributingRenderer(
                "https://github.com/cncf/research-user-group/blob/main/awesome-list/"));
    section.load();
    return section;
  }

  @Override
  public String navTitle() {
    return "Awesome list";
  }

  @Override
  public String navPath() {
    return PATH;
  }

  /** Reads the list now, so a missing or unreadable list fails at start-up (input error). */
  public synchronized void load() throws IOException {
    loadedAt = lastModified();
    AwesomeList list = reader.read(listFile());
    listPage = Page.html(frame.wrap(list.title(), PATH, listBody(list, "/awesome/contributing/")));
    contributingPage = Page.html(frame.wrap("Suggest a tool", PATH, contributingBody("/awesome/")));
  }

  @Override
  public void addRoutes(JavalinConfig config) {
    config.routes.get("/awesome", ctx -> serve(ctx, true));
    config.routes.get("/awesome/", ctx -> serve(ctx, true));
    config.routes.get("/awesome/contributing", ctx -> serve(ctx, false));
    config.routes.get("/awesome/contributing/", ctx -> serve(ctx, false));
  }

  private void serve(Context ctx, boolean list) {
    if (!ctx.path().endsWith("/")) {
      ctx.redirect(ctx.path() + "/", io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    try {
      reloadIfChanged();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (this) {
      (list ? listPage : contributingPage).send(ctx);
    }
  }

  private synchronized void reloadIfChanged() throws IOException {
    if (listPage == null || !lastModified().equals(loadedAt)) load();
  }

  @Override
  public void exportStatic(StaticSite site) throws IOException {
    AwesomeList parsed = reader.read(listFile());
    String list =
        frame(site).wrap(parsed.title(), PATH, listBody(parsed, "contributing/index.html"));
    String guide = frame(site).wrap("Suggest a tool", PATH, contributingBody("../index.html"));
    site.write("awesome/index.html", list.getBytes(StandardCharsets.UTF_8));
    site.write("awesome/contributing/index.html", guide.getBytes(StandardCharsets.UTF_8));
  }

  private static PageFrame frame(StaticSite site) {
    return site.frame();
  }

  private String listBody(AwesomeList list, String contributingHref) {
    return templates.list(new AwesomeView(list, contributingHref));
  }

  private String contributingBody(String listHref) throws IOException {
    String md = Files.readString(listDir.resolve("contributing.md"), StandardCharsets.UTF_8);
    return templates.contributing(new ContributingView(contributing.render(md), listHref));
  }

  private MarkdownFile listFile() throws IOException {
    Path readme = listDir.resolve("README.md");
    return new MarkdownFile(
        readme.toString(), readme, Files.readString(readme, StandardCharsets.UTF_8));
  }

  private FileTime lastModified() throws IOException {
    FileTime a = Files.getLastModifiedTime(listDir.resolve("README.md"));
    FileTime b = Files.getLastModifiedTime(listDir.resolve("contributing.md"));
    return a.compareTo(b) >= 0 ? a : b;
  }
}
