package io.rug.site.book.search;

import io.rug.site.book.render.RenderedChapter;
import java.util.List;

/**
 * Writes the browser search index as a script that assigns {@code window.RUG_SEARCH_INDEX}, so it
 * loads with a plain script tag, also from file:// where fetch() of JSON is blocked. Each section
 * contributes its heading, its chapter title, a short preview and its distinct words (not the full
 * text): MiniSearch indexes words anyway, and this keeps the file small.
 */
public final class SearchIndexWriter {
  /** The script text; URLs are relative to the site root. */
  public String write(List<RenderedChapter> chapters, String index) {
    StringBuilder js = new StringBuilder(64 * 1024);
    js.append("window.RUG_SEARCH_INDEX={\"docs\":[");
    int id = 0;
    for (RenderedChapter c : chapters) {
      for (RenderedChapter.SearchSection s : c.sections()) {
        if (id > 0) {
          js.append(",\n");
        }
        String url =
            "book/" + c.slug() + "/" + index + (s.anchor().isEmpty() ? "" : "#" + s.anchor());
        js.append("{\"id\":").append(id++);
        js.append(",\"u\":");
        string(js, url);
        js.append(",\"t\":");
        string(js, c.title());
        js.append(",\"h\":");
        string(js, s.heading().isEmpty() ? c.title() : s.heading());
        js.append(",\"p\":");
        string(js, s.preview());
        js.append(",\"x\":");
        string(js, s.terms());
        js.append('}');
      }
    }
    return js.append("]};\n").toString();
  }

  /** A JSON string literal that is also safe inside a script element; plain runs copied whole. */
  private static void string(StringBuilder js, String s) {
    js.append('"');
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      js.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> js.append("\\\"");
        case '\\' -> js.append("\\\\");
        case '\n' -> js.append("\\n");
        case '\r', '\t' -> js.append(' ');
        case '<' -> js.append("\\u003c");
        default -> js.append(String.format("\\u%04x", (int) c));
      }
    }
    js.append(s, run, s.length()).append('"');
  }
}
