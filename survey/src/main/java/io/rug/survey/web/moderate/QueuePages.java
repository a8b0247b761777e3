package io.rug.survey.web.moderate;

import io.javalin.http.Context;
import io.rug.survey.web.AnswerText;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyBackend.Stored;
import io.rug.survey.web.submit.FormQuestion;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Builds the moderation queue page from the store. */
public final class QueuePages {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private final SurveyBackend backend;

  public QueuePages(SurveyBackend backend) {
    this.backend = backend;
  }

  QueueView view(String user, String csrf, Context ctx) {
    String flash = "";
    if (ctx.queryParam("approved") != null) {
      flash = "Submission " + number(ctx.queryParam("approved")) + " approved and published.";
    } else if (ctx.queryParam("rejected") != null) {
      flash = "Submission " + number(ctx.queryParam("rejected")) + " rejected.";
    } else if (ctx.queryParam("edited") != null) {
      flash = "Submission " + number(ctx.queryParam("edited")) + " saved.";
    }
    List<QueueView.Item> pending = backend.pending().stream().map(this::item).toList();
    List<QueueView.Item> recent = backend.recentlyModerated(20).stream().map(this::item).toList();
    return new QueueView(user, csrf, flash, pending, recent);
  }

  private QueueView.Item item(Stored s) {
    List<QueueView.Line> lines = new ArrayList<>();
    List<FormQuestion> questions =
        backend.version(s.questionnaireId(), s.version()).map(f -> f.questions()).orElse(List.of());
    for (FormQuestion q : questions) {
      List<String> values = s.answers().getOrDefault(q.code(), List.of());
      if (!values.isEmpty()) {
        lines.add(new QueueView.Line(q.text(), String.join("; ", AnswerText.labels(q, values))));
      }
    }
    return new QueueView.Item(
        s.id(),
        s.title().isBlank() ? "Submission " + s.id() : s.title(),
        s.questionnaireId() + " v" + s.version(),
        WHEN.format(s.received()),
        s.status(),
        s.reason() == null ? "" : s.reason(),
        lines);
  }

  private static String number(String v) {
    return v.matches("\\d{1,18}") ? v : "?";
  }
}
