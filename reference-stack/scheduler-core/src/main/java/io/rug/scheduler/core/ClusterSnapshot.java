package io.rug.scheduler.core;

import java.util.List;

/**
 * Everything one scheduling cycle looks at. Pods in {@code pending} that are members of a gang
 * whose other members already run count those running members towards the gang's minMember.
 */
public record ClusterSnapshot(
    long nowMillis,
    List<Node> nodes,
    List<Placement> running,
    List<Pod> pending,
    List<QueueSpec> queues) {
  public ClusterSnapshot {
    nodes = List.copyOf(nodes);
    running = List.copyOf(running);
    pending = List.copyOf(pending);
    queues = List.copyOf(queues);
  }
}
