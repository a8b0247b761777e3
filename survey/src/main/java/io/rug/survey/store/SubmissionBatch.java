package io.rug.survey.store;

import io.rug.survey.questionnaire.Questionnaire;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes checked submissions inside one open transaction, preparing each statement once for the
 * whole batch and inserting the answers of several submissions per statement ({@link
 * AnswerInserts}): the group-commit writer is one thread every respondent waits for, so it does
 * only SQL. Same rules as a single submit: a key stored earlier, or earlier in this batch, returns
 * the first receipt with {@code created=false}. Call {@link #finish} before the commit.
 */
final class SubmissionBatch implements AutoCloseable {
  private final long now;
  private final PreparedStatement byKey;
  private final PreparedStatement slugTaken;
  private final PreparedStatement insert;
  private final AnswerInserts answers;
  private final AnswerInserts values;
  private final Map<String, Receipt> inBatch = new HashMap<>();

  SubmissionBatch(Connection c, long now) throws SQLException {
    this.now = now;
    this.byKey =
        c.prepareStatement("SELECT id, edit_token FROM submission WHERE idempotency_key = ?");
    this.slugTaken =
        c.prepareStatement("SELECT 1 FROM submission WHERE questionnaire_id = ? AND slug = ?");
    this.insert =
        c.prepareStatement(
            "INSERT INTO submission (questionnaire_id, questionnaire_version, status, slug,"
                + " idempotency_key, edit_token, source, source_ref, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
    this.answers = new AnswerInserts(c, true);
    this.values = new AnswerInserts(c, false);
  }

  Receipt add(SurveyStore.Checked s) throws SQLException {
    Receipt earlier = inBatch.get(s.idempotencyKey());
    if (earlier == null) {
      earlier = stored(s.idempotencyKey());
    }
    if (earlier != null) {
      return new Receipt(earlier.id(), earlier.editToken(), false);
    }
    Questionnaire q = s.questionnaire();
    insert.setString(1, q.id());
    insert.setInt(2, q.version());
    insert.setString(3, Status.PENDING.dbName());
    insert.setString(4, s.slugBase() == null ? null : freeSlug(q.id(), s.slugBase()));
    insert.setString(5, s.idempotencyKey());
    insert.setString(6, s.editToken());
    insert.setString(7, s.origin().source());
    insert.setString(8, s.origin().reference());
    insert.setLong(9, now);
    insert.setLong(10, now);
    insert.executeUpdate();
    long id;
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      id = keys.getLong(1);
    }
    if (s.votes()) {
      answers.add(id, s.answers());
    } else { // web answers: no vote columns to bind
      values.add(id, s.answers());
    }
    Receipt r = new Receipt(id, s.editToken(), true);
    inBatch.put(s.idempotencyKey(), r);
    return r;
  }

  /** Inserts the answer rows still buffered; the batch is complete once this returns. */
  void finish() throws SQLException {
    answers.flush();
    values.flush();
  }

  private Receipt stored(String key) throws SQLException {
    byKey.setString(1, key);
    try (ResultSet rs = byKey.executeQuery()) {
      return rs.next() ? new Receipt(rs.getLong(1), rs.getString(2), false) : null;
    }
  }

  private String freeSlug(String questionnaireId, String base) throws SQLException {
    String slug = base;
    for (int n = 2; taken(questionnaireId, slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private boolean taken(String questionnaireId, String slug) throws SQLException {
    slugTaken.setString(1, questionnaireId);
    slugTaken.setString(2, slug);
    try (ResultSet rs = slugTaken.executeQuery()) {
      return rs.next();
    }
  }

  @Override
  public void close() throws SQLException {
    try (byKey;
        slugTaken;
        insert;
        answers;
        values) {
      // closes every statement, even when one close fails
    }
  }
}
