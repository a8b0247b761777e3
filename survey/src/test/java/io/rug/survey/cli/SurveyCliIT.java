package io.rug.survey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.testing.Cli;
import io.rug.survey.testing.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rug survey} commands against a real SQLite file, with the seed data. */
class SurveyCliIT {
  @TempDir Path tmp;

  private String dataDir() {
    return tmp.resolve("data").toString();
  }

  private Path copyOfSeed() throws Exception {
    Path copy = tmp.resolve("seed");
    try (Stream<Path> files = Files.walk(Path.of("seed"))) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = copy.resolve(Path.of("seed").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return copy;
  }

  @Test
  void importIsIdempotent() {
    Result first = Cli.survey("import", "seed", "--data-dir", dataDir());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("25 created, 0 updated, 0 unchanged");
    Result again = Cli.survey("import", "seed", "--data-dir", dataDir());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 created, 0 updated, 25 unchanged");
    Result json = Cli.survey("import", "seed", "--json", "--data-dir", dataDir());
    assertThat(json.out()).isEqualTo("{\"created\": 0, \"updated\": 0, \"unchanged\": 25}\n");
  }

  @Test
  void malformedFileExitsTwoWithFileAndLineAndImportsNothing() throws Exception {
    Path seed = copyOfSeed();
    Path csv = seed.resolve("events-2019-kubecon-na/RUG-Survey-Community-Representation.csv");
    Files.writeString(csv, Files.readString(csv).replace("Non Profit", "Pirates"));
    Result r = Cli.survey("import", seed.toString(), "--data-dir", dataDir());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith(csv + ":20: 'Pirates' is not an option of poll.community");
    // had any file been imported, the good seed would now find it unchanged
    Result retry = Cli.survey("import", "seed", "--json", "--data-dir", dataDir());
    assertThat(retry.out()).isEqualTo("{\"created\": 25, \"updated\": 0, \"unchanged\": 0}\n");
  }

  @Test
  void reportOnANewDatabaseShowsThePublishedAnswers() {
    Result r =
        Cli.survey("report", "--event", "kubecon-na-2019", "--json", "--data-dir", dataDir());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"participants\": 21,");
  }

  @Test
  void reportPrintsThePollJson() {
    Cli.survey("import", "seed", "--data-dir", dataDir());
    Result r =
        Cli.survey("report", "--event", "kubecon-na-2019", "--json", "--data-dir", dataDir());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("{\n  \"event\": \"kubecon-na-2019\",")
        .contains("\"activities\": 5,\n  \"participants\": 21,")
        .contains("\"percent\": 42.86");
    Result orgs =
        Cli.survey("report", "--questionnaire", "org-index", "--json", "--data-dir", dataDir());
    assertThat(orgs.out())
        .startsWith("{\n  \"questionnaire\": \"org-index\",")
        .contains("\"participants\": 4,");
    Result human = Cli.survey("report", "--event", "kubecon-na-2019", "--data-dir", dataDir());
    assertThat(human.out()).contains("Academia").contains("42.86%");
  }

  @Test
  void checkValidatesQuestionnaireFiles() throws Exception {
    Result ok = Cli.survey("check", "questionnaires");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("ok org-index@2").contains("ok kubecon-na-2019@1");
    Path dir = Files.createDirectories(tmp.resolve("q"));
    Files.writeString(dir.resolve("bad.yaml"), "id: bad\nversion: 1\ntitle: Bad\nsections: nope\n");
    Result bad = Cli.survey("check", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith(dir.resolve("bad.yaml") + ":4:11: 'sections' must be a list");
  }

  @Test
  void reportOfUnknownQuestionnaireExitsTwo() {
    Result r = Cli.survey("report", "--questionnaire", "nope", "--data-dir", dataDir());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no questionnaire 'nope'");
  }

  @Test
  void exportWritesRowsAndCodebook() throws Exception {
    Cli.survey("import", "seed", "--data-dir", dataDir());
    Path out = tmp.resolve("export/orgs.csv");
    Result r =
        Cli.survey(
            "export",
            "--format",
            "csv",
            "--labels",
            "--out",
            out.toString(),
            "--data-dir",
            dataDir());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(out).get(0)).startsWith("id,questionnaire,version,status,slug");
    assertThat(Files.readString(out)).contains("cern").contains("university-of-michigan");
    assertThat(Files.readString(tmp.resolve("export/orgs.codebook.csv")))
        .startsWith("code,text,type,options,versions");
    Path json = tmp.resolve("export/poll.json");
    assertThat(
            Cli.survey(
                    "export",
                    "--format",
                    "json",
                    "--questionnaire",
                    "kubecon-na-2019",
                    "--out",
                    json.toString(),
                    "--data-dir",
                    dataDir())
                .exitCode())
        .isZero();
    assertThat(Files.readString(json)).contains("\"poll.focus\": [");
    assertThat(Files.exists(tmp.resolve("export/poll.codebook.json"))).isTrue();
  }

  @Test
  void adminCreateStoresAVerifiablePassword() throws Exception {
    Path pw = tmp.resolve("pw.txt");
    Files.writeString(pw, "a long enough password\n");
    Result r =
        Cli.survey(
            "admin",
            "create",
            "--user",
            "alice",
            "--password-file",
            pw.toString(),
            "--data-dir",
            dataDir());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("created moderator alice");
    try (var store =
        io.rug.survey.store.SurveyStore.open(
            io.rug.survey.store.SurveyStore.sqliteUrl(Path.of(dataDir())),
            io.rug.survey.questionnaire.QuestionnaireCatalog.shipped(),
            java.time.Clock.systemUTC())) {
      assertThat(store.admins().verifyPassword("alice", "a long enough password".toCharArray()))
          .isTrue();
    }
    Files.writeString(pw, "short\n");
    assertThat(
            Cli.survey(
                    "admin",
                    "create",
                    "--user",
                    "alice",
                    "--password-file",
                    pw.toString(),
                    "--data-dir",
                    dataDir())
                .exitCode())
        .isEqualTo(2);
  }
}
