package io.rug.site.book.render;

/**
 * What the search index keeps of a section's text: a short preview and its distinct words (not the
 * full text; MiniSearch indexes words anyway, and this keeps the index small). Computed while
 * rendering, so the render cache holds it too.
 */
final class SearchText {
  private static final int PREVIEW = 140;
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private SearchText() {}

  /**
   * Distinct lower-case words of two or more letters or digits (and under 40), in order of
   * appearance, space-separated. ASCII words are copied whole; others are lower-cased character by
   * character, as {@link Character#toLowerCase(char)} does. Words already seen are found in {@link
   * DistinctWords} without making a string of them.
   */
  static String terms(String text) {
    DistinctWords words = new DistinctWords(text.length() / 3);
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean plain = true; // ASCII without capitals: the word is a substring as it stands
      while (i < n) {
        char c = text.charAt(i);
        if (c < 128 ? !ASCII_WORD[c] : !Character.isLetterOrDigit(c)) {
          break;
        }
        plain &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        i++;
      }
      int length = i - start;
      if (length > 1 && length < 40) {
        words.add(text, start, i, plain);
      }
    }
    return words.toString();
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
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
