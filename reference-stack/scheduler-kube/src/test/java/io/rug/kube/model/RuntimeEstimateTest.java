package io.rug.kube.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuntimeEstimateTest {
  @Test
  void readsGoStyleDurations() {
    assertThat(RuntimeEstimate.parseMillis("2h")).isEqualTo(7_200_000);
    assertThat(RuntimeEstimate.parseMillis("1h30m")).isEqualTo(5_400_000);
    assertThat(RuntimeEstimate.parseMillis("90m")).isEqualTo(5_400_000);
    assertThat(RuntimeEstimate.parseMillis("45s")).isEqualTo(45_000);
    assertThat(RuntimeEstimate.parseMillis("1.5h")).isEqualTo(5_400_000);
    assertThat(RuntimeEstimate.parseMillis("1d")).isEqualTo(86_400_000);
  }

  @Test
  void rejectsTextThatIsNotADuration() {
    for (String bad : new String[] {"soon", "2 h", "", "h", "10", "2h-"}) {
      assertThatThrownBy(() -> RuntimeEstimate.parseMillis(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
