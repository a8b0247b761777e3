package io.rug.stack.yaml;

import java.nio.file.Path;

/** A manifest file that cannot be read or is not valid YAML; carries the position when known. */
public final class ManifestInputException extends Exception {
  private final Path file;
  private final int line;
  private final int column;

  public ManifestInputException(Path file, int line, int column, String message) {
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
