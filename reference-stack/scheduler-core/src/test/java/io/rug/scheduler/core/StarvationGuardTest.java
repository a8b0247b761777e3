package io.rug.scheduler.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.scheduler.core.StarvationGuard.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarvationGuardTest {
  private final StarvationGuard<String> guard = new StarvationGuard<>(100);

  @Test
  void deadlineIsSubmitPlusGuardTimesTheDrainTimeOfTheWorkAheadAtFirstSight() {
    // half the machine busy for 40 more units; queued ahead: a quarter for 80; the job: half for 20
    List<Work<String>> running = List.of(new Work<>("r", 0.5, 0, 50));
    List<Work<String>> waiting = List.of(new Work<>("a", 0.25, 5, 80), new Work<>("b", 0.5, 9, 20));
    assertThat(guard.update(10, running, waiting)).isEmpty();
    assertThat(guard.deadline("a")).isEqualTo(5 + (long) (1.25 * (0.5 * 40 + 0.25 * 80)));
    assertThat(guard.deadline("b"))
        .isEqualTo(9 + (long) (1.25 * (0.5 * 40 + 0.25 * 80 + 0.5 * 20)));
  }

  @Test
  void deadlineIsKeptWhileTheJobWaitsAndForgottenOnceItLeavesTheQueue() {
    Work<String> a = new Work<>("a", 1.0, 0, 10);
    guard.update(0, List.of(), List.of(a));
    long first = guard.deadline("a");
    // more work arriving later does not move a's deadline
    guard.update(5, List.of(), List.of(a, new Work<>("b", 1.0, 5, 1000)));
    assertThat(guard.deadline("a")).isEqualTo(first);
    guard.update(6, List.of(new Work<>("a", 1.0, 6, 10)), List.of(new Work<>("b", 1.0, 5, 1000)));
    assertThat(guard.deadline("a")).isNull();
  }

  @Test
  void jobsPastTheirDeadlineAreUrgentInDeadlineOrder() {
    Work<String> late = new Work<>("late", 0.5, 0, 40); // deadline 0 + 1.25 * 20 = 25
    Work<String> early = new Work<>("early", 0.5, 1, 8); // first seen alone: 1 + 1.25 * 4 = 6
    guard.update(1, List.of(), List.of(early));
    guard.update(2, List.of(), List.of(late, early));
    assertThat(guard.update(5, List.of(), List.of(late, early))).isEmpty();
    assertThat(guard.update(6, List.of(), List.of(late, early))).containsExactly("early");
    assertThat(guard.update(30, List.of(), List.of(late, early))).containsExactly("early", "late");
  }

  @Test
  void noDeadlineComesSoonerThanHalfTheLongestWaitSoFar() {
    for (StarvationGuard<String> g : bothModes()) {
      startAfterWaiting(g, 400);
      // alone on an idle machine: by drain time 1.25 * 100 = 125 units after its submission
      Work<String> next = new Work<>("next", 1.0, 500, 100);
      g.update(500, List.of(), List.of(next));
      assertThat(g.deadline("next")).isEqualTo(500 + (long) (StarvationGuard.WAIT_FLOOR * 400));
      assertThat(g.update(699, List.of(), List.of(next))).isEmpty();
      assertThat(g.update(700, List.of(), List.of(next))).containsExactly("next");
    }
  }

  @Test
  void theFloorPutsNoDeadlineFurtherThanFourTimesTheDrainTime() {
    for (StarvationGuard<String> g : bothModes()) {
      startAfterWaiting(g, 100_000); // half of it would be 50,000
      // by drain time 125 units (the old job ran its estimate of 10: estimates are accurate)
      Work<String> next = new Work<>("next", 1.0, 100_010, 100);
      g.update(100_010, List.of(), List.of(next));
      assertThat(g.deadline("next"))
          .isEqualTo(100_010 + (long) (StarvationGuard.FLOOR_CAP * 1.25 * 100));
    }
  }

  private static List<StarvationGuard<String>> bothModes() {
    return List.of(
        new StarvationGuard<>(100), new StarvationGuard<String>(100).reportingStartsAndEnds());
  }

  /**
   * A job submitted at 0 that starts after {@code wait} (the longest wait so far) with an estimate
   * of 10.
   */
  private static void startAfterWaiting(StarvationGuard<String> g, long wait) {
    g.update(0, List.of(), List.of(new Work<>("old", 0.1, 0, 10)));
    g.started(new Work<>("old", 0.1, wait, 10));
  }

  @Test
  void learnsHowMuchEstimatesOverstateAndShortensLaterDeadlines() {
    // a job estimated at 100 finishes after 25: estimates are four times too long
    guard.update(0, List.of(new Work<>("r", 1.0, 0, 100)), List.of());
    assertThat(guard.accuracy()).isEqualTo(1.0);
    guard.update(25, List.of(), List.of(new Work<>("next", 1.0, 25, 100)));
    assertThat(guard.accuracy()).isEqualTo(0.25);
    assertThat(guard.deadline("next")).isEqualTo(25 + (long) (1.25 * 100 * 0.25));
  }

  @Test
  void workWithoutAnEstimateCountsAsTheDefaultAndTeachesNothing() {
    guard.update(0, List.of(new Work<>("r", 1.0, 0, 0)), List.of(new Work<>("w", 1.0, 0, 0)));
    assertThat(guard.deadline("w")).isEqualTo((long) (1.25 * (100 + 100)));
    guard.update(10, List.of(), List.of(new Work<>("w", 1.0, 0, 0)));
    assertThat(guard.accuracy()).isEqualTo(1.0);
  }

  @Test
  void reportedStartsAndEndsTeachTheSameAsDiffingTheRunningWork() {
    StarvationGuard<String> told = new StarvationGuard<String>(100).reportingStartsAndEnds();
    Work<String> a = new Work<>("a", 0.5, 0, 100); // runs 30 of its 100
    Work<String> b = new Work<>("b", 0.5, 0, 40); // runs 40 of its 40
    Work<String> c = new Work<>("c", 1.0, 10, 60);
    for (StarvationGuard<String> g : List.of(guard, told)) {
      g.update(0, List.of(), List.of(a, b));
      g.started(a);
      g.started(b);
    }
    // a ended at 30, b at 40, unseen until the next decision at 40
    told.ended("a");
    told.ended("b");
    for (StarvationGuard<String> g : List.of(guard, told)) g.update(40, List.of(), List.of(c));
    assertThat(told.accuracy()).isEqualTo(guard.accuracy()).isEqualTo((0.5 * 40 + 0.5 * 40) / 70);
    assertThat(told.deadline("c")).isEqualTo(guard.deadline("c"));
  }

  @Test
  void aReportingGuardCountsPromotionsAndItsUrgentJobsByWidth() {
    StarvationGuard<String> g = new StarvationGuard<String>(100).reportingStartsAndEnds();
    Work<String> wide = new Work<>("wide", 0.75, 0, 8); // deadline 0 + 1.25 * 6 = 7
    Work<String> narrow = new Work<>("narrow", 0.25, 0, 8); // 0 + 1.25 * (6 + 2) = 10
    assertThat(g.update(0, List.of(), List.of(wide, narrow))).isEmpty();
    assertThat(g.promotions()).isZero();
    assertThat(g.urgentNoWiderThan(1.0)).isZero();
    List<String> urgent = g.update(7, List.of(), List.of(wide, narrow));
    assertThat(urgent).containsExactly("wide");
    assertThat(g.promotions()).isEqualTo(1);
    assertThat(g.urgentNoWiderThan(0.5)).isZero();
    assertThat(g.urgentNoWiderThan(0.75)).isEqualTo(1);
    assertThat(g.update(10, List.of(), List.of(wide, narrow))).containsExactly("wide", "narrow");
    assertThat(g.promotions()).isEqualTo(2);
    assertThat(g.urgentNoWiderThan(0.5)).isEqualTo(1);
    assertThat(g.urgentNoWiderThan(1.0)).isEqualTo(2);
    // the returned list stays as it was until the next update, the started job included
    List<String> seen = g.update(10, List.of(), List.of(wide, narrow));
    g.started(new Work<>("narrow", 0.25, 10, 8));
    assertThat(seen).containsExactly("wide", "narrow");
    assertThat(g.urgentNoWiderThan(0.5)).isEqualTo(1); // counted with the list until the update
    assertThat(g.update(11, List.of(), List.of(wide))).containsExactly("wide");
    assertThat(g.urgentNoWiderThan(0.5)).isZero();
    assertThat(g.promotions()).isEqualTo(2);
  }
}
