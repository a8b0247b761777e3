package io.rug.survey.store;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Writes imported submissions inside the caller's transaction: new keys are inserted as approved,
 * known keys are updated only when their answers differ, so re-running an import changes nothing.
 */
final class ImportWriter {
  private final Connection c;
  private final QuestionnaireCatalog catalog;
  private final long now;

  ImportWriter(Connection c, QuestionnaireCatalog catalog, long now) {
    this.c = c;
    this.catalog = catalog;
    this.now = now;
  }

  ImportSummary write(List<ImportedSubmission> items) throws SQLException {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (ImportedSubmission item : items) {
      Questionnaire q = catalog.require(item.questionnaireId(), item.version());
      Answers answers = AnswerCheck.complete(q, item.answers());
      Optional<Submission> existing =
          SubmissionRows.select(c, "s.idempotency_key = ?", "s.id", item.key()).stream()
              .findFirst();
      if (existing.isEmpty()) {
        long id =
            SubmissionRows.insert(
                c,
                new SubmissionRows.NewRow(
                    q.id(),
                    q.version(),
                    Status.APPROVED,
                    item.slug(),
                    item.key(),
                    null,
                    Origin.imported(item.sourceRef()),
                    now));
        SubmissionRows.update(
            c,
            "UPDATE submission SET moderated_by = 'import', moderated_at = ? WHERE id = ?",
            now,
            id);
        AnswerInserts.insert(c, id, answers);
        created++;
      } else if (same(existing.get(), q, item, answers)) {
        unchanged++;
      } else {
        Submission s = existing.get();
        SubmissionRows.update(
            c,
            "UPDATE submission SET questionnaire_id = ?, questionnaire_version = ?, slug = ?,"
                + " source_ref = ?, updated_at = ? WHERE id = ?",
            q.id(),
            q.version(),
            item.slug(),
            item.sourceRef(),
            now,
            s.id());
        SubmissionRows.replaceAnswers(c, s.id(), answers);
        updated++;
      }
    }
    return new ImportSummary(created, updated, unchanged);
  }

  private static boolean same(Submission s, Questionnaire q, ImportedSubmission item, Answers a) {
    return s.questionnaireId().equals(q.id())
        && s.version() == q.version()
        && java.util.Objects.equals(s.slug(), item.slug())
        && java.util.Objects.equals(s.origin().reference(), item.sourceRef())
        && AnswerOrder.of(q, s.answers()).byCode().equals(a.byCode());
  }
}
