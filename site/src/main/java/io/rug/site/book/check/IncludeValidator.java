package io.rug.site.book.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a file that a chapter includes (e.g. a manifest from {@code reference-stack/}), so
 * {@code rug book check} fails when the book shows something that would not run. The CLI passes the
 * reference stack's validator; without it, only YAML syntax is checked.
 */
public interface IncludeValidator {

  /** Problems in {@code file}, with 1-based positions in that file; empty when it is valid. */
  List<Problem> validate(Path file) throws IOException;

  /** One problem at a position in the included file. */
  record Problem(int line, int column, String ruleId, String message) {}
}
