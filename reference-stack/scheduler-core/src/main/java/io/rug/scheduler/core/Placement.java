package io.rug.scheduler.core;

import java.util.List;

/**
 * A pod running (or bound) on a node, holding {@code gpuIndices} of that node's GPUs; for a
 * fractional GPU pod one index with {@code pod.gpu().milliPerGpu()} of it. {@code startedAtMillis}
 * plus the pod's runtime estimate gives its expected end (used for backfill reservations).
 */
public record Placement(Pod pod, String node, List<Integer> gpuIndices, long startedAtMillis) {
  public Placement {
    gpuIndices = List.copyOf(gpuIndices);
  }

  /** Expected end from the runtime estimate, or {@link Long#MAX_VALUE} when unknown. */
  public long expectedEndMillis() {
    long est = pod.runtimeEstimateMillis();
    return est <= 0 ? Long.MAX_VALUE : startedAtMillis + est;
  }
}
