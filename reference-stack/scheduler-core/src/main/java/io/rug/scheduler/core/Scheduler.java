package io.rug.scheduler.core;

import java.util.HashMap;
import java.util.Map;

/**
 * The scheduler's entry point: one call per cycle, plain records in, decisions out. Deterministic:
 * the same policy and the same sequence of snapshots always give the same results. The only state
 * kept between cycles is learnt from earlier snapshots: the {@link StarvationGuard}'s (each waiting
 * job's deadline, how accurate runtime estimates proved) when the policy has one, and each user's
 * recent runtimes for the {@link RuntimePredictor} when the policy orders by expansion factor. A
 * new instance, e.g. after a leader change, rebuilds it from the snapshots it sees.
 */
public final class Scheduler {
  private final Policy policy;
  private final StarvationGuard<String> guard;
  private final RuntimePredictor<String> predictor = new RuntimePredictor<>();
  private Map<String, Placement> lastRunning = Map.of();

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
    if (policy.ordering() == Policy.Ordering.EXPANSION_FACTOR) learnRuntimes(snapshot);
    return new Cycle(policy, snapshot, guard, predictor).run();
  }

  /**
   * Pods that ran in the last cycle and are gone now have ended (or were deleted): their runtime,
   * to the cycle, feeds the user's runtime predictions.
   */
  private void learnRuntimes(ClusterSnapshot snapshot) {
    Map<String, Placement> running = new HashMap<>(snapshot.running().size() * 2);
    for (Placement p : snapshot.running()) running.put(p.pod().id(), p);
    for (Placement p : lastRunning.values()) {
      if (!running.containsKey(p.pod().id()) && p.startedAtMillis() > 0) {
        predictor.finished(p.pod().user(), snapshot.nowMillis() - p.startedAtMillis());
      }
    }
    lastRunning = running;
  }
}
