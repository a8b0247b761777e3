package io.rug.site.book.render;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the search index keeps of a section's text: a short preview and its distinct words (not the
 * full text; MiniSearch indexes words anyway, and this keeps the index small). Computed while
 * rendering, so the render cache holds it too.
 */
final class SearchText {
  private static final int PREVIEW = 140;

  private SearchText() {}

  /** Distinct lower-case words of two or more letters or digits, in order of appearance. */
  static String terms(String text) {
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
    return String.join(" ", words);
  }

  static String preview(String text) {
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
}
