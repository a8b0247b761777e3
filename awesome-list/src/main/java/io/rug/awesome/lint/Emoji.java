package io.rug.awesome.lint;

/** Approximates emoji-regex for the list rules: pictographs, dingbats and the like. */
final class Emoji {
  private Emoji() {}

  static boolean isEmoji(int cp) {
    return cp == 0xA9
        || cp == 0xAE
        || cp == 0x203C
        || cp == 0x2049
        || cp == 0x2122
        || cp == 0x2139
        || (cp >= 0x2194 && cp <= 0x21AA)
        || (cp >= 0x231A && cp <= 0x23FF)
        || cp == 0x24C2
        || (cp >= 0x25AA && cp <= 0x25FE)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2934 && cp <= 0x2935)
        || (cp >= 0x2B05 && cp <= 0x2B55)
        || cp == 0x3030
        || cp == 0x303D
        || cp == 0x3297
        || cp == 0x3299
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  /** True when the text's last character (ignoring variation selectors and joiners) is an emoji. */
  static boolean endsWithEmoji(String text) {
    int i = text.length();
    while (i > 0) {
      int cp = text.codePointBefore(i);
      if (cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
        i -= Character.charCount(cp);
        continue;
      }
      return isEmoji(cp);
    }
    return false;
  }

  /** The text with every emoji (and its modifiers) removed. */
  static String strip(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !isEmoji(cp) && cp != 0xFE0F && cp != 0x200D)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
