package io.rug.survey.cli;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.SurveyStore;
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
    // connection-pool and migration chatter would drown the command's own output on stderr
    quiet("com.zaxxer.hikari");
    quiet("org.flywaydb");
    return SurveyStore.open(url(), QuestionnaireCatalog.shipped(), Clock.systemUTC());
  }

  private static void quiet(String logger) {
    String key = "org.slf4j.simpleLogger.log." + logger;
    if (System.getProperty(key) == null) {
      System.setProperty(key, "warn");
    }
  }
}
