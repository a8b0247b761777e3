package io.rug.scheduler.core;

import java.util.List;
import java.util.Map;

/** Small clusters and pods for scheduler tests. */
final class Fixtures {
  static final long GIB = 1L << 30;

  static Node cpu(String name, int cores) {
    return Node.of(name, cores * 1000L, 64 * GIB, 0, "");
  }

  static Node gpu(String name, int gpus, String model, String rack) {
    return Node.of(name, 64_000, 256 * GIB, gpus, model).withLabels(Map.of(Node.RACK_LABEL, rack));
  }

  static Pod pod(String id, int cores) {
    return Pod.of(id, cores * 1000L, GIB, GpuRequest.NONE);
  }

  static Pod gpuPod(String id, GpuRequest g) {
    return Pod.of(id, 1000, GIB, g);
  }

  static ClusterSnapshot snapshot(List<Node> nodes, List<Placement> running, List<Pod> pending) {
    return new ClusterSnapshot(60_000, nodes, running, pending, List.of()); // pods submitted at 0
  }

  static CycleResult schedule(ClusterSnapshot s) {
    return new Scheduler(Policy.DEFAULT).schedule(s);
  }

  private Fixtures() {}
}
