package io.rug.awesome.lint;

/** One finding of the linter, positioned 1-based like editors and awesome-lint report it. */
public record Problem(String file, int line, int column, String message, String ruleId)
    implements Comparable<Problem> {

  /** The conventional one-line form: {@code FILE:LINE:COL message rule-id}. */
  public String format() {
    return file + ":" + line + ":" + column + "  " + message + "  " + ruleId;
  }

  @Override
  public int compareTo(Problem o) {
    int c = file.compareTo(o.file);
    if (c == 0) c = Integer.compare(line, o.line);
    if (c == 0) c = Integer.compare(column, o.column);
    if (c == 0) c = ruleId.compareTo(o.ruleId);
    return c == 0 ? message.compareTo(o.message) : c;
  }
}
