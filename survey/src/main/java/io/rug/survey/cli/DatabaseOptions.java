package io.rug.survey.cli;

import io.rug.survey.importer.SurveyImporter;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.SurveyStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Where the survey database is: the same options as {@code rug serve}. */
public final class DatabaseOptions {
  @Option(
      names = "--db-url",
      paramLabel = "URL",
      description =
          "Survey database JDBC URL, e.g. jdbc:postgresql://localhost:5432/rug?user=rug"
              + " (default: SQLite file survey.db under --data-dir).")
  String dbUrl;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "Folder of the embedded database (default: ./${DEFAULT-VALUE}).")
  Path dataDir;

  public String url() {
    return dbUrl != null ? dbUrl : SurveyStore.sqliteUrl(dataDir);
  }

  SurveyStore open() {
    return SurveyStore.open(url(), QuestionnaireCatalog.shipped(), Clock.systemUTC());
  }

  /**
   * Opens the store for reading results: a database that holds none of the published answers (the
   * org index and the 2019 poll shipped as the seed) gets them first, as {@code rug serve} does, so
   * a report on a new checkout is not empty.
   */
  SurveyStore openWithPublishedAnswers() throws IOException {
    SurveyStore store = open();
    try {
      new SurveyImporter(store.catalog()).seedIfEmpty(store);
      return store;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
