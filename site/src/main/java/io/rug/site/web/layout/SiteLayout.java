package io.rug.site.web.layout;

import io.rug.site.web.PageFrame;
import java.util.List;

/**
 * The shared layout for sections outside the book: header, search, theme and footer, with links
 * from an absolute root (the server's "/" or the build's base URL).
 */
public final class SiteLayout implements PageFrame {
  private final Templates templates;
  private final SiteNav nav;
  private final String siteTitle;
  private final String root;
  private final boolean liveReload;

  public SiteLayout(
      Templates templates, SiteNav nav, String siteTitle, String root, boolean liveReload) {
    this.templates = templates;
    this.nav = nav;
    this.siteTitle = siteTitle;
    this.root = root;
    this.liveReload = liveReload;
  }

  @Override
  public String wrap(String title, String navPath, String bodyHtml) {
    return templates.layout(
        new LayoutPage(
            title + " · " + siteTitle,
            "",
            siteTitle,
            root,
            "",
            nav.links(root, "", navPath),
            List.of(),
            bodyHtml,
            List.of(),
            liveReload));
  }
}
