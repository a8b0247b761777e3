package io.rug.survey.importer;

import io.rug.survey.questionnaire.Option;
import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.QuestionType;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.store.AnswerValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one activity export of a live poll: {@code Response #,Started At (CST),Screen Name,Public
 * ID,<question>}, CRLF, quoted fields, several rows per participant; or a Q&A votes file {@code
 * Responses,Upvotes,Downvotes}.
 */
final class PollCsvParser {
  static final List<String> ACTIVITY_HEADER =
      List.of("Response #", "Started At (CST)", "Screen Name", "Public ID");
  static final List<String> VOTES_HEADER = List.of("Responses", "Upvotes", "Downvotes");

  /** One answer row of an activity file. */
  record Row(int line, int responseNumber, String screenName, String publicId, String value) {}

  /** One row of a votes file. */
  record Vote(int line, String text, int up, int down) {}

  /** A parsed activity: the question it answers and its rows in response order. */
  record Activity(String file, Question question, List<Row> rows) {}

  static boolean isVotesFile(String csv) {
    List<String> header = records("", csv).get(0).values();
    return header.equals(VOTES_HEADER);
  }

  static Activity activity(String file, String csv, Questionnaire q) {
    List<Rec> recs = records(file, csv);
    List<String> header = recs.get(0).values();
    if (header.size() != 5 || !header.subList(0, 4).equals(ACTIVITY_HEADER)) {
      throw new ImportException(
          file, 1, "expected header " + String.join(",", ACTIVITY_HEADER) + ",<question>");
    }
    Question question =
        q.questions().stream()
            .filter(x -> TextKey.of(x.text()).equals(TextKey.of(header.get(4))))
            .findFirst()
            .orElseThrow(
                () ->
                    new ImportException(
                        file, 1, "'" + header.get(4) + "' is not a question of " + q.ref()));
    List<Row> rows = new ArrayList<>();
    for (Rec r : recs.subList(1, recs.size())) {
      List<String> v = r.values();
      if (v.size() != 5) {
        throw new ImportException(file, r.line(), "expected 5 fields, found " + v.size());
      }
      int number = integer(file, r.line(), "Response #", v.get(0));
      if (v.get(2).isBlank() || v.get(3).isBlank()) {
        throw new ImportException(file, r.line(), "missing Screen Name or Public ID");
      }
      if (v.get(4).isBlank()) {
        throw new ImportException(file, r.line(), "empty answer");
      }
      String value = v.get(4).strip();
      if (question.type().hasOptions()) {
        value = optionCode(file, r.line(), question, value);
      }
      rows.add(new Row(r.line(), number, v.get(2).strip(), v.get(3).strip(), value));
    }
    rows.sort(java.util.Comparator.comparingInt(Row::responseNumber));
    return new Activity(file, question, rows);
  }

  static List<Vote> votes(String file, String csv) {
    List<Vote> out = new ArrayList<>();
    List<Rec> recs = records(file, csv);
    for (Rec r : recs.subList(1, recs.size())) {
      List<String> v = r.values();
      if (v.size() != 3) {
        throw new ImportException(file, r.line(), "expected 3 fields, found " + v.size());
      }
      int up = integer(file, r.line(), "Upvotes", v.get(1));
      int down = integer(file, r.line(), "Downvotes", v.get(2));
      out.add(new Vote(r.line(), v.get(0).strip(), up, down));
    }
    return out;
  }

  /** Attaches each vote row to the next not yet voted Q&A answer with exactly its text. */
  static void attachVotes(
      String votesFile,
      List<Vote> votes,
      Activity qa,
      Map<Row, AnswerValue> voted,
      BiConsumer<Row, AnswerValue> sink) {
    if (qa.question().type() != QuestionType.QA) {
      throw new ImportException(votesFile, 1, qa.file() + " is not a Q&A activity");
    }
    for (Vote v : votes) {
      Row row =
          qa.rows().stream()
              .filter(r -> r.value().equals(v.text()) && !voted.containsKey(r))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ImportException(
                          votesFile,
                          v.line(),
                          "no (unvoted) submission '" + v.text() + "' in " + qa.file()));
      AnswerValue a = new AnswerValue(row.value(), v.up(), v.down());
      voted.put(row, a);
      sink.accept(row, a);
    }
  }

  private static String optionCode(String file, int line, Question q, String label) {
    return q.options().stream()
        .filter(o -> TextKey.of(o.label()).equals(TextKey.of(label)))
        .map(Option::code)
        .findFirst()
        .orElseThrow(
            () ->
                new ImportException(
                    file,
                    line,
                    "'"
                        + label
                        + "' is not an option of "
                        + q.code()
                        + " ("
                        + String.join(" | ", q.options().stream().map(Option::label).toList())
                        + ")"));
  }

  private static int integer(String file, int line, String column, String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ImportException(
          file, line, column + " must be a whole number, got '" + value + "'");
    }
  }

  private record Rec(int line, List<String> values) {}

  private static List<Rec> records(String file, String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    LineIndex lines = new LineIndex(text);
    List<Rec> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        out.add(new Rec(lines.lineOf(r.getCharacterPosition()), r.toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new ImportException(file, 1, "not valid CSV: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new ImportException(file, 1, "empty file");
    }
    return out;
  }
}
