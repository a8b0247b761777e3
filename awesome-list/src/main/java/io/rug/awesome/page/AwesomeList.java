package io.rug.awesome.page;

import java.util.List;

/** The list as the page shows it: title, introduction and sections of entries. */
public record AwesomeList(String title, String intro, List<Section> sections) {

  /** One section (a level-2 heading) and every entry under it, sub-headings included. */
  public record Section(String title, String id, List<Entry> entries) {}

  /**
   * One entry.
   *
   * @param descriptionHtml the description rendered from Markdown, raw HTML escaped
   * @param searchText lower-case name, description and section, for the client-side filter
   */
  public record Entry(String name, String url, String descriptionHtml, String searchText) {}

  public int entryCount() {
    return sections.stream().mapToInt(s -> s.entries().size()).sum();
  }
}
