package io.rug.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.report.Report.OptionCount;
import io.rug.survey.report.Report.QuestionReport;
import io.rug.survey.report.Report.Theme;
import io.rug.survey.testing.SeedSubmissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expected values counted by hand from the poll's CSV files in survey/seed. */
class PollReportTest {
  private final QuestionnaireCatalog catalog = QuestionnaireCatalog.shipped();
  private Report report;

  @BeforeEach
  void build() throws Exception {
    report =
        new ReportBuilder(catalog)
            .build(
                "kubecon-na-2019",
                SeedSubmissions.approved(catalog, "kubecon-na-2019"),
                Optional.empty());
  }

  @Test
  void countsFiveActivitiesAndTwentyOneParticipants() {
    assertThat(report.kind()).isEqualTo("event");
    assertThat(report.activities()).isEqualTo(5);
    assertThat(report.participants()).isEqualTo(21);
  }

  @Test
  void multipleChoiceCountsAndPercentages() {
    QuestionReport community = report.questions().get(0);
    assertThat(community.text()).isEqualTo("Which industry or group do you represent?");
    assertThat(community.responses()).isEqualTo(21);
    assertThat(community.options())
        .extracting(OptionCount::label, OptionCount::count, OptionCount::percent)
        .containsExactly(
            tuple("Academia", 9, 42.86),
            tuple("Private Sector", 4, 19.05),
            tuple("Government", 4, 19.05),
            tuple("Non Profit", 1, 4.76),
            tuple("Other", 3, 14.29));
    QuestionReport adoption = report.questions().get(1);
    assertThat(adoption.uniqueParticipants()).isEqualTo(15);
    assertThat(adoption.options())
        .extracting(OptionCount::count, OptionCount::percent)
        .containsExactly(tuple(6, 40.0), tuple(4, 26.67), tuple(3, 20.0), tuple(2, 13.33));
  }

  @Test
  void openEndedCountsEveryAnswerAndDistinctParticipants() {
    QuestionReport pain = report.questions().get(3);
    assertThat(pain.type()).isEqualTo("open-ended");
    assertThat(pain.responses()).isEqualTo(35);
    assertThat(pain.uniqueParticipants()).isEqualTo(13);
    assertThat(pain.themes().get(0))
        .extracting(Theme::label, Theme::count)
        .containsExactly("Learning Curve", 4);
  }

  @Test
  void qaThemesSumTheVotesFile() {
    QuestionReport focus = report.questions().get(4);
    assertThat(focus.type()).isEqualTo("qa");
    assertThat(focus.responses()).isEqualTo(15);
    assertThat(focus.uniqueParticipants()).isEqualTo(9);
    assertThat(focus.themes())
        .extracting(Theme::label, Theme::count, Theme::upvotes, Theme::downvotes)
        .startsWith(
            tuple("Multi-tenancy", 3, 10, 1),
            tuple("batch", 3, 8, 0),
            tuple("Documentation", 1, 8, 0));
    assertThat(focus.themes().get(0).members())
        .containsExactlyInAnyOrder("Multi-tenancy", "multitenacy", "multitenancy");
    assertThat(focus.themes().stream().mapToInt(Theme::upvotes).sum()).isEqualTo(53);
    assertThat(focus.themes().stream().mapToInt(Theme::downvotes).sum()).isEqualTo(3);
  }

  @Test
  void filtersBySector() throws Exception {
    Report academia =
        new ReportBuilder(catalog)
            .build(
                "kubecon-na-2019",
                SeedSubmissions.approved(catalog, "kubecon-na-2019"),
                Optional.of("academia"));
    assertThat(academia.participants()).isEqualTo(9);
    assertThat(academia.questions().get(0).options().get(0).percent()).isEqualTo(100.0);
    assertThatThrownBy(
            () ->
                new ReportBuilder(catalog)
                    .build("kubecon-na-2019", java.util.List.of(), Optional.of("pirates")))
        .hasMessageContaining("unknown sector 'pirates'");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    String json = ReportJson.write(report);
    assertThat(json)
        .startsWith("{\n  \"event\": \"kubecon-na-2019\",")
        .contains("\"activities\": 5,")
        .contains("\"participants\": 21,")
        .contains("\"label\": \"Academia\",\n          \"count\": 9,\n          \"percent\": 42.86")
        .contains("\"percent\": 40.00")
        .contains("\"type\": \"qa\"")
        .contains(
            "\"label\": \"Multi-tenancy\",\n          \"count\": 3,\n"
                + "          \"upvotes\": 10,\n          \"downvotes\": 1,\n"
                + "          \"members\": [");
  }
}
