package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.rug.scheduler.core.Node;
import java.util.Map;

/**
 * Turns a fabric8 Node into the core's {@link Node}: allocatable CPU, memory and {@code
 * nvidia.com/gpu}, the GPU model label, and schedulability (not cordoned, Ready unless the node
 * reports no conditions at all, no node-lifecycle NoSchedule/NoExecute taint). Other taints are
 * ignored: tolerations are not modelled, so GPU-node taints such as {@code nvidia.com/gpu} do not
 * keep GPU pods away.
 */
public final class NodeTranslator {
  private NodeTranslator() {}

  public static Node translate(io.fabric8.kubernetes.api.model.Node n) {
    Map<String, Quantity> alloc =
        n.getStatus() == null || n.getStatus().getAllocatable() == null
            ? Map.of()
            : n.getStatus().getAllocatable();
    Map<String, String> labels =
        n.getMetadata().getLabels() == null ? Map.of() : n.getMetadata().getLabels();
    int gpus =
        alloc.containsKey(Annotations.GPU_RESOURCE)
            ? Quantities.count(alloc.get(Annotations.GPU_RESOURCE))
            : 0;
    return new Node(
        n.getMetadata().getName(),
        alloc.containsKey("cpu") ? Quantities.cpuMilli(alloc.get("cpu")) : 0,
        alloc.containsKey("memory") ? Quantities.bytes(alloc.get("memory")) : 0,
        gpus,
        gpus > 0 ? labels.getOrDefault(Annotations.GPU_PRODUCT_LABEL, "") : "",
        labels,
        schedulable(n));
  }

  private static boolean schedulable(io.fabric8.kubernetes.api.model.Node n) {
    if (Boolean.TRUE.equals(n.getSpec() == null ? null : n.getSpec().getUnschedulable())) {
      return false;
    }
    if (n.getSpec() != null && n.getSpec().getTaints() != null) {
      for (Taint t : n.getSpec().getTaints()) {
        boolean hard = "NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect());
        // only the node-lifecycle taints: pods' tolerations are not modelled by the core
        if (hard && t.getKey() != null && t.getKey().startsWith("node.kubernetes.io/")) {
          return false;
        }
      }
    }
    if (n.getStatus() == null || n.getStatus().getConditions() == null) return true;
    for (NodeCondition c : n.getStatus().getConditions()) {
      if ("Ready".equals(c.getType())) return "True".equals(c.getStatus());
    }
    return true;
  }
}
