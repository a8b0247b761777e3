package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed schedules on a 4-processor machine. */
class BatchPoliciesTest {
  // J1 takes 3 procs for 10 s; J2 needs all 4 (blocked until 10); J3 is short and narrow;
  // J4 is narrow but long: it would delay J2 if backfilled.
  static final String TRACE =
      Traces.line(1, 0, 10, 3, 10)
          + Traces.line(2, 1, 5, 4, 5)
          + Traces.line(3, 2, 5, 1, 5)
          + Traces.line(4, 3, 20, 1, 20);

  static long[] starts(String policy) {
    return Traces.starts(TRACE, 4, BatchPolicy.named(policy));
  }

  @Test
  void fcfsStartsOnlyFromTheHead() {
    assertThat(starts("fcfs")).containsExactly(0, 10, 15, 15);
  }

  @Test
  void easyBackfillsTheShortJobButNotTheOneThatWouldDelayTheHead() {
    assertThat(starts("easy")).containsExactly(0, 10, 2, 15);
  }

  @Test
  void conservativeReservesEveryWaitingJob() {
    assertThat(starts("conservative")).containsExactly(0, 10, 2, 15);
  }

  @Test
  void conservativeProtectsEveryQueuedJobWhereEasyProtectsOnlyTheHead() {
    // J1 3 procs 0-6; J2 (head, 2 procs) reserved at 6 with 2 extra; J3 2 procs 6 s; J4 long, 1
    // proc.
    // EASY backfills J4 at 3 (uses an extra proc), which pushes J3 from 6 to 7; conservative
    // reserves J3 at 6 first, so J4 waits until 7.
    String t =
        Traces.line(1, 0, 6, 3, 6)
            + Traces.line(2, 1, 1, 2, 1)
            + Traces.line(3, 2, 6, 2, 6)
            + Traces.line(4, 3, 16, 1, 16);
    SwfTrace trace = Traces.parse(t, 4);
    assertThat(new SwfSimulator().run(trace, new EasyPolicy()).start()).containsExactly(0, 6, 7, 3);
    assertThat(new SwfSimulator().run(trace, new ConservativePolicy()).start())
        .containsExactly(0, 6, 6, 7);
  }

  @Test
  void easyUsesExtraProcessorsForLongJobs() {
    // J2 needs 2 of 4 at shadow 10, leaving 2 extra: long J3 (1 proc) may start now, and J2
    // still starts at its reservation.
    String t =
        Traces.line(1, 0, 10, 3, 10) + Traces.line(2, 1, 5, 2, 5) + Traces.line(3, 2, 50, 1, 50);
    long[] s = Traces.starts(t, 4, new EasyPolicy());
    assertThat(s).containsExactly(0, 10, 2);
  }

  @Test
  void easyCountsEveryJobEndingAtTheShadowTimeAsExtra() {
    // J1 (2 procs) and J2 (1 proc) are both estimated to end at 100; head J3 needs 3 of 4 then,
    // so J2's processor is extra, and long J4 (1 proc) may start now. Stopping at J1, the first
    // job whose end makes room, would leave no extra and keep J4 waiting until 100.
    String t =
        Traces.line(1, 0, 100, 2, 100)
            + Traces.line(2, 0, 100, 1, 100)
            + Traces.line(3, 1, 10, 3, 10)
            + Traces.line(4, 2, 200, 1, 200);
    long[] s = Traces.starts(t, 4, new EasyPolicy());
    assertThat(s).containsExactly(0, 0, 100, 2);
  }

  @Test
  void defaultRunsTheShortJobBeforeTheLongOneThatArrivedEarlier() {
    String t =
        Traces.line(1, 0, 100, 2, 100)
            + Traces.line(2, 1, 1000, 2, 1000)
            + Traces.line(3, 2, 10, 2, 10);
    SwfTrace trace = Traces.parse(t, 2);
    assertThat(new SwfSimulator().run(trace, new EasyPolicy()).start())
        .containsExactly(0, 100, 1100);
    assertThat(new SwfSimulator().run(trace, new DefaultBatchPolicy()).start())
        .containsExactly(0, 110, 100);
  }

  @Test
  void defaultServesAJobPastItsDeadlineFirst() {
    // J2 (long) arrives behind J1's last 100 s on 2 procs: drain time (100 x 2 + 1000 x 2) / 2 =
    // 1100 s, deadline 1 + 1.25 x 1100 = 1376. Short jobs keep the machine busy and overtake J2
    // until then; from 1376 on J2 goes first (after the one short job already running).
    StringBuilder t =
        new StringBuilder(Traces.line(1, 0, 101, 2, 101) + Traces.line(2, 1, 1000, 2, 1000));
    for (int i = 0; i < 200; i++) t.append(Traces.line(10 + i, 2 + 10 * i, 10, 2, 10));
    long[] s = Traces.starts(t.toString(), 2, new DefaultBatchPolicy());
    assertThat(s[1]).isBetween(1376L, 1386L);
  }

  @Test
  void metricsFollowTheIssueDefinitions() {
    SwfResult r = new SwfSimulator().run(Traces.parse(TRACE, 4), new EasyPolicy()).result();
    // waits: 0, 9, 0, 12; runs 10, 5, 5, 20
    assertThat(r.meanWaitSeconds()).isCloseTo(21 / 4.0, within(1e-9));
    assertThat(r.maxWaitSeconds()).isEqualTo(12);
    double bsld = (1 + (9 + 5) / 10.0 + 1 + (12 + 20) / 20.0) / 4;
    assertThat(r.meanBoundedSlowdown()).isCloseTo(bsld, within(1e-9));
    assertThat(r.makespanSeconds()).isEqualTo(35); // last end 15 + 20, first submit 0
    assertThat(r.utilization()).isCloseTo((30 + 20 + 5 + 20) / (4.0 * 35), within(1e-9));
  }
}
