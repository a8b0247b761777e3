package io.rug.scheduler.core;

import static io.rug.scheduler.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  @Test
  void bindsPodsThatFitAndPacksThemOntoTheFullerNode() {
    Placement busy = new Placement(pod("old", 6), "a", List.of(), 0);
    CycleResult r =
        schedule(snapshot(List.of(cpu("a", 8), cpu("b", 8)), List.of(busy), List.of(pod("p", 2))));
    assertThat(r.bindings()).containsExactly(new Binding("p", "a", List.of()));
    assertThat(r.unschedulable()).isEmpty();
  }

  @Test
  void gangIsNeverPartiallyBoundAndSaysHowManyMembersFit() {
    Gang g = new Gang("mpi", 3);
    List<Pod> members =
        List.of(pod("m0", 4).withGang(g), pod("m1", 4).withGang(g), pod("m2", 4).withGang(g));
    CycleResult r = schedule(snapshot(List.of(cpu("a", 4), cpu("b", 4)), List.of(), members));
    assertThat(r.bindings()).isEmpty();
    assertThat(r.unschedulable().get("m0"))
        .startsWith("gang 2/3 placeable: insufficient cpu on 2 nodes");
    assertThat(r.gangs())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.state()).isEqualTo(GangStatus.State.WAITING);
              assertThat(s.placeable()).isEqualTo(2);
            });
  }

  @Test
  void gangWaitingLongerThanTheTimeoutIsReportedTimedOut() {
    Gang g = new Gang("mpi", 2);
    List<Pod> members = List.of(pod("m0", 8).withGang(g), pod("m1", 8).withGang(g));
    long now = Policy.DEFAULT.gangTimeout().toMillis() + 1;
    CycleResult r =
        schedule(new ClusterSnapshot(now, List.of(cpu("a", 8)), List.of(), members, List.of()));
    assertThat(r.gangs())
        .singleElement()
        .extracting(GangStatus::state)
        .isEqualTo(GangStatus.State.TIMED_OUT);
  }

  @Test
  void gangThatFitsIsBoundCompletelyAndPrefersOneRack() {
    Gang g = new Gang("mpi", 2);
    List<Node> nodes =
        List.of(
            gpu("r1a", 8, "A100", "r1"), gpu("r2a", 8, "A100", "r2"), gpu("r1b", 8, "A100", "r1"));
    List<Pod> members =
        List.of(
            gpuPod("m0", GpuRequest.whole(8)).withGang(g),
            gpuPod("m1", GpuRequest.whole(8)).withGang(g));
    CycleResult r = schedule(snapshot(nodes, List.of(), members));
    assertThat(r.bindings()).extracting(Binding::node).containsExactlyInAnyOrder("r1a", "r1b");
    assertThat(r.gangs())
        .singleElement()
        .extracting(GangStatus::state)
        .isEqualTo(GangStatus.State.SCHEDULED);
  }

  @Test
  void fractionalGpuPodsShareAGpuAndRespectModelConstraints() {
    List<Node> nodes = List.of(gpu("t4", 1, "T4", "r"), gpu("a100", 1, "A100", "r"));
    Placement half = new Placement(gpuPod("x", GpuRequest.fraction(500)), "a100", List.of(0), 0);
    Pod wantsA100 = gpuPod("p", new GpuRequest(1, 500, Set.of("A100")));
    Pod tooBig = gpuPod("q", new GpuRequest(1, 600, Set.of("A100")));
    CycleResult r = schedule(snapshot(nodes, List.of(half), List.of(wantsA100, tooBig)));
    assertThat(r.bindings()).containsExactly(new Binding("p", "a100", List.of(0)));
    assertThat(r.unschedulable().get("q"))
        .contains("insufficient nvidia.com/gpu on 1 nodes")
        .contains("GPU model not in [A100] on 1 nodes");
  }

  @Test
  void lowerDominantShareQueueGoesFirst() {
    List<QueueSpec> queues = List.of(QueueSpec.of("a", 1), QueueSpec.of("b", 1));
    Placement heavy = new Placement(pod("a-old", 4).withQueue("a", "u", 0), "n1", List.of(), 0);
    Pod fromA = pod("a-new", 4).withQueue("a", "u", 0).withTimes(0, 0);
    Pod fromB = pod("b-new", 4).withQueue("b", "v", 0).withTimes(10, 0);
    ClusterSnapshot s =
        new ClusterSnapshot(
            100,
            List.of(cpu("n1", 4), cpu("n2", 4)),
            List.of(heavy),
            List.of(fromA, fromB),
            queues);
    CycleResult r = new Scheduler(Policy.named("fcfs")).schedule(s);
    assertThat(r.bindings()).extracting(Binding::podId).containsExactly("b-new");
  }

  @Test
  void defaultPolicyStartsTheJobWithTheHighestExpansionFactorFirst() {
    long minute = 60_000;
    Pod longOld = pod("long-old", 4).withTimes(0, 600 * minute); // waited 60 min of 10 h: 1.1
    Pod shortNew = pod("short-new", 4).withTimes(50 * minute, 10 * minute); // 10 of 10 min: 2.0
    ClusterSnapshot s =
        new ClusterSnapshot(
            60 * minute, List.of(cpu("n", 4)), List.of(), List.of(longOld, shortNew), List.of());

    assertThat(new Scheduler(Policy.DEFAULT).schedule(s).bindings())
        .extracting(Binding::podId)
        .containsExactly("short-new");
    assertThat(new Scheduler(Policy.named("easy")).schedule(s).bindings())
        .extracting(Binding::podId)
        .containsExactly("long-old");
  }

  @Test
  void queueCapabilityCapsUsage() {
    Resources cap = new Resources(4000, Long.MAX_VALUE, Long.MAX_VALUE);
    List<QueueSpec> queues = List.of(new QueueSpec("q", null, 1, cap, Resources.ZERO, true));
    ClusterSnapshot s =
        new ClusterSnapshot(
            0,
            List.of(cpu("n", 16)),
            List.of(),
            List.of(pod("p1", 3).withQueue("q", "u", 0), pod("p2", 3).withQueue("q", "u", 0)),
            queues);
    CycleResult r = schedule(s);
    assertThat(r.bindings()).hasSize(1);
    assertThat(r.unschedulable().values()).containsExactly("queue q would exceed its capability");
  }

  @Test
  void preemptsTheLowestPriorityPodForAHigherPriorityOne() {
    Placement low = new Placement(pod("low", 4).withQueue("default", "u", 0), "n", List.of(), 0);
    Placement mid = new Placement(pod("mid", 4).withQueue("default", "u", 50), "n", List.of(), 0);
    Pod urgent = pod("urgent", 4).withQueue("default", "v", 100);
    CycleResult r = schedule(snapshot(List.of(cpu("n", 8)), List.of(low, mid), List.of(urgent)));
    assertThat(r.bindings()).isEmpty();
    assertThat(r.preemptions()).extracting(Preemption::victimPodId).containsExactly("low");
  }

  @Test
  void neverPreemptsForSomethingThatStillCannotFit() {
    Placement low = new Placement(pod("low", 4), "n", List.of(), 0);
    Pod huge = pod("huge", 16).withQueue("default", "v", 100);
    CycleResult r = schedule(snapshot(List.of(cpu("n", 8)), List.of(low), List.of(huge)));
    assertThat(r.preemptions()).isEmpty();
  }

  @Test
  void reclaimsFromAQueueAboveItsShareForAQueueUnderItsGuarantee() {
    Resources guarantee = new Resources(4000, 0, 0);
    List<QueueSpec> queues =
        List.of(
            new QueueSpec("greedy", null, 1, Resources.UNLIMITED, Resources.ZERO, true),
            new QueueSpec("owed", null, 1, Resources.UNLIMITED, guarantee, true));
    List<Placement> running =
        List.of(
            new Placement(pod("g1", 4).withQueue("greedy", "u", 0), "n", List.of(), 0),
            new Placement(pod("g2", 4).withQueue("greedy", "u", 0), "n", List.of(), 10));
    ClusterSnapshot s =
        new ClusterSnapshot(
            100,
            List.of(cpu("n", 8)),
            running,
            List.of(pod("o", 4).withQueue("owed", "v", 0)),
            queues);
    CycleResult r = schedule(s);
    assertThat(r.preemptions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.victimPodId()).isEqualTo("g2"); // the most recently started
              assertThat(p.reason()).contains("reclaimed for queue owed");
            });
  }

  @Test
  void blockedJobGetsAReservationAndOnlyShortJobsBackfillOntoItsNodes() {
    long now = 1_000_000;
    Placement ending =
        new Placement(pod("r", 6).withTimes(0, 60_000), "n", List.of(), now - 30_000);
    Pod big = pod("big", 8).withTimes(1, 3_600_000);
    Pod shortJob = pod("short", 2).withTimes(2, 10_000);
    Pod longJob = pod("long", 2).withTimes(3, 3_600_000);
    ClusterSnapshot s =
        new ClusterSnapshot(
            now, List.of(cpu("n", 8)), List.of(ending), List.of(big, shortJob, longJob), List.of());
    CycleResult r =
        new Scheduler(Policy.named("easy").with("easy", Policy.Backfill.EASY)).schedule(s);
    assertThat(r.reservations())
        .singleElement()
        .satisfies(
            res -> {
              assertThat(res.groupKey()).isEqualTo("big");
              assertThat(res.expectedStartMillis()).isEqualTo(now + 30_000);
            });
    assertThat(r.bindings()).extracting(Binding::podId).containsExactly("short");
    assertThat(r.unschedulable().get("long")).contains("reserved for a waiting job");
  }

  @Test
  void sameSnapshotGivesSameDecisionsWhateverThePendingOrder() {
    List<Node> nodes = List.of(cpu("a", 8), gpu("g", 4, "A100", "r"));
    List<Pod> pods =
        List.of(
            pod("p1", 3),
            gpuPod("p2", GpuRequest.fraction(300)),
            pod("p3", 5),
            gpuPod("p4", GpuRequest.whole(2)),
            pod("p5", 2));
    CycleResult a = schedule(snapshot(nodes, List.of(), pods));
    CycleResult b =
        schedule(
            snapshot(
                nodes,
                List.of(),
                List.of(pods.get(4), pods.get(2), pods.get(0), pods.get(3), pods.get(1))));
    assertThat(b).isEqualTo(a);
    assertThat(a.unschedulable()).isEqualTo(Map.of());
  }

  @Test
  void higherPriorityJobOfAnotherUserGoesFirst() {
    Pod low = pod("low", 6).withQueue("default", "alice", 0);
    Pod high = pod("high", 6).withQueue("default", "bob", 10);
    for (String policy : List.of("default", "easy", "fcfs")) {
      CycleResult r =
          new Scheduler(Policy.named(policy))
              .schedule(snapshot(List.of(cpu("a", 8)), List.of(), List.of(low, high)));
      assertThat(r.bindings()).as(policy).extracting(Binding::podId).containsExactly("high");
    }
  }

  @Test
  void jobPastItsStarvationDeadlineGoesBeforeJobsWithAHigherExpansionFactor() {
    // same user: without the guard the 1-minute job waiting 5 min (expansion factor 6 vs 1.65)
    // would go first
    assertThat(starvationRace("alice", true)).containsExactly("w");
    assertThat(starvationRace("alice", false)).containsExactly("s");
  }

  @Test
  void jobPastItsStarvationDeadlineGoesBeforeUsersWithALowerShare() {
    // alice already runs half the node, so bob's job would go first by fair share
    assertThat(starvationRace("bob", true)).containsExactly("w");
    assertThat(starvationRace("bob", false)).containsExactly("s");
  }

  /**
   * Two cycles on one 8-core node. At t=0 the node is full for 10 min and alice's wide job w (4
   * cores, 10 h) gets its deadline: 1.25 x (10 min x the whole node + 10 h x half of it) = 23,250
   * s. Just after it, half the node is free (alice runs r2 there) and s (4 cores, 1 min, waiting 5
   * min, of {@code userOfS}) competes with w. Returns the pods bound in the second cycle.
   */
  private static List<String> starvationRace(String userOfS, boolean guard) {
    Pod w = pod("w", 4).withQueue("default", "alice", 0).withTimes(0, 36_000_000);
    Placement full = new Placement(pod("r", 8).withTimes(0, 600_000), "a", List.of(), 0);
    long t2 = 23_250_001;
    Pod s = pod("s", 4).withQueue("default", userOfS, 0).withTimes(t2 - 300_000, 60_000);
    Pod r2 = pod("r2", 4).withQueue("default", "alice", 0).withTimes(0, 3_600_000);
    Scheduler scheduler = new Scheduler(guard ? Policy.DEFAULT : Policy.DEFAULT.withoutGuard());
    List<Node> node = List.of(cpu("a", 8));
    assertThat(
            scheduler
                .schedule(new ClusterSnapshot(0, node, List.of(full), List.of(w), List.of()))
                .bindings())
        .isEmpty();
    CycleResult r =
        scheduler.schedule(
            new ClusterSnapshot(
                t2,
                node,
                List.of(new Placement(r2, "a", List.of(), t2)),
                List.of(w, s),
                List.of()));
    return r.bindings().stream().map(Binding::podId).toList();
  }

  @Test
  void defaultPolicyReservesForTwoBlockedJobsAndEasyForOne() {
    long now = 1_000_000;
    Placement ending =
        new Placement(pod("r", 8).withTimes(0, 60_000), "n", List.of(), now - 30_000);
    List<Pod> blocked =
        List.of(
            pod("b1", 8).withTimes(1, 3_600_000),
            pod("b2", 8).withTimes(2, 3_600_000),
            pod("b3", 8).withTimes(3, 3_600_000));
    ClusterSnapshot s =
        new ClusterSnapshot(
            now, List.of(cpu("n", 8), cpu("m", 8)), List.of(ending), blocked, List.of());
    // m is free: b1 starts there; b2 and b3 are blocked and both get a reservation
    assertThat(new Scheduler(Policy.DEFAULT).schedule(s).reservations())
        .extracting(CycleResult.Reservation::groupKey)
        .containsExactly("b2", "b3");
    assertThat(new Scheduler(Policy.named("easy")).schedule(s).reservations())
        .extracting(CycleResult.Reservation::groupKey)
        .containsExactly("b2");
  }

  @Test
  void ordersAUsersJobsByRuntimesPredictedFromTheirLastFinishedPods() {
    // alice's last two pods ran 10 minutes although they asked for hours
    Placement r1 = new Placement(alicePod("r1", 8 * 3_600_000L, 0), "a", List.of(), 1);
    Placement r2 = new Placement(alicePod("r2", 8 * 3_600_000L, 0), "b", List.of(), 1);
    // now x (asks 10 h, waiting 60 min) and y (asks 1 h, waiting 30 min) compete for one slot
    Pod x = alicePod("x", 36_000_000, 0);
    Pod y = alicePod("y", 3_600_000, 1_800_000);
    List<Node> nodes = List.of(cpu("a", 4), cpu("b", 4));
    Placement busy = new Placement(pod("other", 4).withTimes(0, 0), "b", List.of(), 1);
    ClusterSnapshot race =
        new ClusterSnapshot(3_600_000, nodes, List.of(busy), List.of(x, y), List.of());

    Scheduler learnt = new Scheduler(Policy.DEFAULT);
    learnt.schedule(new ClusterSnapshot(1, nodes, List.of(r1, r2), List.of(), List.of()));
    learnt.schedule(new ClusterSnapshot(600_001, nodes, List.of(), List.of(), List.of()));
    // predicted 10 min each: x's expansion factor (60 + 10) / 10 beats y's (30 + 10) / 10
    assertThat(learnt.schedule(race).bindings()).extracting(Binding::podId).containsExactly("x");
    // by the estimates alone y's (30 + 60) / 60 beats x's (60 + 600) / 600
    assertThat(new Scheduler(Policy.DEFAULT).schedule(race).bindings())
        .extracting(Binding::podId)
        .containsExactly("y");
  }

  private static Pod alicePod(String id, long estimateMillis, long submittedAt) {
    return pod(id, 4).withQueue("default", "alice", 0).withTimes(submittedAt, estimateMillis);
  }
}
