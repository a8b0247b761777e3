package io.rug.scheduler.sim.gpu;

import io.rug.scheduler.core.OnlinePlacer;
import io.rug.scheduler.core.Pod;
import io.rug.scheduler.core.Policy;

/**
 * Replays pods in arrival order until the arrived GPU demand reaches {@code load} x capacity (the
 * crossing pod is the last; the list repeats if it runs out). Nothing departs; a pod that does not
 * fit is dropped.
 */
public final class GpuSimulator {

  public static Policy.GpuScoring scoring(String policy) {
    return switch (policy) {
      case "first-fit" -> Policy.GpuScoring.FIRST_FIT;
      case "best-fit" -> Policy.GpuScoring.BEST_FIT;
      case "default" -> Policy.DEFAULT.gpuScoring();
      default ->
          throw new IllegalArgumentException(
              "unknown policy '" + policy + "' (first-fit, best-fit, default)");
    };
  }

  public GpuResult run(GpuWorkload w, String policy, double load) {
    OnlinePlacer placer = new OnlinePlacer(w.nodes(), scoring(policy));
    long capacity = w.gpuCapacityMilli();
    long target = (long) Math.ceil(load * capacity);
    long arrived = 0, allocated = 0;
    int podsArrived = 0, scheduled = 0, failed = 0, gpuFailed = 0, fragFailed = 0;
    if (w.pods().stream().noneMatch(p -> p.gpu().count() > 0)) {
      throw new IllegalArgumentException(
          "the pod list has no GPU pods; the GPU load can never be reached");
    }
    for (int round = 0; arrived < target; round++) {
      for (Pod p0 : w.pods()) {
        Pod p = round == 0 ? p0 : p0.withId(p0.id() + "#" + round);
        podsArrived++;
        long demand = p.gpu().totalMilli();
        arrived += demand;
        if (placer.place(p).isPresent()) {
          scheduled++;
          allocated += demand;
        } else {
          failed++;
          if (demand > 0) {
            gpuFailed++;
            if (demand <= placer.freeGpuMilli()) fragFailed++;
          }
        }
        if (arrived >= target) break;
      }
    }
    int gpus = (int) (capacity / 1000);
    return new GpuResult(
        policy,
        w.nodes().size(),
        gpus,
        podsArrived,
        scheduled,
        failed,
        gpuFailed,
        fragFailed,
        capacity == 0 ? 0 : (double) allocated / capacity,
        capacity == 0 ? 0 : (double) arrived / capacity);
  }
}
