package io.rug.scheduler.core;

import static io.rug.scheduler.core.Fixtures.cpu;
import static io.rug.scheduler.core.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default policy backfills against reservations of jobs that are not urgent with predicted
 * runtimes (EASY++), and against urgent jobs' reservations with estimates only.
 */
class PredictedBackfillTest {
  static final long MIN = 60_000, HOUR = 60 * MIN;
  static final long T0 = 10 * HOUR;
  final List<Node> node = List.of(cpu("n", 8));

  /** 6 of the node's 8 cores until T0 + 30 min, by its estimate. */
  final Placement running =
      new Placement(pod("r", 6).withTimes(0, HOUR), "n", List.of(), T0 - 30 * MIN);

  /** Bob's 8-core job, first seen at T0: it can only start when r ends. */
  final Pod big = pod("big", 8).withQueue("default", "bob", 10).withTimes(T0, HOUR);

  /** Alice's 2-core job asks for an hour; her pods so far ran 10 minutes. */
  final Pod alice = pod("a", 2).withQueue("default", "alice", 0).withTimes(T0, HOUR);

  /** A default scheduler that saw two of alice's pods run 10 minutes although they asked 8 h. */
  Scheduler learntScheduler() {
    Scheduler s = new Scheduler(Policy.DEFAULT);
    Pod h1 = pod("h1", 1).withQueue("default", "alice", 0).withTimes(0, 8 * HOUR);
    Pod h2 = pod("h2", 1).withQueue("default", "alice", 0).withTimes(0, 8 * HOUR);
    List<Placement> both =
        List.of(new Placement(h1, "n", List.of(), 1), new Placement(h2, "n", List.of(), 1));
    s.schedule(new ClusterSnapshot(1, node, both, List.of(), List.of()));
    s.schedule(new ClusterSnapshot(10 * MIN, node, List.of(), List.of(), List.of()));
    return s;
  }

  CycleResult cycleAt(Scheduler s, long now) {
    return s.schedule(
        new ClusterSnapshot(now, node, List.of(running), List.of(big, alice), List.of()));
  }

  @Test
  void jobPredictedToEndBeforeAReservationBackfillsOntoItsNodes() {
    CycleResult r = cycleAt(learntScheduler(), T0);
    assertThat(r.reservations())
        .singleElement()
        .satisfies(
            res -> {
              assertThat(res.groupKey()).isEqualTo("big");
              assertThat(res.expectedStartMillis()).isEqualTo(T0 + 30 * MIN);
            });
    // predicted 10 min, ends before the reservation at 30 min; its 1 h estimate would not
    assertThat(r.bindings()).extracting(Binding::podId).containsExactly("a");
  }

  @Test
  void easyCountsWithTheEstimateAndKeepsTheJobOffTheReservedNode() {
    CycleResult r =
        new Scheduler(Policy.named("easy"))
            .schedule(
                new ClusterSnapshot(T0, node, List.of(running), List.of(big, alice), List.of()));
    assertThat(r.bindings()).isEmpty();
    assertThat(r.unschedulable().get("a")).contains("reserved for a waiting job");
  }

  @Test
  void anUrgentJobsReservationIsKeptByEstimates() {
    Scheduler s = learntScheduler();
    cycleAt(s, T0); // big gets its deadline: within minutes, as estimates proved 48 x too long
    CycleResult later = cycleAt(s, T0 + 10 * MIN);
    assertThat(s.policy().starvationGuard()).isTrue();
    // big is urgent now: alice's job, predicted to end in time, still may not use its node
    assertThat(later.bindings()).isEmpty();
    assertThat(later.reservations()).extracting(CycleResult.Reservation::groupKey).contains("big");
  }

  @Test
  void onlyTheMostOverdueUrgentJobHoldsAReservation() {
    Scheduler s = learntScheduler();
    Pod big2 = pod("big2", 8).withQueue("default", "carol", 10).withTimes(T0, HOUR);
    List<Pod> both = List.of(big, big2);
    s.schedule(new ClusterSnapshot(T0, node, List.of(running), both, List.of()));
    CycleResult later =
        s.schedule(new ClusterSnapshot(T0 + 10 * MIN, node, List.of(running), both, List.of()));
    // both are past their deadlines; big's is earlier (less work queued ahead of it), so big
    // holds n from r's end and big2 waits its turn without a reservation of its own
    assertThat(later.reservations())
        .extracting(CycleResult.Reservation::groupKey, CycleResult.Reservation::expectedStartMillis)
        .containsExactly(tuple("big", T0 + 30 * MIN));
    assertThat(later.unschedulable()).containsKeys("big", "big2");
  }
}
