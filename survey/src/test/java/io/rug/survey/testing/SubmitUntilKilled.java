package io.rug.survey.testing;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.Answers;
import io.rug.survey.store.Origin;
import io.rug.survey.store.Receipt;
import io.rug.survey.store.SurveyStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Child process of the kill -9 test: submits forever with keys {@code k-0, k-1, …} and prints
 * {@code ack <key> <id>} after each submit returns (what a server would acknowledge).
 */
public final class SubmitUntilKilled {
  private SubmitUntilKilled() {}

  public static void main(String[] args) {
    SurveyStore store =
        SurveyStore.open(args[0], QuestionnaireCatalog.shipped(), Clock.systemUTC());
    for (long i = 0; ; i++) {
      Answers a =
          Answers.ofValues(
              Map.of("org.name", List.of("Org " + i), "org.sector", List.of("academia")));
      Receipt r = store.submit("org-index", 3, a, "k-" + i, Origin.web(null));
      System.out.println("ack k-" + i + " " + r.id());
      System.out.flush();
    }
  }
}
