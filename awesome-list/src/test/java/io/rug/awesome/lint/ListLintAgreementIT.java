package io.rug.awesome.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture list through our linter and through awesome-lint 2.3.0 from npm, in the same
 * test run, and requires both to flag the same lines (file and line number). Differences we chose
 * on purpose are pinned below and documented in awesome-list/contributing.md.
 */
class ListLintAgreementIT {
  private static final Path FIXTURES = Path.of("src/test/resources/lint-fixtures");

  /** Rules that only we report, per fixture (see "Where We Differ" in contributing.md). */
  private static final Map<String, Set<String>> OURS_ONLY =
      Map.of(
          "14-license-section", Set.of("empty-section"),
          "21-code-of-conduct", Set.of("awesome-code-of-conduct"),
          "26-empty-section", Set.of("empty-section"));

  private static final AwesomeLinter linter = new AwesomeLinter();
  private static Map<String, List<Map<String, Object>>> theirs;
  private static List<Path> readmes;

  @BeforeAll
  static void runAwesomeLint() throws IOException, InterruptedException {
    AwesomeLintNpm npm =
        new AwesomeLintNpm(
            Path.of("target/awesome-lint"), Path.of("src/test/resources/awesome-lint-offline.mjs"));
    npm.install();
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      readmes = dirs.sorted().map(d -> d.resolve("readme.md")).collect(Collectors.toList());
    }
    List<Path> all = new ArrayList<>(readmes);
    all.add(Path.of("README.md"));
    theirs = npm.lint(all);
  }

  @Test
  void hasAtLeastTwentyFixturesGoodAndBad() {
    assertThat(readmes).hasSizeGreaterThanOrEqualTo(20);
    long clean = readmes.stream().filter(r -> theirs.get(r.toString()).isEmpty()).count();
    assertThat(clean).as("good fixtures").isGreaterThanOrEqualTo(2);
    assertThat(readmes.size() - clean).as("bad fixtures").isGreaterThanOrEqualTo(18);
  }

  @Test
  void theListItselfPassesBothLinters() throws IOException {
    assertThat(theirs.get("README.md")).isEmpty();
    assertThat(linter.lint(Path.of("README.md"), "README.md").problems()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> bothLintersFlagTheSameLines() {
    return readmes.stream()
        .map(
            readme ->
                DynamicTest.dynamicTest(
                    readme.getParent().getFileName().toString(), () -> compare(readme)));
  }

  private static void compare(Path readme) throws IOException {
    String fixture = readme.getParent().getFileName().toString();
    Set<String> oursOnly = OURS_ONLY.getOrDefault(fixture, Set.of());
    List<Problem> ours = linter.lint(readme, readme.toString()).problems();
    Set<String> ourLines = new TreeSet<>();
    Set<String> pinned = new TreeSet<>();
    for (Problem p : ours) {
      String at = Path.of(p.file()).getFileName() + ":" + p.line();
      if (oursOnly.contains(p.ruleId())) pinned.add(p.ruleId());
      else ourLines.add(at);
    }
    Set<String> theirLines = new TreeSet<>();
    for (Map<String, Object> m : theirs.get(readme.toString())) {
      Object line = m.get("line");
      theirLines.add(m.get("file") + ":" + (line == null ? 1 : ((Number) line).intValue()));
    }
    assertThat(ourLines)
        .as(
            "lines flagged by rug list lint vs awesome-lint for %s; ours: %s; theirs: %s",
            fixture, ours, theirs.get(readme.toString()))
        .isEqualTo(theirLines);
    assertThat(pinned).as("documented differences still hold for %s", fixture).isEqualTo(oursOnly);
  }
}
