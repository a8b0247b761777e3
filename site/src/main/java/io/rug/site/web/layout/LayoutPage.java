package io.rug.site.web.layout;

import java.util.List;

/**
 * The model of {@code layout.jte}: one complete page.
 *
 * @param root prefix that leads from this page to the site root ("../../" or "/base/")
 * @param index "index.html" when the output is browsed from disk, else ""
 * @param sidebar the book's parts and chapters; empty for pages outside the book
 * @param toc the on-page table of contents; empty for none
 */
public record LayoutPage(
    String title,
    String description,
    String siteTitle,
    String root,
    String index,
    List<NavLink> topNav,
    List<SidebarPart> sidebar,
    String bodyHtml,
    List<TocLink> toc,
    boolean liveReload) {

  /** A navigation link; {@code current} marks the page being shown. */
  public record NavLink(String title, String href, boolean current) {}

  /** One part of the book in the sidebar. */
  public record SidebarPart(String title, List<NavLink> chapters) {}

  /** An entry of the on-page table of contents. */
  public record TocLink(int level, String id, String text) {}
}
