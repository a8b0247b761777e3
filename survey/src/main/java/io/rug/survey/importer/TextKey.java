package io.rug.survey.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How imported headings are compared with question texts: case, accents, quotes, punctuation and
 * white space do not matter ("SLURM" = "Slurm", “traditional” = "traditional").
 */
final class TextKey {
  private TextKey() {}

  static String of(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
