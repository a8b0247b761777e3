package io.rug.awesome.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingChecksTest {
  @Test
  void titleCaseAllowsShortWordsInTheMiddleOnly() {
    assertThat(HeadingChecks.isTitleCase("Awesome Research Computing on Kubernetes")).isTrue();
    assertThat(HeadingChecks.isTitleCase("Awesome HPC On Kubernetes")).isTrue();
    assertThat(HeadingChecks.isTitleCase("Awesome research")).isFalse();
    assertThat(HeadingChecks.isTitleCase("the Awesome List")).isFalse();
    assertThat(HeadingChecks.isTitleCase("Awesome Cloud-Native Research ")).isTrue();
  }
}
