package io.rug.survey.web;

import io.rug.survey.web.results.ResultsView;
import io.rug.survey.web.submit.FormQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the web layer needs from the questionnaires, the store and the report, in the web's terms.
 * {@link StoreBackend} implements it over the real store; keeping it small keeps handlers short.
 */
public interface SurveyBackend {

  /** A questionnaire version as a form. */
  record FormSpec(
      String id, String version, String title, String intro, List<FormQuestion> questions) {
    public String formId() {
      return id + "@" + version;
    }
  }

  /** The outcome of storing a form: {@code created} is false for a resubmitted form. */
  record Receipt(long id, String editToken, boolean created) {}

  /** A stored submission. Answers by question code; a missing code was left blank or not asked. */
  record Stored(
      long id,
      String questionnaireId,
      String version,
      String slug,
      String title,
      String status,
      String reason,
      Instant received,
      Map<String, List<String>> answers) {}

  Optional<FormSpec> latest(String questionnaireId);

  Optional<FormSpec> version(String questionnaireId, String version);

  /**
   * Stores once per idempotency key; the receipt comes once the submission is durable. Invalid
   * answers throw at once.
   */
  CompletableFuture<Receipt> submit(
      FormSpec form, Map<String, List<String>> answers, String idempotencyKey);

  Optional<Stored> byEditToken(String token);

  Optional<Stored> byId(long id);

  /** A respondent's edit: replaces the answers and sends the submission back to moderation. */
  void updateByEditToken(String token, Map<String, List<String>> answers);

  void deleteByEditToken(String token);

  /** A moderator's edit: replaces the answers, keeps the status. */
  void adminEdit(long id, Map<String, List<String>> answers, String moderator);

  List<Stored> pending();

  List<Stored> recentlyModerated(int limit);

  void approve(long id, String moderator);

  void reject(long id, String moderator, String reason);

  /** Approved submissions of a questionnaire, for the public org index. */
  List<Stored> approved(String questionnaireId);

  boolean verifyPassword(String user, String password);

  /** Aggregated results of a questionnaire or event, filtered by sector when not empty. */
  Optional<ResultsView> results(String questionnaireOrEvent, String sector);
}
