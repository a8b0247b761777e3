package io.rug.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.report.Report.Theme;
import io.rug.survey.store.AnswerValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThemeGrouperTest {
  private final ThemeGrouper grouper = new ThemeGrouper();

  @Test
  void mergesCasePunctuationAndSmallMisspellings() {
    List<Theme> themes =
        grouper.group(values("Multi-tenancy", "multitenacy", "multitenancy", "MULTI TENANCY!"));
    assertThat(themes).hasSize(1);
    assertThat(themes.get(0).count()).isEqualTo(4);
    assertThat(themes.get(0).members())
        .containsExactly("Multi-tenancy", "multitenacy", "multitenancy", "MULTI TENANCY!");
  }

  @Test
  void keepsDifferentTopicsApart() {
    List<Theme> themes =
        grouper.group(values("scale", "scaling", "Security", "slurm", "K8s", "Kind", "opa", "OSG"));
    assertThat(themes).hasSize(8);
  }

  @Test
  void shortWordsMustMatchExactlyAfterNormalising() {
    assertThat(ThemeGrouper.similar("opa", "osg")).isFalse();
    assertThat(ThemeGrouper.similar("k8s", "k8s")).isTrue();
    assertThat(ThemeGrouper.similar("batch", "batsh")).isTrue();
    assertThat(ThemeGrouper.similar("learningcurve", "learnngcurvs")).isTrue();
  }

  @Test
  void labelIsTheMostCommonSpellingOfTheMostCommonForm() {
    List<Theme> themes = grouper.group(values("multitenacy", "Multi-tenancy", "multitenancy"));
    // "multitenancy" is the form given twice; its first spelling is "Multi-tenancy"
    assertThat(themes.get(0).label()).isEqualTo("Multi-tenancy");
  }

  @Test
  void sumsVotesOverMembersAndOrdersBySizeThenVotes() {
    List<Theme> themes =
        grouper.group(
            List.of(
                new AnswerValue("batch", 0, 0),
                new AnswerValue("Docs", 8, 0),
                new AnswerValue("batch", 7, 0),
                new AnswerValue("Batch", 1, 0),
                new AnswerValue("Security", 2, 1)));
    assertThat(themes)
        .extracting(Theme::label, Theme::count, Theme::upvotes, Theme::downvotes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("batch", 3, 8, 0),
            org.assertj.core.groups.Tuple.tuple("Docs", 1, 8, 0),
            org.assertj.core.groups.Tuple.tuple("Security", 1, 2, 1));
  }

  @Test
  void groupingIsTheSameForAnyInputOrderUpToLabels() {
    List<String> answers =
        List.of("multi-cluster", "Multi Cluster", "batch", "Batch", "networking", "Networking");
    List<String> shuffled = new ArrayList<>(answers);
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertThat(sizes(grouper.group(values(shuffled.toArray(String[]::new)))))
        .isEqualTo(sizes(grouper.group(values(answers.toArray(String[]::new)))));
    assertThat(grouper.group(values(answers.toArray(String[]::new))))
        .isEqualTo(grouper.group(values(answers.toArray(String[]::new))));
  }

  private static List<Integer> sizes(List<Theme> themes) {
    return themes.stream().map(Theme::count).sorted().toList();
  }

  private static List<AnswerValue> values(String... s) {
    return Stream.of(s).map(AnswerValue::of).toList();
  }
}
