package io.rug.survey.importer;

/** A malformed import file; the message starts with {@code file:line:}. */
public final class ImportException extends IllegalArgumentException {
  public ImportException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
