package io.rug.site.book.check;

import java.nio.file.Path;

/** One finding of {@code rug book check}, printed as {@code file:line:col: message}. */
public record Finding(Path file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
