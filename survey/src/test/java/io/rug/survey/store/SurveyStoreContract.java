package io.rug.survey.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour; run against a real SQLite file and a real PostgreSQL server. */
abstract class SurveyStoreContract {
  protected final QuestionnaireCatalog catalog = QuestionnaireCatalog.shipped();
  protected SurveyStore store;
  protected String url;

  /** A fresh, empty database. */
  protected abstract String newDatabaseUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    url = newDatabaseUrl();
    store = SurveyStore.open(url, catalog, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Answers org(String name, String sector) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("org.name", List.of(name));
    m.put("org.sector", List.of(sector));
    m.put("infra.k8s_version", List.of("1.30"));
    return Answers.ofValues(m);
  }

  private Receipt submit(String name, String key) {
    return store.submit("org-index", 3, org(name, "academia"), key, Origin.web(null));
  }

  @Test
  void submissionIsPendingWithSlugAndAllQuestionsOfItsVersion() {
    Receipt r = submit("Astro Lab", "k1");
    assertThat(r.created()).isTrue();
    Submission s = store.findByEditToken(r.editToken()).orElseThrow();
    assertThat(s.status()).isEqualTo(Status.PENDING);
    assertThat(s.slug()).isEqualTo("astro-lab");
    assertThat(s.answers().values("infra.k8s_version")).containsExactly("1.30");
    assertThat(s.answers().blank("wf.future")).isTrue();
    assertThat(s.answers().codes()).hasSize(catalog.require("org-index", 3).questions().size());
    assertThat(store.approved("org-index")).isEmpty();
  }

