package io.rug.scheduler.core;

import java.util.Map;

/**
 * A node's allocatable capacity. Free capacity is derived: allocatable minus the {@link Placement}s
 * of the snapshot on this node. {@code gpuCount} GPUs of one {@code gpuModel} (empty when none),
 * each of 1000 milli. {@code labels} carry topology, e.g. {@code topology.kubernetes.io/rack}.
 * Unschedulable (cordoned) nodes take no new pods.
 */
public record Node(
    String name,
    long cpuMilli,
    long memoryBytes,
    int gpuCount,
    String gpuModel,
    Map<String, String> labels,
    boolean schedulable) {

  /** The label key used for rack topology unless a policy names another one. */
  public static final String RACK_LABEL = "topology.kubernetes.io/rack";

  public Node {
    labels = Map.copyOf(labels);
    gpuModel = gpuModel == null ? "" : gpuModel;
  }

  public static Node of(String name, long cpuMilli, long memoryBytes, int gpus, String model) {
    return new Node(name, cpuMilli, memoryBytes, gpus, model, Map.of(), true);
  }

  public Node withLabels(Map<String, String> l) {
    return new Node(name, cpuMilli, memoryBytes, gpuCount, gpuModel, l, schedulable);
  }

  public Resources allocatable() {
    return new Resources(cpuMilli, memoryBytes, gpuCount * 1000L);
  }

  public String rack() {
    return labels.getOrDefault(RACK_LABEL, "");
  }
}
