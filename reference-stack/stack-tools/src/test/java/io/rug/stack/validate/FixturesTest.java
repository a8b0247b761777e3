package io.rug.stack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.stack.yaml.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixtures that must pass and fixtures that must fail, one per rule. A failing fixture is named
 * after its rule, or says {@code # expect: rule-a, rule-b} on its first line; exactly those rules
 * must be reported, so a fixture cannot fail for an unrelated reason.
 */
class FixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  final StackValidator validator = new StackValidator(KindRegistry.standard());

  @TestFactory
  Stream<DynamicTest> everyPassingFixtureHasNoProblems() throws IOException {
    return files("pass")
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> assertThat(validator.validate(new ManifestReader().read(f))).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyFailingFixtureReportsExactlyItsRule() throws IOException {
    return files("fail")
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      List<Problem> problems = validator.validate(new ManifestReader().read(f));
                      Set<String> rules =
                          problems.stream()
                              .map(Problem::rule)
                              .collect(Collectors.toCollection(TreeSet::new));
                      assertThat(rules).isEqualTo(expected(f));
                    }));
  }

  @Test
  void everyRuleHasAFailingFixture() throws Exception {
    Set<String> covered = new TreeSet<>();
    for (Path f : files("fail").toList()) {
      covered.addAll(expected(f));
    }
    Set<String> all = new TreeSet<>();
    for (var field : Rules.class.getFields()) {
      all.add((String) field.get(null));
    }
    assertThat(covered).isEqualTo(all);
  }

  @Test
  void theReferenceStackManifestsPass() throws Exception {
    List<Problem> problems =
        validator.validate(new ManifestReader().readAll(List.of(Path.of("../manifests"))));
    assertThat(problems).isEmpty();
  }

  static Set<String> expected(Path f) throws IOException {
    String first = Files.readAllLines(f).get(0);
    if (first.startsWith("# expect:")) {
      return Arrays.stream(first.substring("# expect:".length()).split(","))
          .map(String::trim)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    return new TreeSet<>(Set.of(f.getFileName().toString().replace(".yaml", "")));
  }

  static Stream<Path> files(String dir) throws IOException {
    try (Stream<Path> s = Files.list(FIXTURES.resolve(dir))) {
      return s.sorted().toList().stream();
    }
  }
}
