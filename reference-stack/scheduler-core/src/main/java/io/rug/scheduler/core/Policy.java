package io.rug.scheduler.core;

import java.time.Duration;

/**
 * A scheduler configuration. {@link #DEFAULT} is what the live scheduler runs ({@code default}).
 *
 * @param name policy name
 * @param backfill reservation/backfill mode for blocked pods
 * @param gpuScoring how GPU nodes are chosen
 * @param pack true = bin-pack (fewest nodes); false = spread over nodes
 * @param preemption whether to reclaim for queues under guarantee and for higher priority
 * @param gangTimeout how long a gang may wait before its status becomes TIMED_OUT
 * @param topologyLabel node label used to keep gangs together (e.g. rack)
 * @param ordering the order of one user's pending jobs (fair share between queues and users comes
 *     first either way)
 * @param starvationGuard whether jobs waiting past their {@link StarvationGuard} deadline go first
 *     with reservations of their own, and {@link StarvationGuard#RESERVATIONS} other blocked jobs
 *     get reservations (else {@code backfill} alone decides)
 */
public record Policy(
    String name,
    Backfill backfill,
    GpuScoring gpuScoring,
    boolean pack,
    boolean preemption,
    Duration gangTimeout,
    String topologyLabel,
    Ordering ordering,
    boolean starvationGuard) {

  public enum Backfill {
    NONE,
    EASY,
    CONSERVATIVE
  }

  /** How one user's pending jobs are ordered after priority. */
  public enum Ordering {
    /** Oldest submission first. */
    FIFO,
    /**
     * Highest expansion factor (wait + estimate) / estimate first, as the simulator's {@code
     * default}: short jobs start soon and every job gains ground as it waits. A job without an
     * estimate counts as a one-hour job, so it ages at the same pace instead of starving.
     */
    EXPANSION_FACTOR
  }

  public enum GpuScoring {
    FIRST_FIT,
    BEST_FIT,
    /** Fragmentation-aware: minimise the loss of capacity for the workload mix seen so far. */
    FRAGMENTATION
  }

  public static final Policy DEFAULT =
      new Policy(
          "default",
          Backfill.EASY,
          GpuScoring.FRAGMENTATION,
          true,
          true,
          Duration.ofMinutes(10),
          Node.RACK_LABEL,
          Ordering.EXPANSION_FACTOR,
          true);

  /**
   * Looks a policy up by name: {@code default}, {@code fcfs}, {@code easy}, {@code conservative}.
   */
  public static Policy named(String name) {
    return switch (name) {
      case "default" -> DEFAULT;
      case "fcfs" -> DEFAULT.with("fcfs", Backfill.NONE).with(Ordering.FIFO).withoutGuard();
      case "easy" -> DEFAULT.with("easy", Backfill.EASY).with(Ordering.FIFO).withoutGuard();
      case "conservative" ->
          DEFAULT.with("conservative", Backfill.CONSERVATIVE).with(Ordering.FIFO).withoutGuard();
      default -> throw new IllegalArgumentException("unknown scheduler policy: " + name);
    };
  }

  public Policy with(String newName, Backfill b) {
    return new Policy(
        newName,
        b,
        gpuScoring,
        pack,
        preemption,
        gangTimeout,
        topologyLabel,
        ordering,
        starvationGuard);
  }

  public Policy with(Ordering newOrdering) {
    return new Policy(
        name,
        backfill,
        gpuScoring,
        pack,
        preemption,
        gangTimeout,
        topologyLabel,
        newOrdering,
        starvationGuard);
  }

  /** The same policy without the starvation guard: only {@code backfill} decides reservations. */
  public Policy withoutGuard() {
    return new Policy(
        name, backfill, gpuScoring, pack, preemption, gangTimeout, topologyLabel, ordering, false);
  }
}
