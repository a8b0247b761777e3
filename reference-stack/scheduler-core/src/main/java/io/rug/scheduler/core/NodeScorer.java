package io.rug.scheduler.core;

/**
 * Scores a feasible node for a pod; lower is better. Non-GPU pods are packed (or spread) by their
 * leftover CPU/memory share and kept off GPU nodes; GPU pods follow the policy's GPU scoring.
 */
final class NodeScorer {
  private final Policy policy;
  private final FragmentationModel fragmentation;

  NodeScorer(Policy policy, FragmentationModel fragmentation) {
    this.policy = policy;
    this.fragmentation = fragmentation;
  }

  double score(ClusterState s, Pod pod, int n) {
    Node node = s.nodes.get(n);
    double cpuLeft = (double) (s.freeCpu[n] - pod.cpuMilli()) / Math.max(1, node.cpuMilli());
    double memLeft = (double) (s.freeMem[n] - pod.memoryBytes()) / Math.max(1, node.memoryBytes());
    double leftover = (cpuLeft + memLeft) / 2;
    double fit = policy.pack() ? leftover : -leftover;
    if (pod.gpu().count() == 0) {
      // keep GPU nodes' CPU and memory for GPU pods
      return (node.gpuCount() > 0 ? 10 : 0) + fit;
    }
    return switch (policy.gpuScoring()) {
      case FIRST_FIT -> n;
      case BEST_FIT -> (s.freeGpuMilli(n) - pod.gpu().totalMilli()) * 4.0 + cpuLeft;
      case FRAGMENTATION -> fragmentation.placementCost(s, pod, n) * 4.0 + cpuLeft;
    };
  }
}
