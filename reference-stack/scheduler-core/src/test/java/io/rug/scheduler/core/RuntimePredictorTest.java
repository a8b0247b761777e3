package io.rug.scheduler.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimePredictorTest {
  private final RuntimePredictor<String> predictor = new RuntimePredictor<>();

  @Test
  void withoutHistoryTheEstimateStands() {
    predictor.finished("bob", 10);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(3600);
  }

  @Test
  void predictsTheMedianOfTheUsersRecentRuntimesCappedByTheEstimate() {
    predictor.finished("alice", 1000);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(1000);
    predictor.finished("alice", 100);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(550); // (100 + 1000) / 2
    predictor.finished("alice", 301);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(301); // of 100, 301, 1000
    assertThat(predictor.predict("alice", 150)).isEqualTo(150);
  }

  @Test
  void oneJobKilledAtItsLimitDoesNotMakeTheNextOnesLookLong() {
    for (long run : new long[] {600, 700, 500}) predictor.finished("alice", run);
    predictor.finished("alice", 129_600); // ran into the 36 h limit
    // the mean of the last two would say 65,050 s
    assertThat(predictor.predict("alice", 129_600)).isEqualTo(650); // (600 + 700) / 2
    predictor.finished("alice", 800);
    assertThat(predictor.predict("alice", 129_600)).isEqualTo(700); // of 500 ... 129,600
  }

  @Test
  void onlyTheLastFiveRuntimesCount() {
    for (long run : new long[] {9000, 9000, 9000, 100, 200, 300, 400, 500}) {
      predictor.finished("alice", run);
    }
    assertThat(predictor.predict("alice", 3600)).isEqualTo(300); // of 100 ... 500
  }
}
