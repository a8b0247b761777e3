package io.rug.survey.export;

import io.rug.survey.export.ExportColumns.Column;
import io.rug.survey.questionnaire.Option;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.report.JsonWriter;
import io.rug.survey.store.Submission;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per submission, one column per question code, values as option codes or (with labels)
 * option labels. In CSV a question the submission's version did not ask is {@code NA}, a blank
 * answer is empty, several values are joined with {@code " | "}; in JSON not asked is {@code null}
 * and answers are lists.
 */
public final class SubmissionExport {
  public static final String NOT_ASKED = "NA";
  public static final String SEPARATOR = " | ";
  private static final List<String> FIXED =
      List.of("id", "questionnaire", "version", "status", "slug", "source", "created_at");

  private final ExportColumns columns;
  private final boolean labels;

  public SubmissionExport(List<Questionnaire> versions, boolean labels) {
    this.columns = ExportColumns.of(versions);
    this.labels = labels;
  }

  public String csv(List<Submission> submissions) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>(FIXED);
      columns.columns().forEach(c -> header.add(c.question().code()));
      p.printRecord(header);
      for (Submission s : submissions) {
        List<String> row = new ArrayList<>(fixed(s));
        for (Column c : columns.columns()) {
          String code = c.question().code();
          row.add(s.answers().asked(code) ? String.join(SEPARATOR, values(s, c)) : NOT_ASKED);
        }
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public String json(List<Submission> submissions) {
    JsonWriter w = new JsonWriter().beginArray();
    for (Submission s : submissions) {
      w.beginObject();
      List<String> fixed = fixed(s);
      for (int i = 0; i < FIXED.size(); i++) {
        w.name(FIXED.get(i));
        if (i == 0 || i == 2) {
          w.value(Long.parseLong(fixed.get(i)));
        } else {
          w.value(fixed.get(i).isEmpty() && i == 4 ? null : fixed.get(i));
        }
      }
      w.name("answers").beginObject();
      for (Column c : columns.columns()) {
        w.name(c.question().code());
        if (!s.answers().asked(c.question().code())) {
          w.nullValue();
        } else {
          w.beginArray();
          values(s, c).forEach(w::value);
          w.endArray();
        }
      }
      w.endObject().endObject();
    }
    return w.endArray().toString() + "\n";
  }

  private List<String> values(Submission s, Column c) {
    List<String> v = s.answers().values(c.question().code());
    return labels ? v.stream().map(c.question()::label).toList() : v;
  }

  private static List<String> fixed(Submission s) {
    return List.of(
        Long.toString(s.id()),
        s.questionnaireId(),
        Integer.toString(s.version()),
        s.status().dbName(),
        s.slug() == null ? "" : s.slug(),
        s.origin().source(),
        s.createdAt().toString());
  }

  /** The codebook: one row per question code with text, type, options and versions. */
  public String codebookCsv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord("code", "text", "type", "options", "versions");
      for (Column c : columns.columns()) {
        p.printRecord(
            c.question().code(),
            c.question().text(),
            c.question().type().yamlName(),
            String.join(
                SEPARATOR,
                c.question().choices().stream().map(o -> o.code() + "=" + o.label()).toList()),
            String.join(" ", c.versions().stream().map(String::valueOf).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public String codebookJson() {
    JsonWriter w = new JsonWriter().beginArray();
    for (Column c : columns.columns()) {
      w.beginObject();
      w.name("code").value(c.question().code());
      w.name("text").value(c.question().text());
      w.name("type").value(c.question().type().yamlName());
      w.name("options").beginArray();
      for (Option o : c.question().choices()) {
        w.beginObject().name("code").value(o.code()).name("label").value(o.label()).endObject();
      }
      w.endArray();
      w.name("versions").beginArray();
      c.versions().forEach(v -> w.value(v));
      w.endArray();
      w.endObject();
    }
    return w.endArray().toString() + "\n";
  }
}
