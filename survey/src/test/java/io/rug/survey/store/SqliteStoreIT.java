package io.rug.survey.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file. */
class SqliteStoreIT extends SurveyStoreContract {
  @TempDir Path dir;

  @Override
  protected String newDatabaseUrl() {
    return SurveyStore.sqliteUrl(dir.resolve("nested/data"));
  }

  @Test
  void createsTheDataFolderAndUsesWriteAheadLogging() throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void newSiteIsSeededOnceWithThePublishedAnswers() throws Exception {
    var importer =
        new io.rug.survey.importer.SurveyImporter(
            io.rug.survey.questionnaire.QuestionnaireCatalog.shipped());
    assertThat(importer.seedIfEmpty(store)).get().extracting(ImportSummary::created).isEqualTo(25);
    assertThat(store.findApprovedBySlug("org-index", "cern")).isPresent();
    assertThat(importer.seedIfEmpty(store)).isEmpty();
  }

  @Test
  void deletingASubmissionCascadesThroughForeignKeys() throws Exception {
    Receipt r = store.submit("org-index", 3, org("Alpha", "academia"), "k", Origin.web(null));
    store.deleteByEditToken(r.editToken());
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM answer")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
