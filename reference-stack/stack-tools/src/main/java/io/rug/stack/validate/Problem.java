package io.rug.stack.validate;

import java.nio.file.Path;

/**
 * One problem in a manifest, printed as {@code FILE:DOC:LINE: rule-id: message}.
 *
 * @param doc 1-based index of the YAML document in the file
 * @param line 1-based line in the file
 */
public record Problem(Path file, int doc, int line, int column, String rule, String message) {
  @Override
  public String toString() {
    return file + ":" + doc + ":" + line + ": " + rule + ": " + message;
  }
}
