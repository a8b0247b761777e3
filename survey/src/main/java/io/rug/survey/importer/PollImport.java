package io.rug.survey.importer;

import io.rug.survey.importer.PollCsvParser.Activity;
import io.rug.survey.importer.PollCsvParser.Row;
import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.store.AnswerValue;
import io.rug.survey.store.Answers;
import io.rug.survey.store.ImportedSubmission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a poll's activity files into one submission per participant (Public ID), with all of a
 * participant's answers to each question and the Q&A votes attached.
 */
final class PollImport {
  private PollImport() {}

  /**
   * @param files file label → CSV text, in file-name order
   */
  static List<ImportedSubmission> parse(Questionnaire q, Map<String, String> files) {
    Map<String, Activity> byQuestion = new LinkedHashMap<>();
    Map<String, Activity> byFile = new HashMap<>();
    Map<String, String> votesFiles = new TreeMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (PollCsvParser.isVotesFile(f.getValue())) {
        votesFiles.put(f.getKey(), f.getValue());
        continue;
      }
      Activity a = PollCsvParser.activity(f.getKey(), f.getValue(), q);
      Activity earlier = byQuestion.put(a.question().code(), a);
      if (earlier != null) {
        throw new ImportException(f.getKey(), 1, "answers the same question as " + earlier.file());
      }
      byFile.put(f.getKey(), a);
    }
    Map<Row, AnswerValue> voted = new HashMap<>();
    for (Map.Entry<String, String> v : votesFiles.entrySet()) {
      String submissions = v.getKey().replaceFirst("-Votes\\.csv$", "-Submissions.csv");
      Activity qa = byFile.get(submissions);
      if (qa == null) {
        throw new ImportException(v.getKey(), 1, "no matching submissions file " + submissions);
      }
      PollCsvParser.attachVotes(
          v.getKey(), PollCsvParser.votes(v.getKey(), v.getValue()), qa, voted, (r, a) -> {});
    }
    Map<String, Map<String, List<AnswerValue>>> byParticipant = new TreeMap<>();
    Map<String, Row> firstRow = new HashMap<>();
    for (Activity a : byQuestion.values()) {
      Question question = a.question();
      for (Row r : a.rows()) {
        Row first = firstRow.putIfAbsent(r.publicId(), r);
        if (first != null && !first.screenName().equals(r.screenName())) {
          throw new ImportException(
              a.file(),
              r.line(),
              "Public ID " + r.publicId() + " is '" + first.screenName() + "' elsewhere");
        }
        List<AnswerValue> values =
            byParticipant
                .computeIfAbsent(r.publicId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(question.code(), k -> new ArrayList<>());
        if (!values.isEmpty() && !question.multiValued()) {
          throw new ImportException(
              a.file(), r.line(), r.screenName() + " answered " + question.code() + " twice");
        }
        values.add(voted.getOrDefault(r, AnswerValue.of(r.value())));
      }
    }
    List<ImportedSubmission> out = new ArrayList<>();
    byParticipant.forEach(
        (publicId, answers) ->
            out.add(
                new ImportedSubmission(
                    q.id(),
                    q.version(),
                    "import:" + q.id() + ":" + publicId,
                    null,
                    q.importDirectory() + " " + firstRow.get(publicId).screenName(),
                    new Answers(answers))));
    return out;
  }
}
