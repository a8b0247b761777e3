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

/**
 * Wires the survey section for {@code rug serve}: the store (embedded SQLite under the data
 * directory unless a JDBC URL is given), the signing key and the abuse limits from the data
 * directory.
 */
public final class SurveyWeb implements AutoCloseable {
  private final SurveyStore store;
  private final GroupCommit<SurveyStore.Checked, Receipt> writes;
  private final SurveySection section;

  private SurveyWeb(
      SurveyStore store, GroupCommit<SurveyStore.Checked, Receipt> writes, SurveySection section) {
    this.store = store;
    this.writes = writes;
    this.section = section;
  }

  public static SurveyWeb open(PageFrame frame, Optional<String> dbUrl, Path dataDir, Clock clock)
      throws IOException {
    SurveyWebConfig config = SurveyWebConfig.load(dataDir);
    SigningKey key = SigningKey.inDirectory(dataDir, new SecureRandom());
    SurveyStore store =
        SurveyStore.open(
            dbUrl.orElse(SurveyStore.sqliteUrl(dataDir)), QuestionnaireCatalog.shipped(), clock);
    GroupCommit<SurveyStore.Checked, Receipt> writes = new GroupCommit<>(store::writeAll);
    StoreBackend backend =
        new StoreBackend(
            store, writes, new ResultsPages(store, new ReportBuilder(store.catalog())));
    return new SurveyWeb(store, writes, new SurveySection(frame, backend, config, key, clock));
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
