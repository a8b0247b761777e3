package io.rug.survey.report;

import io.rug.survey.questionnaire.Option;
import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.QuestionType;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.report.Report.OptionCount;
import io.rug.survey.report.Report.QuestionReport;
import io.rug.survey.store.AnswerValue;
import io.rug.survey.store.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates approved submissions of all versions of a questionnaire. Questions are those of the
 * latest version, then codes only older versions asked; a submission whose version did not ask a
 * question is not counted for it (not asked is not the same as left blank, which is also not
 * counted as a response).
 */
public final class ReportBuilder {
  private final QuestionnaireCatalog catalog;
  private final ThemeGrouper themes = new ThemeGrouper();

  public ReportBuilder(QuestionnaireCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param sector option code of the questionnaire's sector question to filter by; ignored when the
   *     questionnaire has no sector question
   * @throws IllegalArgumentException unknown questionnaire or sector code
   */
  public Report build(String questionnaireId, List<Submission> approved, Optional<String> sector) {
    List<Questionnaire> versions = catalog.versions(questionnaireId);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(
          "no questionnaire '" + questionnaireId + "' (known: " + catalog.ids() + ")");
    }
    Questionnaire latest = versions.get(versions.size() - 1);
    Optional<String> filter =
        sector.filter(s -> !s.isBlank() && !latest.sectorQuestion().isEmpty());
    if (filter.isPresent()) {
      Question sq = latest.question(latest.sectorQuestion()).orElseThrow();
      if (sq.option(filter.get()).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown sector '" + filter.get() + "' (one of " + codes(sq.options()) + ")");
      }
    }
    List<Submission> chosen =
        approved.stream()
            .filter(s -> s.questionnaireId().equals(questionnaireId))
            .filter(
                s ->
                    filter.isEmpty()
                        || s.answers().values(latest.sectorQuestion()).contains(filter.get()))
            .toList();
    List<QuestionReport> questions = new ArrayList<>();
    for (Question q : questionsOf(versions)) {
      questions.add(question(q, chosen));
    }
    int participants =
        (int)
            chosen.stream()
                .filter(
                    s -> questions.stream().anyMatch(q -> !s.answers().values(q.code()).isEmpty()))
                .count();
    boolean event = latest.importFormat().equals("poll-csv");
    return new Report(
        event ? "event" : "questionnaire",
        questionnaireId,
        latest.title(),
        questions.size(),
        participants,
        filter,
        questions);
  }

  private static List<Question> questionsOf(List<Questionnaire> versions) {
    Map<String, Question> byCode = new LinkedHashMap<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      for (Question q : versions.get(i).questions()) {
        if (q.inResults()) {
          byCode.putIfAbsent(q.code(), q);
        }
      }
    }
    return List.copyOf(byCode.values());
  }

  private QuestionReport question(Question q, List<Submission> submissions) {
    List<AnswerValue> values = new ArrayList<>();
    int participants = 0;
    for (Submission s : submissions) {
      List<AnswerValue> v = s.answers().answerValues(q.code());
      values.addAll(v);
      participants += v.isEmpty() ? 0 : 1;
    }
    boolean choice = q.type().hasOptions() || q.type() == QuestionType.YESNO;
    List<OptionCount> options = new ArrayList<>();
    if (choice) {
      for (Option o : q.choices()) {
        int count = (int) values.stream().filter(v -> v.value().equals(o.code())).count();
        options.add(new OptionCount(o.code(), o.label(), count, percent(count, participants)));
      }
    }
    return new QuestionReport(
        q.code(),
        q.text(),
        q.type().reportType(),
        values.size(),
        participants,
        options,
        choice ? List.of() : themes.group(values));
  }

  static double percent(int count, int of) {
    if (of == 0) {
      return 0;
    }
    return BigDecimal.valueOf(count * 100L)
        .divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static List<String> codes(List<Option> options) {
    return options.stream().map(Option::code).toList();
  }
}
