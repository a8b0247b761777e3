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
  void predictsTheMeanOfTheUsersLastTwoRuntimesCappedByTheEstimate() {
    predictor.finished("alice", 1000);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(1000);
    predictor.finished("alice", 100);
    assertThat(predictor.predict("alice", 3600)).isEqualTo(550);
    predictor.finished("alice", 301); // 1000 is forgotten
    assertThat(predictor.predict("alice", 3600)).isEqualTo(201); // (100 + 301) / 2, rounded
    assertThat(predictor.predict("alice", 150)).isEqualTo(150);
  }

  @Test
  void aJobKilledAtItsLimitWeighsOnTheUsersNextTwoPredictionsOnly() {
    for (long run : new long[] {600, 700, 500}) predictor.finished("alice", run);
    predictor.finished("alice", 129_600); // ran into the 36 h limit
    assertThat(predictor.predict("alice", 129_600)).isEqualTo(65_050); // (500 + 129,600) / 2
    predictor.finished("alice", 800);
    assertThat(predictor.predict("alice", 129_600)).isEqualTo(65_200); // (129,600 + 800) / 2
    predictor.finished("alice", 900);
    assertThat(predictor.predict("alice", 129_600)).isEqualTo(850);
  }
}
