package io.rug.survey.bench;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.Submission;
import io.rug.survey.store.SurveyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the load, with the server stopped: opens the server's database and checks that every
 * acknowledged submission is there exactly once, by its idempotency key and by the marker written
 * into its answers.
 */
final class StoredCheck {

  /** Rows from this run, acknowledged ones missing, and markers stored more than once. */
  record Result(long stored, long lost, long duplicated) {}

  private StoredCheck() {}

  static Result verify(Path dataDir, String questionnaire, List<Ack> acks) {
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byMarker = new HashMap<>();
    try (SurveyStore store =
        SurveyStore.open(
            SurveyStore.sqliteUrl(dataDir), QuestionnaireCatalog.shipped(), Clock.systemUTC())) {
      String titleCode = store.catalog().latest(questionnaire).orElseThrow().titleQuestion();
      for (Submission s : store.all(questionnaire)) {
        String marker = s.answers().first(titleCode);
        if (marker.startsWith("bench ")) {
          byKey.merge(s.idempotencyKey(), 1, Integer::sum);
          byMarker.merge(marker, 1, Integer::sum);
        }
      }
    }
    long lost =
        acks.stream()
            .filter(
                a -> !byKey.containsKey(a.idempotencyKey()) || !byMarker.containsKey(a.marker()))
            .count();
    // a marker belongs to one form render, so a marker stored twice is a duplicate
    long duplicated =
        byMarker.values().stream().filter(n -> n > 1).count()
            + byKey.values().stream().filter(n -> n > 1).count();
    long stored = byMarker.values().stream().mapToLong(Integer::longValue).sum();
    return new Result(stored, lost, duplicated);
  }
}
