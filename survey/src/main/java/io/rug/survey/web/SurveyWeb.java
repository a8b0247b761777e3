package io.rug.survey.web;

import io.rug.site.web.PageFrame;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.report.ReportBuilder;
import io.rug.survey.store.Receipt;
import io.rug.survey.store.SurveyStore;
import io.rug.survey.web.abuse.SigningKey;
import io.rug.survey.web.results.ResultsPages;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wires the survey section for {@code rug serve}: the store (embedded SQLite under the data
 * directory unless a JDBC URL is given), the signing key and the abuse limits from the data
 * directory.
 */
public final class SurveyWeb implements AutoCloseable {
  private final SurveyStore store;
  private final GroupCommit<SurveyStore.Checked, Receipt> writes;
  private final ExecutorService confirmations;
  private final SurveySection section;

  private SurveyWeb(
      SurveyStore store,
      GroupCommit<SurveyStore.Checked, Receipt> writes,
      ExecutorService confirmations,
      SurveySection section) {
    this.store = store;
    this.writes = writes;
    this.confirmations = confirmations;
    this.section = section;
  }

  public static SurveyWeb open(PageFrame frame, Optional<String> dbUrl, Path dataDir, Clock clock)
      throws IOException {
    SurveyWebConfig config = SurveyWebConfig.load(dataDir);
    SigningKey key = SigningKey.inDirectory(dataDir, new SecureRandom());
    SurveyStore store =
        SurveyStore.open(
            dbUrl.orElse(SurveyStore.sqliteUrl(dataDir)), QuestionnaireCatalog.shipped(), clock);
    ExecutorService confirmations = confirmationThreads();
    GroupCommit<SurveyStore.Checked, Receipt> writes =
        new GroupCommit<>(store::writeAll, confirmations);
    StoreBackend backend =
        new StoreBackend(
            store, writes, new ResultsPages(store, new ReportBuilder(store.catalog())));
    return new SurveyWeb(
        store, writes, confirmations, new SurveySection(frame, backend, config, key, clock));
  }

  /**
   * Where committed submissions are answered (the confirmation page is written): one thread per
   * core, so the group-commit writer never writes responses itself.
   */
  private static ExecutorService confirmationThreads() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        r -> {
          Thread t = new Thread(r, "survey-confirm-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  public SurveySection section() {
    return section;
  }

  public SurveyStore store() {
    return store;
  }

  @Override
  public void close() {
    try {
      writes.close();
      confirmations.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
