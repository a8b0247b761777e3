package io.rug.scheduler.core;

/**
 * The scheduler's entry point: one call per cycle, plain records in, decisions out. Deterministic:
 * the same policy and the same sequence of snapshots always give the same results. The only state
 * kept between cycles is the {@link StarvationGuard}'s (each waiting job's deadline, and how
 * accurate runtime estimates proved on finished pods) when the policy has one; a new instance, e.g.
 * after a leader change, rebuilds it from the snapshots it sees.
 */
public final class Scheduler {
  private final Policy policy;
  private final StarvationGuard<String> guard;

  public Scheduler(Policy policy) {
    this.policy = policy;
    this.guard =
        policy.starvationGuard() ? new StarvationGuard<>(JobOrder.UNKNOWN_ESTIMATE_MILLIS) : null;
  }

  public Policy policy() {
    return policy;
  }

  /** Runs one scheduling cycle over {@code snapshot}. */
  public synchronized CycleResult schedule(ClusterSnapshot snapshot) {
    return new Cycle(policy, snapshot, guard).run();
  }
}
