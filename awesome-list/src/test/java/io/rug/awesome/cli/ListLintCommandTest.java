package io.rug.awesome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.awesome.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListLintCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new ListCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void exitsZeroForTheShippedList() {
    assertThat(run("lint", "README.md")).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("no problems");
  }

  @Test
  void exitsOneAndPrintsOneLinePerProblem() {
    int code = run("lint", "src/test/resources/lint-fixtures/07-no-dash-separator/readme.md");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines())
        .hasSize(3)
        .allMatch(l -> l.matches(".*readme\\.md:\\d+:\\d+  .+  awesome-list-item"));
  }

  @Test
  void printsJsonForTools() {
    int code = run("lint", "--json", "src/test/resources/lint-fixtures/03-missing-badge/readme.md");
    assertThat(code).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(out.toString().trim());
    assertThat(json.get("ok")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.get("ruleId")).isEqualTo("awesome-badge");
              assertThat(p.get("line")).isEqualTo(1L);
            });
  }

  @Test
  void exitsTwoWhenTheFileIsMissing() {
    assertThat(run("lint", dir.resolve("nope.md").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.md").contains("no such file");
  }

  @Test
  void exitsTwoWhenTheFileIsNotUtf8() throws Exception {
    Path bad = dir.resolve("readme.md");
    Files.write(bad, new byte[] {'#', ' ', (byte) 0xFF});
    assertThat(run("lint", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not valid UTF-8");
  }
}
