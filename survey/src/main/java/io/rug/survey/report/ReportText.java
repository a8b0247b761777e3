package io.rug.survey.report;

import io.rug.survey.report.Report.OptionCount;
import io.rug.survey.report.Report.QuestionReport;
import io.rug.survey.report.Report.Theme;

/** The human-readable report: one block per question, bars for options, themes by size. */
public final class ReportText {
  private ReportText() {}

  public static String write(Report r) {
    StringBuilder out = new StringBuilder();
    out.append(r.title()).append(" (").append(r.kind()).append(' ').append(r.id()).append(")\n");
    r.sector().ifPresent(s -> out.append("sector: ").append(s).append('\n'));
    out.append(r.activities())
        .append(" questions, ")
        .append(r.participants())
        .append(" participants\n");
    for (QuestionReport q : r.questions()) {
      out.append("\n")
          .append(q.text())
          .append("\n  [")
          .append(q.code())
          .append(", ")
          .append(q.type())
          .append("] ")
          .append(q.responses())
          .append(" responses from ")
          .append(q.uniqueParticipants())
          .append(" participants\n");
      for (OptionCount o : q.options()) {
        out.append(
            String.format(
                "  %-42s %4d %7.2f%%  %s%n",
                o.label(), o.count(), o.percent(), "#".repeat((int) Math.round(o.percent() / 5))));
      }
      for (Theme t : q.themes()) {
        String label = t.label().replaceAll("\\s+", " ");
        label = label.length() > 100 ? label.substring(0, 97) + "..." : label;
        out.append(String.format("  %4d  %s", t.count(), label));
        if (t.upvotes() + t.downvotes() > 0) {
          out.append(String.format("  (+%d/-%d)", t.upvotes(), t.downvotes()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
