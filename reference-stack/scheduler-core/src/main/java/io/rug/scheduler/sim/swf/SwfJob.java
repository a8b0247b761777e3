package io.rug.scheduler.sim.swf;

/**
 * One job of a Standard Workload Format trace, after the simulator's rules: {@code procs} = field 8
 * if positive else field 5; {@code estimate} = field 9 if positive else field 4; {@code run} =
 * min(field 4, estimate); {@code user} = field 12 (-1 when absent). Times in seconds.
 */
public record SwfJob(long id, long submit, long run, int procs, long estimate, long user) {
  /** A job without a user (field 12 absent or -1). */
  public SwfJob(long id, long submit, long run, int procs, long estimate) {
    this(id, submit, run, procs, estimate, -1);
  }

  /**
   * The job number's hash: consistent with the record's equals (equal jobs have equal numbers) and
   * much cheaper than the generated hash over all six fields, which the starvation guard's and the
   * policies' maps computed for every waiting job at every event.
   */
  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }
}
