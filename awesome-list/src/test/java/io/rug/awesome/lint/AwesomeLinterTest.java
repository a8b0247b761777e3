package io.rug.awesome.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwesomeLinterTest {
  private static final String HEAD =
      "# Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n";

  @TempDir Path dir;
  private final AwesomeLinter linter = new AwesomeLinter();

  private List<Problem> lint(String markdown) throws IOException {
    Files.writeString(dir.resolve("contributing.md"), "# Contributing\n\nYes.\n");
    Path readme = dir.resolve("readme.md");
    Files.writeString(readme, markdown);
    return linter.lint(readme, "readme.md").problems();
  }

  @Test
  void reportsFileLineColumnMessageAndRule() throws IOException {
    List<Problem> problems =
        lint(
            HEAD
                + "## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n- [A](https://a.org) - lower case.\n");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).format())
        .isEqualTo(
            "readme.md:9:21  List item description must start with valid casing  awesome-list-item");
  }

  @Test
  void acceptsAWellFormedList() throws IOException {
    assertThat(
            lint(
                HEAD
                    + "> A list.\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n"
                    + "- [A](https://a.org) - Does one thing.\n- [B](https://b.org) - Does another (well).\n"))
        .isEmpty();
  }

  @Test
  void flagsTheSameUrlInTwoSectionsEvenWithWwwAndTrailingSlash() throws IOException {
    List<Problem> problems =
        lint(
            HEAD
                + "## Contents\n\n- [One](#one)\n- [Two](#two)\n\n## One\n\n"
                + "- [A](https://a.org) - Thing.\n\n## Two\n\n- [A too](http://www.a.org/) - Thing.\n");
    assertThat(problems).extracting(Problem::ruleId).containsExactly("double-link", "double-link");
    assertThat(problems).extracting(Problem::line).containsExactly(10, 14);
  }

  @Test
  void flagsSectionsWithoutEntries() throws IOException {
    List<Problem> problems =
        lint(
            HEAD
                + "## Contents\n\n- [One](#one)\n- [Two](#two)\n\n## One\n\n"
                + "- [A](https://a.org) - Thing.\n\n## Two\n\nSoon.\n");
    assertThat(problems).extracting(Problem::ruleId).containsExactly("empty-section");
    assertThat(problems.get(0).line()).isEqualTo(12);
  }

  @Test
  void flagsTheCodeOfConductTemplatePlaceholderAwesomeLintMisses() throws IOException {
    Files.writeString(
        dir.resolve("code-of-conduct.md"), "# Code\n\nMail [INSERT EMAIL ADDRESS].\n");
    Files.writeString(dir.resolve("contributing.md"), "# Contributing\n");
    Path readme = dir.resolve("readme.md");
    Files.writeString(readme, HEAD + "- [A](https://a.org) - Thing.\n");
    List<Problem> problems = linter.lint(readme, "readme.md").problems();
    assertThat(problems).extracting(Problem::file).containsExactly("code-of-conduct.md");
  }

  @Test
  void requiresAContributingFileNextToTheList() throws IOException {
    Path readme = dir.resolve("readme.md");
    Files.writeString(readme, HEAD + "- [A](https://a.org) - Thing.\n");
    assertThat(linter.lint(readme, "readme.md").problems())
        .extracting(Problem::ruleId)
        .containsExactly("awesome-contributing");
  }

  @Test
  void rejectsFilesThatAreNotUtf8() throws IOException {
    Path readme = dir.resolve("readme.md");
    Files.write(readme, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> linter.lint(readme, "readme.md"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void theShippedListIsClean() throws IOException {
    assertThat(linter.lint(Path.of("README.md"), "README.md").problems()).isEmpty();
  }

  @Test
  void theShippedListHasAtLeastEightyEntries() throws IOException {
    long entries =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(l -> l.matches("^- \\[[^]]+]\\(https?://[^)]+\\) - .+"))
            .count();
    assertThat(entries).isGreaterThanOrEqualTo(80);
  }
}
