package io.rug.scheduler.core;

import java.util.List;
import java.util.Optional;

/**
 * Places pods one at a time, irrevocably, as they arrive (the GPU simulator's model, and the
 * per-pod step of a cycle). Strategies: {@code FIRST_FIT} (first node in order, lowest free GPU
 * indices), {@code BEST_FIT} (least free GPU milli after placement, then least free CPU, then node
 * order; a fractional pod takes the fitting GPU with least free share) and {@code FRAGMENTATION}
 * (least expected loss of usable GPU capacity for the pod mix seen so far, then node order).
 */
public final class OnlinePlacer {
  private final ClusterState state;
  private final Policy.GpuScoring scoring;
  private final FragmentationModel model = new FragmentationModel();

  public OnlinePlacer(List<Node> nodes, Policy.GpuScoring scoring) {
    this.state = new ClusterState(List.copyOf(nodes));
    this.scoring = scoring;
  }

  /** Places {@code pod} if it fits somewhere; the pod is also recorded into the workload mix. */
  public Optional<Binding> place(Pod pod) {
    model.observe(pod);
    int best = -1;
    double bestCost = 0;
    long bestGpu = 0, bestCpu = 0;
    for (int n = 0; n < state.size(); n++) {
      if (!state.fits(pod, n)) continue;
      if (scoring == Policy.GpuScoring.FIRST_FIT) {
        best = n;
        break;
      }
      double cost =
          scoring == Policy.GpuScoring.FRAGMENTATION ? model.placementCost(state, pod, n) : 0;
      long gpu = state.freeGpuMilli(n) - pod.gpu().totalMilli();
      long cpu = state.freeCpu[n] - pod.cpuMilli();
      // best-fit: (free GPU after, free CPU after, order); fragmentation: (cost, order)
      boolean better =
          scoring == Policy.GpuScoring.FRAGMENTATION
              ? cost < bestCost - 1e-9
              : gpu < bestGpu || (gpu == bestGpu && cpu < bestCpu);
      if (best < 0 || better) {
        best = n;
        bestCost = cost;
        bestGpu = gpu;
        bestCpu = cpu;
      }
    }
    if (best < 0) return Optional.empty();
    int[] gpus = state.chooseGpus(pod.gpu(), best, scoring != Policy.GpuScoring.FIRST_FIT);
    state.place(pod, best, gpus);
    return Optional.of(
        new Binding(pod.id(), state.nodes.get(best).name(), ClusterState.boxed(gpus)));
  }

  /** Total free GPU milli over all nodes. */
  public long freeGpuMilli() {
    long s = 0;
    for (int n = 0; n < state.size(); n++) s += state.freeGpuMilli(n);
    return s;
  }
}
