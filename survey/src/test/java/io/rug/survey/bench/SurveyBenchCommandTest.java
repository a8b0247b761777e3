package io.rug.survey.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SurveyBenchCommandTest {
  @TempDir Path tmp;

  private record Run(int exit, String err) {}

  private Run run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = new CommandLine(new SurveyBenchCommand()).execute(args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void aLauncherThatIsNotThereIsAUsageErrorBeforeAnythingStarts() {
    Run r = run("--launcher", tmp.resolve("no-such-rug").toString(), "--seconds", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no executable launcher at").contains("no-such-rug");
  }

  @Test
  void aJarThatIsNotThereIsAUsageErrorThatSaysHowToBuildIt() {
    Run r = run("--jar", tmp.resolve("missing.jar").toString(), "--seconds", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no jar at").contains("missing.jar").contains("./mvnw");
  }

  @Test
  void boundsOnClientsAndDurationAreChecked() {
    assertThat(run("--clients", "0").exit()).isEqualTo(2);
    assertThat(run("--seconds", "601").exit()).isEqualTo(2);
    assertThat(run("--warmup-seconds", "-1").exit()).isEqualTo(2);
  }
}
