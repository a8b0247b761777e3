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
 */
public record Policy(
    String name,
    Backfill backfill,
    GpuScoring gpuScoring,
    boolean pack,
    boolean preemption,
    Duration gangTimeout,
    String topologyLabel) {

  public enum Backfill {
    NONE,
    EASY,
    CONSERVATIVE
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
          Node.RACK_LABEL);

  /**
   * Looks a policy up by name: {@code default}, {@code fcfs}, {@code easy}, {@code conservative}.
   */
  public static Policy named(String name) {
    return switch (name) {
      case "default" -> DEFAULT;
      case "fcfs" -> DEFAULT.with("fcfs", Backfill.NONE);
      case "easy" -> DEFAULT.with("easy", Backfill.EASY);
      case "conservative" -> DEFAULT.with("conservative", Backfill.CONSERVATIVE);
      default -> throw new IllegalArgumentException("unknown scheduler policy: " + name);
    };
  }

  public Policy with(String newName, Backfill b) {
    return new Policy(newName, b, gpuScoring, pack, preemption, gangTimeout, topologyLabel);
  }
}
