package io.rug.survey.web.results;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.report.Report;
import io.rug.survey.report.ReportBuilder;
import io.rug.survey.store.SurveyStore;
import java.util.List;
import java.util.Optional;

/** Results pages from the survey report over approved submissions only. */
public final class ResultsPages {
  private final SurveyStore store;
  private final ReportBuilder reports;

  public ResultsPages(SurveyStore store, ReportBuilder reports) {
    this.store = store;
    this.reports = reports;
  }

  /** The results of a questionnaire or event; empty when there is no such questionnaire. */
  public Optional<ResultsView> view(String questionnaireId, String sector) {
    Optional<Questionnaire> latest = store.catalog().latest(questionnaireId);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    List<ResultsView.SectorChoice> sectors = sectors(latest.get(), sector);
    boolean known = sectors.stream().anyMatch(ResultsView.SectorChoice::selected);
    String filter = known ? sector : "";
    Report report =
        reports.build(
            questionnaireId,
            store.approved(questionnaireId),
            filter.isEmpty() ? Optional.empty() : Optional.of(filter));
    String sectorLabel =
        sectors.stream()
            .filter(ResultsView.SectorChoice::selected)
            .map(ResultsView.SectorChoice::label)
            .findFirst()
            .orElse("");
    return Optional.of(
        new ResultsView(
            report.title(),
            "/results/" + questionnaireId,
            sectors,
            sectorLabel,
            report.participants(),
            report.questions().stream().map(ResultsPages::question).toList()));
  }

  private static List<ResultsView.SectorChoice> sectors(Questionnaire q, String selected) {
    if (q.sectorQuestion().isEmpty()) {
      return List.of();
    }
    return q.question(q.sectorQuestion()).map(Question::choices).orElse(List.of()).stream()
        .map(o -> new ResultsView.SectorChoice(o.code(), o.label(), o.code().equals(selected)))
        .toList();
  }

  private static ResultsView.QuestionResult question(Report.QuestionReport q) {
    BarChart chart =
        q.options().isEmpty()
            ? null
            : BarChart.of(
                q.text(),
                q.options().stream().map(Report.OptionCount::label).toList(),
                q.options().stream().map(Report.OptionCount::count).toList(),
                q.options().stream().map(Report.OptionCount::percent).toList());
    List<ResultsView.Theme> themes =
        q.themes().stream()
            .map(
                t ->
                    new ResultsView.Theme(
                        t.label(), t.count(), t.upvotes(), t.downvotes(), t.members()))
            .toList();
    return new ResultsView.QuestionResult(
        q.text(), q.type(), q.responses(), q.uniqueParticipants(), chart, themes);
  }
}
