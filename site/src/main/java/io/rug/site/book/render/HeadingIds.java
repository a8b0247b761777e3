package io.rug.site.book.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading anchors: lower-case, spaces become '-', punctuation is dropped, and repeated
 * headings get "-1", "-2" suffixes. One instance per page.
 */
public final class HeadingIds {
  private final Map<String, Integer> seen = new HashMap<>();

  public static String slugify(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
        out.appendCodePoint(cp);
      } else if (cp == ' ') {
        out.append('-');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** A unique id on this page for a heading with {@code text}. */
  public String next(String text) {
    String base = slugify(text.strip());
    if (base.isEmpty()) {
      base = "section";
    }
    Integer count = seen.get(base);
    seen.put(base, count == null ? 1 : count + 1);
    return count == null ? base : base + "-" + count;
  }
}
