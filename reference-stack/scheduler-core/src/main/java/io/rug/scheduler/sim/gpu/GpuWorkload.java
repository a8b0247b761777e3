package io.rug.scheduler.sim.gpu;

import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Pod;
import java.util.List;

/** Nodes in file order and pods in arrival order (creation_time, then name). */
public record GpuWorkload(List<Node> nodes, List<Pod> pods) {
  public GpuWorkload {
    nodes = List.copyOf(nodes);
    pods = List.copyOf(pods);
  }

  public long gpuCapacityMilli() {
    return nodes.stream().mapToLong(n -> n.gpuCount() * 1000L).sum();
  }
}
