package io.rug.awesome.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one Markdown file, turning source offsets into line and column. */
public final class Problems {
  private final MarkdownFile file;
  private final List<Problem> found = new ArrayList<>();

  public Problems(MarkdownFile file) {
    this.file = file;
  }

  public MarkdownFile file() {
    return file;
  }

  /** Reports a problem at a source offset of the file. */
  public void at(int offset, String message, String ruleId) {
    found.add(new Problem(file.name(), file.line(offset), file.column(offset), message, ruleId));
  }

  /** Reports a problem about the file as a whole (line 1, column 1). */
  public void onFile(String message, String ruleId) {
    found.add(new Problem(file.name(), 1, 1, message, ruleId));
  }

  public List<Problem> list() {
    return found;
  }
}
