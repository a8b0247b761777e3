package io.rug.survey.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL names from titles: "Monash eResearch Centre" → {@code monash-eresearch-centre}. */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

  private Slugs() {}

  public static String slugify(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .transform(t -> MARKS.matcher(t).replaceAll(""))
            .toLowerCase(Locale.ROOT);
    String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(ascii).replaceAll("-")).replaceAll("");
    if (slug.length() > 80) {
      slug = TRAILING_DASHES.matcher(slug.substring(0, 80)).replaceAll("");
    }
    return slug.isEmpty() ? "entry" : slug;
  }
}
