package io.rug.awesome.lint;

import java.util.List;

/** The outcome of linting one list: its problems (sorted) and how many entries it has. */
public record LintReport(String file, List<Problem> problems) {
  public boolean ok() {
    return problems.isEmpty();
  }
}
