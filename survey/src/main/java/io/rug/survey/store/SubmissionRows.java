package io.rug.survey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of submissions and their answers; portable between SQLite and PostgreSQL. */
final class SubmissionRows {
  private static final String SELECT =
      "SELECT s.id, s.questionnaire_id, s.questionnaire_version, s.status, s.slug,"
          + " s.idempotency_key, s.source, s.source_ref, s.created_at, s.updated_at,"
          + " s.moderated_by, s.moderated_at, s.reject_reason,"
          + " a.question_code, a.position, a.value, a.upvotes, a.downvotes"
          + " FROM submission s LEFT JOIN answer a ON a.submission_id = s.id";

  private SubmissionRows() {}

  record NewRow(
      String questionnaireId,
      int version,
      Status status,
      String slug,
      String idempotencyKey,
      String editToken,
      Origin origin,
      long now) {}

  static long insert(Connection c, NewRow r) throws SQLException {
    String sql =
        "INSERT INTO submission (questionnaire_id, questionnaire_version, status, slug,"
            + " idempotency_key, edit_token, source, source_ref, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, r.questionnaireId());
      ps.setInt(2, r.version());
      ps.setString(3, r.status().dbName());
      ps.setString(4, r.slug());
      ps.setString(5, r.idempotencyKey());
      ps.setString(6, r.editToken());
      ps.setString(7, r.origin().source());
      ps.setString(8, r.origin().reference());
      ps.setLong(9, r.now());
      ps.setLong(10, r.now());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void replaceAnswers(Connection c, long id, Answers answers) throws SQLException {
    update(c, "DELETE FROM answer WHERE submission_id = ?", id);
    AnswerInserts.insert(c, id, answers);
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Submissions matching {@code where} (on alias {@code s}), in {@code order}, with answers. */
  static List<Submission> select(Connection c, String where, String order, Object... params)
      throws SQLException {
    String sql =
        SELECT + " WHERE " + where + " ORDER BY " + order + ", a.question_code, a.position";
    Map<Long, Submission> byId = new LinkedHashMap<>();
    Map<Long, Map<String, List<AnswerValue>>> answers = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          if (!byId.containsKey(id)) {
            byId.put(id, submission(rs));
            answers.put(id, new LinkedHashMap<>());
          }
          String code = rs.getString("question_code");
          if (code != null) {
            List<AnswerValue> list = answers.get(id).computeIfAbsent(code, k -> new ArrayList<>());
            String value = rs.getString("value");
            if (value != null) {
              list.add(new AnswerValue(value, integer(rs, "upvotes"), integer(rs, "downvotes")));
            }
          }
        }
      }
    }
    List<Submission> out = new ArrayList<>();
    byId.forEach((id, s) -> out.add(withAnswers(s, new Answers(answers.get(id)))));
    return out;
  }

  static boolean slugTaken(Connection c, String questionnaireId, String slug) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM submission WHERE questionnaire_id = ? AND slug = ?")) {
      bind(ps, questionnaireId, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String editToken(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT edit_token FROM submission WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Submission submission(ResultSet rs) throws SQLException {
    long moderatedAt = rs.getLong("moderated_at");
    boolean moderated = !rs.wasNull();
    return new Submission(
        rs.getLong("id"),
        rs.getString("questionnaire_id"),
        rs.getInt("questionnaire_version"),
        Status.fromDb(rs.getString("status")),
        rs.getString("slug"),
        rs.getString("idempotency_key"),
        new Origin(rs.getString("source"), rs.getString("source_ref")),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        rs.getString("moderated_by"),
        moderated ? Instant.ofEpochMilli(moderatedAt) : null,
        rs.getString("reject_reason"),
        new Answers(Map.of()));
  }

  static Submission withAnswers(Submission s, Answers a) {
    return new Submission(
        s.id(),
        s.questionnaireId(),
        s.version(),
        s.status(),
        s.slug(),
        s.idempotencyKey(),
        s.origin(),
        s.createdAt(),
        s.updatedAt(),
        s.moderatedBy(),
        s.moderatedAt(),
        s.rejectReason(),
        a);
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, p == null ? null : p.toString());
      }
    }
  }
}
