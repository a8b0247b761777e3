package io.rug.awesome.lint;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered.
 */
public final class Slugger {
  private final Map<String, Integer> seen = new HashMap<>();

  public String slug(String text) {
    StringBuilder sb = new StringBuilder();
    String lower = text.replace("\uFE0F", "").toLowerCase(Locale.ROOT);
    lower
        .codePoints()
        .forEach(
            cp -> {
              if (cp == ' ') sb.append('-');
              else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp))
                sb.appendCodePoint(cp);
            });
    String base = sb.toString();
    String slug = base;
    Integer n = seen.get(base);
    if (n != null) {
      int k = n;
      do {
        slug = base + "-" + ++k;
      } while (seen.containsKey(slug));
      seen.put(base, k);
    }
    seen.put(slug, 0);
    return slug;
  }
}
