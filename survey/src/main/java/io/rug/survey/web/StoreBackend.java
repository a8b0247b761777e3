package io.rug.survey.web;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.Answers;
import io.rug.survey.store.Origin;
import io.rug.survey.store.Submission;
import io.rug.survey.store.SurveyStore;
import io.rug.survey.web.results.ResultsPages;
import io.rug.survey.web.results.ResultsView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** {@link SurveyBackend} over the questionnaire catalog, the store and the report. */
public final class StoreBackend implements SurveyBackend {
  private static final Pattern VERSION = Pattern.compile("\\d{1,6}");
  private final SurveyStore store;
  private final GroupCommit<SurveyStore.Checked, io.rug.survey.store.Receipt> writes;
  private final QuestionnaireCatalog catalog;
  private final ResultsPages results;
  private final Map<String, FormSpec> forms = new ConcurrentHashMap<>();

  public StoreBackend(
      SurveyStore store,
      GroupCommit<SurveyStore.Checked, io.rug.survey.store.Receipt> writes,
      ResultsPages results) {
    this.store = store;
    this.writes = writes;
    this.catalog = store.catalog();
    this.results = results;
  }

  @Override
  public Optional<FormSpec> latest(String questionnaireId) {
    return catalog.latest(questionnaireId).map(this::formSpec);
  }

  @Override
  public Optional<FormSpec> version(String questionnaireId, String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    return catalog.version(questionnaireId, Integer.parseInt(version)).map(this::formSpec);
  }

  /** Versions never change, so each is turned into a form once, not on every request. */
  private FormSpec formSpec(Questionnaire q) {
    return forms.computeIfAbsent(q.ref(), ref -> FormSpecs.of(q));
  }

  @Override
  public CompletableFuture<SurveyBackend.Receipt> submit(
      FormSpec form, Map<String, List<String>> answers, String idempotencyKey) {
    SurveyStore.Checked checked = // on the request's thread: the writer thread only writes
        store.check(
            new SurveyStore.NewSubmission(
                form.id(),
                Integer.parseInt(form.version()),
                Answers.ofValues(answers),
                idempotencyKey,
                Origin.web(null)));
    return writes
        .submitAsync(checked)
        .thenApply(r -> new SurveyBackend.Receipt(r.id(), r.editToken(), r.created()));
  }

  @Override
  public Optional<Stored> byEditToken(String token) {
    return store.findByEditToken(token).map(this::stored);
  }

  @Override
  public Optional<Stored> byId(long id) {
    return store.findById(id).map(this::stored);
  }

  @Override
  public void updateByEditToken(String token, Map<String, List<String>> answers) {
    store.updateByEditToken(token, Answers.ofValues(answers));
  }

  @Override
  public void deleteByEditToken(String token) {
    store.deleteByEditToken(token);
  }

  @Override
  public void adminEdit(long id, Map<String, List<String>> answers, String moderator) {
    store.adminEdit(id, Answers.ofValues(answers), moderator);
  }

  @Override
  public List<Stored> pending() {
    return store.pending().stream().map(this::stored).toList();
  }

  @Override
  public List<Stored> recentlyModerated(int limit) {
    return store.recentlyModerated(limit).stream().map(this::stored).toList();
  }

  @Override
  public void approve(long id, String moderator) {
    store.approve(id, moderator);
  }

  @Override
  public void reject(long id, String moderator, String reason) {
    store.reject(id, moderator, reason);
  }

  @Override
  public List<Stored> approved(String questionnaireId) {
    return store.approved(questionnaireId).stream().map(this::stored).toList();
  }

  @Override
  public boolean verifyPassword(String user, String password) {
    return store.admins().verifyPassword(user, password.toCharArray());
  }

  @Override
  public Optional<ResultsView> results(String questionnaireOrEvent, String sector) {
    return results.view(questionnaireOrEvent, sector);
  }

  private Stored stored(Submission s) {
    String title =
        catalog
            .version(s.questionnaireId(), s.version())
            .map(Questionnaire::titleQuestion)
            .filter(code -> !code.isEmpty())
            .map(code -> s.answers().first(code))
            .orElse("");
    return new Stored(
        s.id(),
        s.questionnaireId(),
        Integer.toString(s.version()),
        s.slug() == null ? "" : s.slug(),
        title,
        s.status().dbName(),
        s.rejectReason() == null ? "" : s.rejectReason(),
        s.createdAt(),
        s.answers().toValues());
  }
}
