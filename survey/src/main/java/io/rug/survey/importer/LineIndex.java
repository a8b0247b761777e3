package io.rug.survey.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maps a character offset of a text to its 1-based line number (LF, CRLF or a lone CR end a line).
 */
final class LineIndex {
  private final List<Long> starts = new ArrayList<>();

  LineIndex(String text) {
    starts.add(0L);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        starts.add((long) i + 1);
      }
    }
  }

  int lineOf(long offset) {
    int i = Collections.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
