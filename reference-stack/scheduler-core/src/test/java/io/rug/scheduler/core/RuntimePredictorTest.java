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
}
