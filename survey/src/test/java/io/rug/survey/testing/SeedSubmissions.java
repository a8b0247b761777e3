package io.rug.survey.testing;

import io.rug.survey.importer.SurveyImporter;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.ImportedSubmission;
import io.rug.survey.store.Origin;
import io.rug.survey.store.Status;
import io.rug.survey.store.Submission;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The seed data as approved submissions, without a database (for report and export tests). */
public final class SeedSubmissions {
  private SeedSubmissions() {}

  public static List<Submission> approved(QuestionnaireCatalog catalog, String questionnaireId)
      throws Exception {
    List<Submission> out = new ArrayList<>();
    long id = 1;
    for (ImportedSubmission s : new SurveyImporter(catalog).read(Path.of("seed"))) {
      if (s.questionnaireId().equals(questionnaireId)) {
        Instant t = Instant.parse("2019-11-20T20:00:00Z");
        out.add(
            new Submission(
                id++,
                s.questionnaireId(),
                s.version(),
                Status.APPROVED,
                s.slug(),
                s.key(),
                Origin.imported(s.sourceRef()),
                t,
                t,
                "import",
                t,
                null,
                s.answers()));
      }
    }
    return out;
  }
}
