package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fragmentation-aware GPU placement over the workload mix observed so far (no lookahead). A node's
 * usable GPU capacity for a pod class is what copies of that class could still take there, limited
 * by free GPUs (whole or per-GPU share), CPU, memory and model constraints. Placing a pod costs the
 * expected loss of usable capacity over the class mix; the scheduler picks the node that loses
 * least, so leftovers stay shaped like the demand that keeps coming.
 */
public final class FragmentationModel {
  private static final int MAX_CLASSES = 48;

  private record Shape(long cpu, long mem, int count, int milli, java.util.Set<String> models) {}

  private final Map<Shape, long[]> counts = new HashMap<>();
  private long observed;
  private long builtAt = -1;
  private Shape[] classes = new Shape[0];
  private double[] weights = new double[0];
  private final Map<UsableKey, Double> usableCache = new HashMap<>();

  /** Node state that determines usable capacity; GPU usage sorted (GPU order does not matter). */
  private record UsableKey(long cpu, long mem, String model, List<Integer> used) {}

  /** Records one arrived pod into the workload mix. */
  public void observe(Pod pod) {
    if (pod.gpu().count() == 0) return;
    Shape s = shapeOf(pod);
    counts.computeIfAbsent(s, k -> new long[1])[0]++;
    observed++;
  }

  private static Shape shapeOf(Pod p) {
    return new Shape(
        p.cpuMilli(), p.memoryBytes(), p.gpu().count(), p.gpu().milliPerGpu(), p.gpu().models());
  }

  private void rebuildIfStale() {
    // rebuild the class table at geometric intervals so the cost stays O(log n) rebuilds
    if (builtAt >= 0 && observed < builtAt + Math.max(16, builtAt / 8)) return;
    builtAt = observed;
    List<Map.Entry<Shape, long[]>> top = new ArrayList<>(counts.entrySet());
    top.sort(
        Comparator.<Map.Entry<Shape, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(e -> e.getKey().toString()));
    int k = Math.min(MAX_CLASSES, top.size());
    classes = new Shape[k];
    weights = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) sum += mass(top.get(i));
    for (int i = 0; i < k; i++) {
      classes[i] = top.get(i).getKey();
      weights[i] = mass(top.get(i)) / sum;
    }
    usableCache.clear();
  }

  /** Classes weigh by how often they arrive (weighting by GPU demand did worse on openb). */
  private static double mass(Map.Entry<Shape, long[]> e) {
    return e.getValue()[0];
  }

  /** Expected usable-capacity loss (GPU milli) when {@code pod} goes to node {@code n}. */
  public double placementCost(ClusterState s, Pod pod, int n) {
    rebuildIfStale();
    Node node = s.nodes.get(n);
    int[] used = s.gpuUsed[n];
    double before = usable(node, s.freeCpu[n], s.freeMem[n], used);
    int[] after = Arrays.copyOf(used, used.length);
    for (int g : s.chooseGpus(pod.gpu(), n, true)) after[g] += pod.gpu().milliPerGpu();
    double now =
        usable(node, s.freeCpu[n] - pod.cpuMilli(), s.freeMem[n] - pod.memoryBytes(), after);
    return before - now;
  }

  private double usable(Node node, long cpu, long mem, int[] used) {
    if (used.length == 0) return 0;
    int[] sorted = used.clone();
    Arrays.sort(sorted);
    UsableKey key = new UsableKey(cpu, mem, node.gpuModel(), ClusterState.boxed(sorted));
    Double hit = usableCache.get(key);
    if (hit != null) return hit;
    long freeMilli = 0;
    int whole = 0;
    for (int u : used) {
      freeMilli += 1000 - u;
      if (u == 0) whole++;
    }
    double total = 0;
    for (int i = 0; i < classes.length; i++) {
      Shape c = classes[i];
      if (!c.models().isEmpty() && !c.models().contains(node.gpuModel())) continue;
      long fit = c.cpu() == 0 ? Long.MAX_VALUE : cpu / c.cpu();
      if (c.mem() > 0) fit = Math.min(fit, mem / c.mem());
      if (fit <= 0) continue;
      long milli;
      if (c.count() == 1 && c.milli() < 1000) {
        long slots = 0;
        for (int u : used) slots += (1000 - u) / c.milli();
        milli = Math.min(fit, slots) * c.milli();
      } else {
        milli = Math.min(fit, whole / c.count()) * c.count() * 1000L;
      }
      total += weights[i] * Math.min(milli, freeMilli);
    }
    if (usableCache.size() > 200_000) usableCache.clear();
    usableCache.put(key, total);
    return total;
  }
}
