package io.rug.survey.report;

import io.rug.survey.report.Report.OptionCount;
import io.rug.survey.report.Report.QuestionReport;
import io.rug.survey.report.Report.Theme;

/** The {@code rug survey report --json} document. */
public final class ReportJson {
  private ReportJson() {}

  public static String write(Report r) {
    JsonWriter w = new JsonWriter().beginObject();
    w.name(r.kind()).value(r.id());
    w.name("title").value(r.title());
    if (r.sector().isPresent()) {
      w.name("sector").value(r.sector().get());
    }
    w.name("activities").value(r.activities());
    w.name("participants").value(r.participants());
    w.name("questions").beginArray();
    for (QuestionReport q : r.questions()) {
      w.beginObject();
      w.name("code").value(q.code());
      w.name("text").value(q.text());
      w.name("type").value(q.type());
      w.name("responses").value(q.responses());
      w.name("uniqueParticipants").value(q.uniqueParticipants());
      w.name("options").beginArray();
      for (OptionCount o : q.options()) {
        w.beginObject();
        w.name("code").value(o.code());
        w.name("label").value(o.label());
        w.name("count").value(o.count());
        w.name("percent").decimal2(o.percent());
        w.endObject();
      }
      w.endArray();
      w.name("themes").beginArray();
      for (Theme t : q.themes()) {
        w.beginObject();
        w.name("label").value(t.label());
        w.name("count").value(t.count());
        w.name("upvotes").value(t.upvotes());
        w.name("downvotes").value(t.downvotes());
        w.name("members").beginArray();
        t.members().forEach(w::value);
        w.endArray();
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    return w.endObject().toString() + "\n";
  }
}
