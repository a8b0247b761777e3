package io.rug.survey.store;

import java.text.Normalizer;
import java.util.Locale;

/** URL names from titles: "Monash eResearch Centre" → {@code monash-eresearch-centre}. */
public final class Slugs {
  private Slugs() {}

  public static String slugify(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "entry" : slug;
  }
}
