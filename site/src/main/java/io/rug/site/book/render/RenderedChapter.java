package io.rug.site.book.render;

import java.util.List;

/**
 * A chapter rendered to HTML, with what the layout, the search index and the link checker need.
 *
 * @param hasH1 whether the body starts with its own title heading
 * @param sourceKey what the chapter was rendered from (its render cache key: renderer version,
 *     text, includes, link table), or "" when rendered without a cache
 */
public record RenderedChapter(
    String slug,
    String title,
    String description,
    String bodyHtml,
    boolean hasH1,
    List<TocEntry> toc,
    List<SearchSection> sections,
    List<String> warnings,
    String sourceKey) {

  /** This chapter, known to be rendered from the inputs {@code key} stands for. */
  public RenderedChapter withSourceKey(String key) {
    return new RenderedChapter(
        slug, title, description, bodyHtml, hasH1, toc, sections, warnings, key);
  }

  /** A heading of level 2 or 3, for the on-page table of contents. */
  public record TocEntry(int level, String id, String text) {}

  /**
   * The text under one heading, for the search index; anchor is "" for the chapter's top.
   *
   * @param terms the section's distinct lower-case words, space-separated
   */
  public record SearchSection(String anchor, String heading, String preview, String terms) {}
}
