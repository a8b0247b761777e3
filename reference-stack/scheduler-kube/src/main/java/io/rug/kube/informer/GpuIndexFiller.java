package io.rug.kube.informer;

import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pods placed by other schedulers (or before the {@code rug.io/gpu-indices} annotation) hold GPUs
 * without saying which; give each the lowest indices still free on its node so the core's per-GPU
 * accounting adds up.
 */
final class GpuIndexFiller {
  private GpuIndexFiller() {}

  static List<Placement> fill(List<Node> nodes, List<Placement> placements) {
    Map<String, Set<Integer>> held = new HashMap<>();
    for (Placement p : placements) {
      held.computeIfAbsent(p.node(), k -> new HashSet<>()).addAll(p.gpuIndices());
    }
    Map<String, Integer> gpus = new HashMap<>();
    for (Node n : nodes) gpus.put(n.name(), n.gpuCount());
    List<Placement> out = new ArrayList<>(placements.size());
    for (Placement p : placements) {
      int want = p.pod().gpu().count();
      if (want == 0 || !p.gpuIndices().isEmpty()) {
        out.add(p);
        continue;
      }
      Set<Integer> taken = held.computeIfAbsent(p.node(), k -> new HashSet<>());
      List<Integer> idx = new ArrayList<>();
      int count = gpus.getOrDefault(p.node(), 0);
      for (int i = 0; i < count && idx.size() < want; i++) {
        if (!taken.contains(i)) idx.add(i);
      }
      taken.addAll(idx);
      out.add(new Placement(p.pod(), p.node(), idx, p.startedAtMillis()));
    }
    return out;
  }
}