  @Test
  void sameIdempotencyKeyStoresOnceAndReturnsTheFirstReceipt() {
    Receipt first = submit("Astro Lab", "form-1");
    Receipt again = submit("Astro Lab", "form-1");
    assertThat(again.created()).isFalse();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.editToken()).isEqualTo(first.editToken());
    assertThat(store.pending()).hasSize(1);
  }

  @Test
  void concurrentSubmitsOfOneFormStoreExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Receipt>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String key = "race-" + (i % 4);
        tasks.add(() -> submit("Org " + key, key));
      }
      Set<Long> ids = new HashSet<>();
      int created = 0;
      for (Future<Receipt> f : pool.invokeAll(tasks)) {
        ids.add(f.get().id());
        created += f.get().created() ? 1 : 0;
      }
      assertThat(ids).hasSize(4);
      assertThat(created).isEqualTo(4);
      assertThat(store.pending()).hasSize(4);
      for (int i = 0; i < 4; i++) {
        assertThat(store.countByIdempotencyKey("race-" + i)).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneTransactionOfManyStoresEachFormOnceWithUniqueSlugs() {
    Receipt earlier = submit("Astro Lab", "form-0");
    List<Receipt> receipts =
        store.submitAll(
            List.of(
                new SurveyStore.NewSubmission(
                    "org-index", 3, org("Astro Lab", "academia"), "form-1", Origin.web(null)),
                new SurveyStore.NewSubmission(
                    "org-index", 3, org("Astro Lab", "academia"), "form-2", Origin.web(null)),
                new SurveyStore.NewSubmission(
                    "org-index", 3, org("Astro Lab", "academia"), "form-1", Origin.web(null)),
                new SurveyStore.NewSubmission(
                    "org-index", 3, org("Astro Lab", "academia"), "form-0", Origin.web(null))));

    assertThat(receipts).extracting(Receipt::created).containsExactly(true, true, false, false);
    assertThat(receipts.get(2).id()).isEqualTo(receipts.get(0).id());
    assertThat(receipts.get(2).editToken()).isEqualTo(receipts.get(0).editToken());
    assertThat(receipts.get(3).id()).isEqualTo(earlier.id());
    assertThat(store.pending())
        .extracting(Submission::slug)
        .containsExactly("astro-lab", "astro-lab-2", "astro-lab-3");
    Submission stored = store.findById(receipts.get(1).id()).orElseThrow();
    assertThat(stored.answers().values("infra.k8s_version")).containsExactly("1.30");
    assertThat(stored.answers().codes())
        .hasSize(catalog.require("org-index", 3).questions().size());
  }

  @Test
  void oneTransactionStoresEveryAnswerRowOfEverySubmission() {
    // ~45 rows each: the multi-row inserts split submissions across statements
    List<SurveyStore.NewSubmission> items = new ArrayList<>();
    for (int n = 0; n < 7; n++) {
      items.add(
          new SurveyStore.NewSubmission(
              "org-index", 3, everyQuestionAnswered(n), "rows-" + n, Origin.web(null)));
    }
    List<Receipt> receipts = store.submitAll(items);

    for (int n = 0; n < items.size(); n++) {
      Submission s = store.findById(receipts.get(n).id()).orElseThrow();
      Answers sent = items.get(n).answers();
      for (String code : s.answers().codes()) {
        assertThat(s.answers().values(code)).as(code).isEqualTo(sent.values(code));
      }
      assertThat(s.answers().codes()).hasSize(catalog.require("org-index", 3).questions().size());
    }
  }

  /** Answers to org-index v3, blank on every third question, two options where several fit. */
  private Answers everyQuestionAnswered(int n) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    int i = 0;
    for (var q : catalog.require("org-index", 3).questions()) {
      if (i++ % 3 == 2 && !q.required()) {
        continue;
      }
      m.put(
          q.code(),
          switch (q.type()) {
            case MULTIPLE -> q.choices().stream().limit(2).map(o -> o.code()).toList();
            case SINGLE, YESNO -> List.of(q.choices().get(0).code());
            case NUMBER -> List.of(Integer.toString(100 + n));
            case URL -> List.of("https://example.org/" + n);
            default -> List.of("answer " + n + " to " + q.code());
          });
    }
    return Answers.ofValues(m);
  }

  @Test
  void aCheckedSubmissionIsValidatedBeforeAnyWrite() {
    assertThatThrownBy(
            () ->
                store.check(
                    new SurveyStore.NewSubmission(
                        "org-index",
                        3,
                        Answers.ofValues(Map.of("no.such.question", List.of("x"))),
                        "form-x",
                        Origin.web(null))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void slugsStayUniquePerQuestionnaire() {
    submit("Astro Lab", "a");
    Receipt second = submit("Astro  Lab!", "b");
    assertThat(store.findById(second.id()).orElseThrow().slug()).isEqualTo("astro-lab-2");
  }

  @Test
  void moderationPublishesOrRejectsWithReason() {
    Receipt a = submit("Alpha", "a");
    Receipt b = submit("Beta", "b");
    assertThat(store.pending()).extracting(Submission::id).containsExactly(a.id(), b.id());
    assertThat(store.approve(a.id(), "mod")).isTrue();
    assertThat(store.reject(b.id(), "mod", "spam")).isTrue();
    assertThat(store.approved("org-index")).extracting(Submission::slug).containsExactly("alpha");
    assertThat(store.findApprovedBySlug("org-index", "alpha")).isPresent();
    assertThat(store.findApprovedBySlug("org-index", "beta")).isEmpty();
    Submission rejected = store.findById(b.id()).orElseThrow();
    assertThat(rejected.rejectReason()).isEqualTo("spam");
    assertThat(rejected.moderatedBy()).isEqualTo("mod");
    assertThat(store.recentlyModerated(10)).hasSize(2);
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void tooLongValuesAreRejectedTheSameOnEveryDatabase() {
    Receipt r = submit("Alpha", "a");
    assertThatThrownBy(() -> store.reject(r.id(), "mod", "x".repeat(2001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason is longer than 2000");
    assertThatThrownBy(() -> submit("Beta", "k".repeat(201)))
        .hasMessageContaining("idempotency key is longer than 200");
    assertThat(store.findById(r.id()).orElseThrow().status()).isEqualTo(Status.PENDING);
  }

  @Test
  void respondentEditGoesBackToModerationAdminEditKeepsStatus() {
    Receipt r = submit("Alpha", "a");
    store.approve(r.id(), "mod");
    assertThat(store.adminEdit(r.id(), org("Alpha", "government"), "mod")).isTrue();
    assertThat(store.findById(r.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
    assertThat(store.updateByEditToken(r.editToken(), org("Alpha", "other"))).isTrue();
    Submission s = store.findById(r.id()).orElseThrow();
    assertThat(s.status()).isEqualTo(Status.PENDING);
    assertThat(s.answers().values("org.sector")).containsExactly("other");
    assertThat(s.slug()).isEqualTo("alpha");
  }

  @Test
  void deleteByEditTokenRemovesSubmissionAndAnswers() {
    Receipt r = submit("Alpha", "a");
    assertThat(store.deleteByEditToken("wrong-token")).isFalse();
    assertThat(store.deleteByEditToken(r.editToken())).isTrue();
    assertThat(store.findById(r.id())).isEmpty();
    assertThat(store.findByEditToken(r.editToken())).isEmpty();
  }

  @Test
  void rejectsCodesAndOptionsTheVersionDoesNotHave() {
    Answers unknown = Answers.ofValues(Map.of("org.name", List.of("X"), "no.such", List.of("y")));
    assertThatThrownBy(() -> store.submit("org-index", 3, unknown, "x", Origin.web(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no question 'no.such'");
    assertThatThrownBy(
            () -> store.submit("org-index", 3, org("X", "pirates"), "y", Origin.web(null)))
        .hasMessageContaining("'pirates' is not one of its options");
    assertThatThrownBy(
            () -> store.submit("org-index", 2, org("X", "academia"), "z", Origin.web(null)))
        .hasMessageContaining("org-index@2 has no question 'org.sector'");
    Answers badUrl =
        Answers.ofValues(
            Map.of("org.name", List.of("X"), "org.site", List.of("javascript:alert(1)")));
    assertThatThrownBy(() -> store.submit("org-index", 3, badUrl, "u", Origin.web(null)))
        .hasMessageContaining("org.site: 'javascript:alert(1)' is not an http(s) URL");
    assertThat(store.pending()).isEmpty();
  }

  private static ImportedSubmission imported(String slug, String k8s) {
    return new ImportedSubmission(
        "org-index",
        2,
        "import:org-index:" + slug,
        slug,
        "org-index/" + slug + ".md",
        Answers.ofValues(Map.of("org.name", List.of(slug), "infra.k8s_version", List.of(k8s))));
  }

  @Test
  void importIsApprovedIdempotentAndUpdatesChangedAnswers() {
    assertThat(store.importAll(List.of(imported("cern", "1.14"), imported("monash", "1.15"))))
        .isEqualTo(new ImportSummary(2, 0, 0));
    assertThat(store.importAll(List.of(imported("cern", "1.14"), imported("monash", "1.15"))))
        .isEqualTo(new ImportSummary(0, 0, 2));
    assertThat(store.importAll(List.of(imported("cern", "1.16"), imported("monash", "1.15"))))
        .isEqualTo(new ImportSummary(0, 1, 1));
    Submission cern = store.findApprovedBySlug("org-index", "cern").orElseThrow();
    assertThat(cern.answers().values("infra.k8s_version")).containsExactly("1.16");
    assertThat(cern.moderatedBy()).isEqualTo("import");
    assertThat(store.recentlyModerated(10)).isEmpty();
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void importIsAllOrNothing() {
    ImportedSubmission bad =
        new ImportedSubmission(
            "org-index",
            1,
            "import:org-index:bad",
            "bad",
            "bad.md",
            Answers.ofValues(Map.of("wf.future", List.of("v1 has no workflow section"))));
    assertThatThrownBy(() -> store.importAll(List.of(imported("cern", "1.14"), bad)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.approved("org-index")).isEmpty();
  }

  @Test
  void adminPasswordsAreHashedAndVerified() {
    assertThat(store.admins().createOrReset("alice", "correct horse".toCharArray())).isTrue();
    assertThat(store.admins().verifyPassword("alice", "correct horse".toCharArray())).isTrue();
    assertThat(store.admins().verifyPassword("alice", "wrong horse!".toCharArray())).isFalse();
    assertThat(store.admins().verifyPassword("bob", "correct horse".toCharArray())).isFalse();
    assertThat(store.admins().createOrReset("alice", "another horse".toCharArray())).isFalse();
    assertThat(store.admins().verifyPassword("alice", "another horse".toCharArray())).isTrue();
    assertThatThrownBy(() -> store.admins().createOrReset("alice", "short".toCharArray()))
        .hasMessageContaining("at least 10");
  }

  @Test
  void submissionsSurviveReopeningTheDatabase() {
    Receipt r = submit("Alpha", "a");
    store.close();
    store = SurveyStore.open(url, catalog, Clock.systemUTC());
    assertThat(store.findByEditToken(r.editToken())).isPresent();
    assertThat(submit("Alpha", "a").created()).isFalse();
  }
}
