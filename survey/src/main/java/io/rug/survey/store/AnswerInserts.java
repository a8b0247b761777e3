package io.rug.survey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Inserts answer rows many to a statement ({@code INSERT … VALUES (…), (…), …}, up to {@link
 * #ROWS_PER_INSERT} rows): a web submission has ~50 rows, and one statement execution per row was
 * most of the group-commit writer's SQLite and JDBC work. Rows wait in a buffer until it is full or
 * {@link #flush} runs, so callers flush before they commit. A blank answer is one row with a NULL
 * value. Without {@code votes}, the vote columns are left out (NULL) and votes are not stored.
 */
final class AnswerInserts implements AutoCloseable {
  static final int ROWS_PER_INSERT = 100;
  private final Connection c;
  private final boolean votes;
  private final long[] ids = new long[ROWS_PER_INSERT];
  private final String[] codes = new String[ROWS_PER_INSERT];
  private final int[] positions = new int[ROWS_PER_INSERT];
  private final AnswerValue[] values = new AnswerValue[ROWS_PER_INSERT]; // null: left blank
  private int size;
  private PreparedStatement full; // prepared on first use, for a full buffer

  AnswerInserts(Connection c, boolean votes) {
    this.c = c;
    this.votes = votes;
  }

  /** Writes the answers of submission {@code id} in one statement (the single-submit path). */
  static void insert(Connection c, long id, Answers answers) throws SQLException {
    try (AnswerInserts rows = new AnswerInserts(c, hasVotes(answers))) {
      rows.add(id, answers);
      rows.flush();
    }
  }

  static boolean hasVotes(Answers answers) {
    for (List<AnswerValue> values : answers.byCode().values()) {
      for (AnswerValue v : values) {
        if (v.upvotes() != null || v.downvotes() != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds the rows of submission {@code id}; a full buffer is inserted at once. */
  void add(long id, Answers answers) throws SQLException {
    for (Map.Entry<String, List<AnswerValue>> e : answers.byCode().entrySet()) {
      List<AnswerValue> given = e.getValue();
      for (int i = 0; i < Math.max(1, given.size()); i++) {
        ids[size] = id;
        codes[size] = e.getKey();
        positions[size] = i;
        values[size] = given.isEmpty() ? null : given.get(i);
        if (++size == ROWS_PER_INSERT) {
          flush();
        }
      }
    }
  }

  /** Inserts the buffered rows. */
  void flush() throws SQLException {
    if (size == 0) {
      return;
    }
    if (size == ROWS_PER_INSERT) {
      if (full == null) {
        full = c.prepareStatement(sql(ROWS_PER_INSERT));
      }
      bindAndRun(full);
    } else {
      try (PreparedStatement ps = c.prepareStatement(sql(size))) {
        bindAndRun(ps);
      }
    }
  }

  private void bindAndRun(PreparedStatement ps) throws SQLException {
    int p = 1;
    for (int r = 0; r < size; r++) {
      AnswerValue v = values[r];
      ps.setLong(p++, ids[r]);
      ps.setString(p++, codes[r]);
      ps.setInt(p++, positions[r]);
      ps.setString(p++, v == null ? null : v.value());
      if (votes) {
        setInteger(ps, p++, v == null ? null : v.upvotes());
        setInteger(ps, p++, v == null ? null : v.downvotes());
      }
      codes[r] = null;
      values[r] = null;
    }
    ps.executeUpdate();
    size = 0;
  }

  private String sql(int rows) {
    String row = votes ? "(?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?)";
    StringBuilder sql =
        new StringBuilder("INSERT INTO answer (submission_id, question_code, position, value")
            .append(votes ? ", upvotes, downvotes) VALUES " : ") VALUES ")
            .append(row);
    for (int r = 1; r < rows; r++) {
      sql.append(", ").append(row);
    }
    return sql.toString();
  }

  private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  /** Closes the statement; rows still buffered are dropped (flush first). */
  @Override
  public void close() throws SQLException {
    if (full != null) {
      full.close();
    }
  }
}
