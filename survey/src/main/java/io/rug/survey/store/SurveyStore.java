package io.rug.survey.store;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Submissions, moderation and admin users over JDBC (SQLite or PostgreSQL, same code). Every write
 * is one transaction, committed before the method returns. Thread-safe.
 */
public final class SurveyStore implements AutoCloseable {
  private final Database db;
  private final QuestionnaireCatalog catalog;
  private final Clock clock;
  private final SecureRandom random;
  private final AdminUsers admins;

  private SurveyStore(Database db, QuestionnaireCatalog catalog, Clock clock, SecureRandom random) {
    this.db = db;
    this.catalog = catalog;
    this.clock = clock;
    this.random = random;
    this.admins = new AdminUsers(db, new PasswordHasher(random), clock);
  }

  /** Opens (creating and migrating if needed) the database at a JDBC URL. */
  public static SurveyStore open(String jdbcUrl, QuestionnaireCatalog catalog, Clock clock) {
    return new SurveyStore(Database.open(jdbcUrl), catalog, clock, new SecureRandom());
  }

  /** The embedded database's URL for a data folder: {@code jdbc:sqlite:DIR/survey.db}. */
  public static String sqliteUrl(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.resolve("survey.db");
  }

  public QuestionnaireCatalog catalog() {
    return catalog;
  }

