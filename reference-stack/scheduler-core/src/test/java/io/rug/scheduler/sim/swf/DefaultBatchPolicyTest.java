package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Backfilling by predicted runtimes on a 4-processor machine. User 7's first two jobs ask for 40 s
 * and run 10 s, so a later job of theirs is predicted to run 10 s whatever it asks for; with job 3
 * (1 s, arriving when they end) estimates have proved about 2.7 x too long. Job 4 (user 1) holds 3
 * processors from 20 to 120; job 5 (user 2) needs all 4 and is blocked until then, with its
 * deadline at 21 + 1.25 x (99 x 3/4 + 50) x 0.37 = 78. Job 6 is user 7's: 1 processor, asks for 200
 * s, runs 10 s.
 */
class DefaultBatchPolicyTest {
  static String trace(long job6Submit) {
    return Traces.line(1, 0, 10, 1, 40, 7)
        + Traces.line(2, 0, 10, 1, 40, 7)
        + Traces.line(3, 10, 1, 1, 1, 3)
        + Traces.line(4, 20, 100, 3, 100, 1)
        + Traces.line(5, 21, 50, 4, 50, 2)
        + Traces.line(6, job6Submit, 10, 1, 200, 7);
  }

  static long[] starts(String trace, BatchPolicy policy) {
    return Traces.starts(trace, 4, policy);
  }

  @Test
  void aJobPredictedToEndBeforeAReservationBackfillsWhereItsEstimateWouldNot() {
    assertThat(starts(trace(22), new EasyPolicy())).containsExactly(0, 0, 10, 20, 120, 170);
    // job 6 is predicted to end at 32, before job 5's reservation at 120
    assertThat(starts(trace(22), new DefaultBatchPolicy())).containsExactly(0, 0, 10, 20, 120, 22);
  }

  @Test
  void anUrgentJobsReservationCountsWithEstimatesOnly() {
    // at 100 job 5 is past its deadline: job 6 is predicted to end by 110, but may run to 300
    assertThat(starts(trace(100), new DefaultBatchPolicy()))
        .containsExactly(0, 0, 10, 20, 120, 170);
    // with deadlines 100 x later job 5 is not urgent yet, and job 6 backfills by its prediction
    assertThat(starts(trace(100), new DefaultBatchPolicy(100, 2)))
        .containsExactly(0, 0, 10, 20, 120, 100);
  }

  /** Job 1 holds 2 of 4 processors until 100; jobs 2 (3 procs) and 3 (all 4) run 10 s each. */
  static String urgentTrio(int job4Procs) {
    return Traces.line(1, 0, 100, 2, 100)
        + Traces.line(2, 1, 10, 3, 10)
        + Traces.line(3, 2, 10, 4, 10)
        + Traces.line(4, 5, 200, job4Procs, 200);
  }

  @Test
  void onlyTheMostOverdueUrgentJobHoldsAReservation() {
    // with deadlines at submit every job is urgent on arrival. Job 2, the most overdue, is
    // reserved [100, 110); job 3 gets no reservation of its own, so job 4 (1 processor, 200 s),
    // which leaves room for job 2, starts at once and job 3 waits until it ends
    assertThat(starts(urgentTrio(1), new DefaultBatchPolicy(0, 1))).containsExactly(0, 100, 205, 5);
    // a job that would delay job 2's reservation does not start: job 2 leaves 1 processor free in
    // [100, 110), too few for job 4 on 2, so it waits, and job 3 (urgent, earlier deadline) goes
    // first
    assertThat(starts(urgentTrio(2), new DefaultBatchPolicy(0, 1)))
        .containsExactly(0, 100, 110, 120);
  }

  @Test
  void withoutUsersItIsConservativeBackfillingByEstimates() {
    String noUsers =
        Traces.line(1, 0, 10, 1, 20)
            + Traces.line(2, 0, 10, 1, 20)
            + Traces.line(3, 20, 100, 3, 100)
            + Traces.line(4, 21, 50, 4, 50)
            + Traces.line(5, 22, 10, 1, 200);
    assertThat(starts(noUsers, new DefaultBatchPolicy())).containsExactly(0, 0, 20, 120, 170);
  }
}
