package io.rug.site.book;

import java.nio.file.Path;

/**
 * Malformed input (book.yaml, a chapter's front matter, a missing chapter file) with its location;
 * the CLI prints {@link #getMessage()} and exits 2.
 */
public final class BookInputException extends RuntimeException {
  private final Path file;
  private final int line;
  private final int column;

  public BookInputException(Path file, int line, int column, String message) {
    super(file + ":" + line + ":" + column + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
