package io.rug.survey.store;

/**
 * Where a submission came from: {@code web} (reference: e.g. a hashed client address, or null) or
 * {@code import} (reference: the source file or participant).
 */
public record Origin(String source, String reference) {
  public static Origin web(String reference) {
    return new Origin("web", reference);
  }

  public static Origin imported(String reference) {
    return new Origin("import", reference);
  }
}
