package io.rug.kube.bind;

/** What became of one binding decision. */
public record BindOutcome(String podId, Result result, String detail) {
  public enum Result {
    /** The pod is on the chosen node (this call, or an earlier attempt that had landed). */
    BOUND,
    /** The pod was already on a node (another replica or a previous run); nothing to do. */
    ALREADY_BOUND,
    /** The pod is gone or was replaced; drop the decision. */
    GONE,
    /** Retries exhausted or a permanent error: the pod stays pending and is retried next cycle. */
    FAILED
  }

  public boolean placed() {
    return result == Result.BOUND || result == Result.ALREADY_BOUND;
  }
}
