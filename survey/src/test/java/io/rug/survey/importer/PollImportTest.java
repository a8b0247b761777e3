package io.rug.survey.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.AnswerValue;
import io.rug.survey.store.ImportedSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PollImportTest {
  private static final Path SEED = Path.of("seed/events-2019-kubecon-na");
  private final Questionnaire poll = QuestionnaireCatalog.shipped().require("kubecon-na-2019", 1);

  private static Map<String, String> seedFiles() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(SEED)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        files.put(p.toString(), Files.readString(p));
      }
    }
    return files;
  }

  private ImportedSubmission participant(List<ImportedSubmission> all, String publicId) {
    return all.stream().filter(s -> s.key().endsWith(":" + publicId)).findFirst().orElseThrow();
  }

  @Test
  void onePollSubmissionPerParticipant() throws Exception {
    List<ImportedSubmission> all = PollImport.parse(poll, seedFiles());
    assertThat(all).hasSize(21);
    assertThat(all).allMatch(s -> s.slug() == null && s.questionnaireId().equals(poll.id()));
  }

  @Test
  void keepsSeveralAnswersPerParticipantInResponseOrder() throws Exception {
    ImportedSubmission attendee1 = participant(PollImport.parse(poll, seedFiles()), "627544");
    assertThat(attendee1.answers().values("poll.pain_points"))
        .containsExactly(
            "scale",
            "scheduling",
            "multi-cluster",
            "security",
            "file-system integration!",
            "run-to-completion job support");
    assertThat(attendee1.answers().values("poll.community")).containsExactly("private-sector");
    assertThat(attendee1.answers().values("poll.adoption")).containsExactly("development");
  }

  @Test
  void readsQuotedCommasAndQuotesFromCrlfFiles() throws Exception {
    List<ImportedSubmission> all = PollImport.parse(poll, seedFiles());
    assertThat(participant(all, "540091").answers().values("poll.tools"))
        .contains(
            "Kubeadm, jupyter, gitlab, Prometheus, kata, containerd, helm, helmfile, oauth2-proxy,"
                + " mlflow, nginx-ingress, grafana, elasticsearch");
    assertThat(participant(all, "285131").answers().values("poll.pain_points"))
        .contains("\"effort required\"");
  }

  @Test
  void attachesVotesToQaSubmissionsByTheirText() throws Exception {
    List<ImportedSubmission> all = PollImport.parse(poll, seedFiles());
    assertThat(participant(all, "627544").answers().answerValues("poll.focus"))
        .containsExactly(
            new AnswerValue("multi-cluster", 6, 0),
            new AnswerValue("batch", 0, 0),
            new AnswerValue("batch", 7, 0));
    assertThat(participant(all, "935431").answers().answerValues("poll.focus"))
        .containsExactly(new AnswerValue("multitenacy", 7, 0), new AnswerValue("Security", 2, 1));
  }

  @Test
  void unknownOptionIsReportedWithFileAndLine() throws Exception {
    Map<String, String> files = seedFiles();
    String key = SEED.resolve("RUG-Survey-Adoption.csv").toString();
    files.put(key, files.get(key).replace("Not currently.\r\n8,", "Maybe.\r\n8,"));
    assertThatThrownBy(() -> PollImport.parse(poll, files))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(key + ":8: 'Maybe.' is not an option of poll.adoption");
  }

  @Test
  void voteForAnUnknownSubmissionIsReportedWithItsLine() throws Exception {
    Map<String, String> files = seedFiles();
    String key = SEED.resolve("RUG-Survey-Focus-Efforts-Votes.csv").toString();
    files.put(key, files.get(key).replace("Documentation,8,0", "Docs,8,0"));
    assertThatThrownBy(() -> PollImport.parse(poll, files))
        .hasMessageStartingWith(key + ":11: no (unvoted) submission 'Docs'");
  }

  @Test
  void rowWithMissingFieldIsMalformed() throws Exception {
    Map<String, String> files = seedFiles();
    String key = SEED.resolve("RUG-Survey-Pain-Points.csv").toString();
    files.put(
        key, files.get(key).replace("3,11/20/19 2:13 PM,Attendee-1,627544,multi-cluster", "3,x"));
    assertThatThrownBy(() -> PollImport.parse(poll, files))
        .hasMessageStartingWith(key + ":4: expected 5 fields, found 2");
  }
}
