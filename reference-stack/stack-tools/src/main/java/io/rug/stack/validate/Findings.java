package io.rug.stack.validate;

import io.rug.stack.yaml.SourceDoc;
import java.util.ArrayList;
import java.util.List;

/** Collects problems, turning node paths into file positions. */
final class Findings {
  private final List<Problem> problems = new ArrayList<>();

  void report(SourceDoc doc, String path, String rule, String message) {
    int[] at = doc.positions().find(path);
    problems.add(new Problem(doc.file(), doc.index(), at[0], at[1], rule, message));
  }

  List<Problem> problems() {
    return problems;
  }
}