  /**
   * Stores a new pending submission once per idempotency key. A repeated key returns the first
   * receipt with {@code created=false} and stores nothing.
   *
   * @throws IllegalArgumentException unknown questionnaire, question or option code
   */
  public Receipt submit(
      String questionnaireId, int version, Answers answers, String idempotencyKey, Origin origin) {
    Limits.check("idempotency key", idempotencyKey, Limits.KEY);
    Questionnaire q = catalog.require(questionnaireId, version);
    Answers complete = AnswerCheck.complete(q, answers);
    Optional<Receipt> earlier = receiptFor(idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String token = newToken();
    try {
      return db.inTransaction(
          c -> {
            long now = clock.millis();
            String slug = freeSlug(c, q, complete, null);
            long id =
                SubmissionRows.insert(
                    c,
                    new SubmissionRows.NewRow(
                        q.id(),
                        q.version(),
                        Status.PENDING,
                        slug,
                        idempotencyKey,
                        token,
                        origin,
                        now));
            AnswerInserts.insert(c, id, complete);
            return new Receipt(id, token, true);
          });
    } catch (StoreException e) {
      // a concurrent submit with the same key won the unique constraint: answer with its receipt
      return receiptFor(idempotencyKey).orElseThrow(() -> e);
    }
  }

  /** One submission for {@link #submitAll}: the arguments of {@link #submit}. */
  public record NewSubmission(
      String questionnaireId, int version, Answers answers, String idempotencyKey, Origin origin) {}

  /**
   * A submission {@link #check}ed against its questionnaire version, with every question's entry,
   * its edit token drawn, the slug it would like (null without a title) and whether any answer
   * carries votes: what is left to do is the write.
   */
  public record Checked(
      Questionnaire questionnaire,
      Answers answers,
      String idempotencyKey,
      Origin origin,
      String editToken,
      String slugBase,
      boolean votes) {}

  /**
   * Validates a submission without touching the database, so callers can do this work on their own
   * thread before handing it to a single writer.
   *
   * @throws IllegalArgumentException unknown questionnaire, question or option code
   */
  public Checked check(NewSubmission item) {
    Limits.check("idempotency key", item.idempotencyKey(), Limits.KEY);
    Questionnaire q = catalog.require(item.questionnaireId(), item.version());
    Answers complete = AnswerCheck.complete(q, item.answers());
    String title = q.titleQuestion().isEmpty() ? "" : complete.first(q.titleQuestion());
    return new Checked(
        q,
        complete,
        item.idempotencyKey(),
        item.origin(),
        newToken(),
        title.isBlank() ? null : Slugs.slugify(title),
        AnswerInserts.hasVotes(complete));
  }

  /**
   * Group commit (added by part B for the web form under load): stores several submissions in ONE
   * transaction, so one fsync acknowledges them all. Same rules as {@link #submit} per item,
   * including a key repeated earlier or within the batch. An invalid item throws before anything is
   * written; callers may then fall back to {@link #submit} per item.
   */
  public List<Receipt> submitAll(List<NewSubmission> items) {
    return writeAll(items.stream().map(this::check).toList());
  }

  /** {@link #submitAll} for submissions already checked: ONE transaction, then the receipts. */
  public List<Receipt> writeAll(List<Checked> items) {
    return db.inTransaction(
        c -> {
          try (SubmissionBatch batch = new SubmissionBatch(c, clock.millis())) {
            List<Receipt> out = new ArrayList<>(items.size());
            for (Checked item : items) {
              out.add(batch.add(item));
            }
            batch.finish();
            return out;
          }
        });
  }

  private Optional<Receipt> receiptFor(String idempotencyKey) {
    return findByIdempotencyKey(idempotencyKey)
        .map(s -> new Receipt(s.id(), db.read(c -> SubmissionRows.editToken(c, s.id())), false));
  }

  public Optional<Submission> findById(long id) {
    return one("s.id = ?", id);
  }

  public Optional<Submission> findByEditToken(String token) {
    return token == null || token.isBlank() ? Optional.empty() : one("s.edit_token = ?", token);
  }

  public Optional<Submission> findByIdempotencyKey(String key) {
    return one("s.idempotency_key = ?", key);
  }

  /** An approved submission by its URL name. */
  public Optional<Submission> findApprovedBySlug(String questionnaireId, String slug) {
    return one(
        "s.questionnaire_id = ? AND s.slug = ? AND s.status = ?",
        questionnaireId,
        slug,
        Status.APPROVED.dbName());
  }

  /** A respondent's edit: replaces the answers and sends the submission back to moderation. */
  public boolean updateByEditToken(String token, Answers answers) {
    return findByEditToken(token).map(s -> replace(s, answers, true, null)).orElse(false);
  }

  public boolean deleteByEditToken(String token) {
    return findByEditToken(token)
        .map(
            s ->
                db.inTransaction(
                        c ->
                            SubmissionRows.update(c, "DELETE FROM submission WHERE id = ?", s.id()))
                    > 0)
        .orElse(false);
  }

  /** A moderator's edit: replaces the answers and keeps the status. */
  public boolean adminEdit(long id, Answers answers, String moderator) {
    return findById(id).map(s -> replace(s, answers, false, moderator)).orElse(false);
  }

  private boolean replace(Submission s, Answers answers, boolean backToPending, String moderator) {
    Questionnaire q = catalog.require(s.questionnaireId(), s.version());
    Answers complete = AnswerCheck.complete(q, answers);
    return db.inTransaction(
        c -> {
          String slug = s.slug() != null ? s.slug() : freeSlug(c, q, complete, null);
          String status = backToPending ? Status.PENDING.dbName() : s.status().dbName();
          SubmissionRows.update(
              c,
              "UPDATE submission SET status = ?, slug = ?, updated_at = ?,"
                  + " moderated_by = COALESCE(?, moderated_by) WHERE id = ?",
              status,
              slug,
              clock.millis(),
              moderator,
              s.id());
          SubmissionRows.replaceAnswers(c, s.id(), complete);
          return true;
        });
  }

  /** The moderation queue, oldest first. */
  public List<Submission> pending() {
    return list("s.status = ?", "s.created_at, s.id", Status.PENDING.dbName());
  }

  /** Approved or rejected submissions, most recently moderated first (imports excluded). */
  public List<Submission> recentlyModerated(int limit) {
    return list(
        "s.id IN (SELECT id FROM submission WHERE status <> ? AND moderated_at IS NOT NULL"
            + " AND source <> 'import' ORDER BY moderated_at DESC, id DESC LIMIT ?)",
        "s.moderated_at DESC, s.id DESC",
        Status.PENDING.dbName(),
        limit);
  }

  /** Approved submissions of a questionnaire (all versions), oldest first. */
  public List<Submission> approved(String questionnaireId) {
    return list(
        "s.questionnaire_id = ? AND s.status = ?",
        "s.created_at, s.id",
        questionnaireId,
        Status.APPROVED.dbName());
  }

  /** Every submission of a questionnaire (any status), oldest first; for export. */
  public List<Submission> all(String questionnaireId) {
    return list("s.questionnaire_id = ?", "s.created_at, s.id", questionnaireId);
  }

  public boolean approve(long id, String moderator) {
    return moderate(id, Status.APPROVED, moderator, null);
  }

  public boolean reject(long id, String moderator, String reason) {
    return moderate(id, Status.REJECTED, moderator, reason);
  }

  private boolean moderate(long id, Status status, String moderator, String reason) {
    Limits.check("moderator", moderator, Limits.NAME);
    Limits.check("reason", reason, Limits.REASON);
    return db.inTransaction(
            c ->
                SubmissionRows.update(
                    c,
                    "UPDATE submission SET status = ?, moderated_by = ?, moderated_at = ?,"
                        + " reject_reason = ? WHERE id = ?",
                    status.dbName(),
                    moderator,
                    clock.millis(),
                    reason,
                    id))
        > 0;
  }

  /** How many rows hold an idempotency key (0 or 1: the benchmark's exactly-once check). */
  public long countByIdempotencyKey(String key) {
    return findByIdempotencyKey(key).isPresent() ? 1 : 0;
  }

  /** Imports published submissions in ONE transaction: all of them or none. */
  public ImportSummary importAll(List<ImportedSubmission> items) {
    return db.inTransaction(c -> new ImportWriter(c, catalog, clock.millis()).write(items));
  }

  public AdminUsers admins() {
    return admins;
  }

  @Override
  public void close() {
    db.close();
  }

  private String freeSlug(Connection c, Questionnaire q, Answers a, String wanted)
      throws SQLException {
    String title =
        wanted != null ? wanted : q.titleQuestion().isEmpty() ? "" : a.first(q.titleQuestion());
    if (title.isBlank()) {
      return null;
    }
    String base = Slugs.slugify(title);
    String slug = base;
    for (int n = 2; SubmissionRows.slugTaken(c, q.id(), slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /** An edit token: 24 random bytes after the time prefix of {@link SortableIds}. */
  private String newToken() {
    return SortableIds.base64(random, clock.instant(), 24);
  }

  private Optional<Submission> one(String where, Object... params) {
    return list(where, "s.id", params).stream().findFirst();
  }

  private List<Submission> list(String where, String order, Object... params) {
    return db.read(c -> SubmissionRows.select(c, where, order, params)).stream()
        .map(this::inQuestionnaireOrder)
        .toList();
  }

  private Submission inQuestionnaireOrder(Submission s) {
    return catalog
        .version(s.questionnaireId(), s.version())
        .map(q -> SubmissionRows.withAnswers(s, AnswerOrder.of(q, s.answers())))
        .orElse(s);
  }
}
