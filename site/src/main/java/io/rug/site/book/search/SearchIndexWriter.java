package io.rug.site.book.search;

import io.rug.site.book.render.RenderedChapter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the browser search index as a script that assigns {@code window.RUG_SEARCH_INDEX}, so it
 * loads with a plain script tag, also from file:// where fetch() of JSON is blocked. Each section
 * contributes its heading, its chapter title, a short preview and its distinct words (not the full
 * text): MiniSearch indexes words anyway, and this keeps the file small.
 */
public final class SearchIndexWriter {
  private static final int PREVIEW = 140;

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
        string(js, preview(s.text()));
        js.append(",\"x\":");
        string(js, String.join(" ", words(s.text())));
        js.append('}');
      }
    }
    return js.append("]};\n").toString();
  }

  /** Distinct lower-case words of two or more letters or digits, in order of appearance. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder(24);
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        if (word.length() > 1 && word.length() < 40) {
          words.add(word.toString());
        }
        word.setLength(0);
      }
    }
    return words;
  }

  private static String preview(String text) {
    StringBuilder flat = new StringBuilder(PREVIEW + 16);
    boolean space = false;
    for (int i = 0; i < text.length() && flat.length() < PREVIEW + 1; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = flat.length() > 0;
      } else {
        if (space) {
          flat.append(' ');
          space = false;
        }
        flat.append(c);
      }
    }
    if (flat.length() <= PREVIEW) {
      return flat.toString();
    }
    int cut = flat.lastIndexOf(" ", PREVIEW);
    return flat.substring(0, cut > 40 ? cut : PREVIEW) + "…";
  }

  private static void string(StringBuilder js, String s) {
    js.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> js.append("\\\"");
        case '\\' -> js.append("\\\\");
        case '\n' -> js.append("\\n");
        case '\r', '\t' -> js.append(' ');
        case '<' -> js.append("\\u003c");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            js.append(String.format("\\u%04x", (int) c));
          } else {
            js.append(c);
          }
        }
      }
    }
    js.append('"');
  }
}
