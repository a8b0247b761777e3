package io.rug.survey.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.testing.SubmitUntilKilled;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every acknowledged submission survives SIGKILL of the writing process, exactly once. */
class KillNineIT {
  @TempDir Path dir;

  private String stderr() {
    try {
      return "child stderr: " + java.nio.file.Files.readString(dir.resolve("child-stderr.txt"));
    } catch (java.io.IOException e) {
      return "no child stderr";
    }
  }

  @Test
  void acknowledgedSubmissionsSurviveKillNine() throws Exception {
    String url = SurveyStore.sqliteUrl(dir);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                // the console launcher passes the test class path in this property; surefire's
                // java.class.path (a manifest-only jar) works as it is
                System.getProperty("rug.test.classpath", System.getProperty("java.class.path")),
                SubmitUntilKilled.class.getName(),
                url)
            .redirectError(dir.resolve("child-stderr.txt").toFile())
            .start();
    Map<String, Long> acked = new LinkedHashMap<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acked.size() < 200 && (line = out.readLine()) != null) {
        String[] parts = line.split(" ");
        acked.put(parts[1], Long.parseLong(parts[2]));
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no pool close, mid-transaction
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).as(() -> stderr()).hasSize(200);
    try (SurveyStore store =
        SurveyStore.open(url, QuestionnaireCatalog.shipped(), Clock.systemUTC())) {
      for (Map.Entry<String, Long> e : acked.entrySet()) {
        assertThat(store.findByIdempotencyKey(e.getKey()))
            .as(e.getKey())
            .get()
            .extracting(Submission::id)
            .isEqualTo(e.getValue());
      }
      assertThat(store.pending().size()).isGreaterThanOrEqualTo(acked.size());
      assertThat(store.pending()).extracting(Submission::idempotencyKey).doesNotHaveDuplicates();
    }
  }
}
