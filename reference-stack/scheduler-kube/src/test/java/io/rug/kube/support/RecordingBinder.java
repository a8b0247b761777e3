package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.bind.Binder;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Notes which replica made each successful binding call, and flags a call made by a replica that
 * did not hold the Lease at that moment.
 */
public final class RecordingBinder implements Binder {
  private final Binder delegate;
  private final String identity;
  private final Map<String, String> boundBy;
  private volatile BooleanSupplier leader = () -> true;

  public RecordingBinder(Binder delegate, String identity, Map<String, String> boundBy) {
    this.delegate = delegate;
    this.identity = identity;
    this.boundBy = boundBy;
  }

  /** Where to ask whether this replica leads (set once the scheduler exists). */
  public void leaderCheck(BooleanSupplier isLeader) {
    this.leader = isLeader;
  }

  @Override
  public void bind(Pod pod, String node, Map<String, String> annotations) {
    boolean leading = leader.getAsBoolean();
    delegate.bind(pod, node, annotations);
    String who = leading ? identity : identity + " (not leader)";
    boundBy.merge(
        pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(),
        identity,
        (a, b) -> a + "," + b);
  }
}
