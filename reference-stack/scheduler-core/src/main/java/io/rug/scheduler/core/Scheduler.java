package io.rug.scheduler.core;

/**
 * The scheduler's entry point: one call per cycle, plain records in, decisions out. Stateless and
 * deterministic: the same snapshot and policy always give the same result.
 */
public final class Scheduler {
  private final Policy policy;

  public Scheduler(Policy policy) {
    this.policy = policy;
  }

  public Policy policy() {
    return policy;
  }

  /** Runs one scheduling cycle over {@code snapshot}. */
  public CycleResult schedule(ClusterSnapshot snapshot) {
    return new Cycle(policy, snapshot).run();
  }
}
