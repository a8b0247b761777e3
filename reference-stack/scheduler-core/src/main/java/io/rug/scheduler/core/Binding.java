package io.rug.scheduler.core;

import java.util.List;

/** Decision: bind {@code podId} to {@code node}, using the listed GPU indices of that node. */
public record Binding(String podId, String node, List<Integer> gpuIndices) {
  public Binding {
    gpuIndices = List.copyOf(gpuIndices);
  }
}
