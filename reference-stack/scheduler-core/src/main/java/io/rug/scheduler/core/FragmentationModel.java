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
  private final LongDoubleCache usableCache = new LongDoubleCache(1 << 16);

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
    double before = usableBefore(s, n);
    int[] after = scratch(used.length);
    System.arraycopy(used, 0, after, 0, used.length);
    GpuRequest g = pod.gpu();
    if (g.fractional()) {
      int best = -1;
      for (int i = 0; i < used.length; i++) {
        int free = 1000 - used[i];
        if (free >= g.milliPerGpu() && (best < 0 || free < 1000 - used[best])) best = i;
      }
      if (best >= 0) after[best] += g.milliPerGpu();
    } else {
      for (int i = 0, k = 0; i < used.length && k < g.count(); i++) {
        if (used[i] == 0) {
          after[i] = 1000;
          k++;
        }
      }
    }
    double now =
        usable(
            node,
            s.freeCpu[n] - pod.cpuMilli(),
            s.freeMem[n] - pod.memoryBytes(),
            after,
            used.length);
    return before - now;
  }

  private ClusterState cachedFor;
  private double[] beforeValue = new double[0];
  private int[] beforeVersion = new int[0];
  private long beforeGeneration = -1;
  private int[] scratch = new int[16];

  /** Usable capacity of node n as it is, cached until the node changes or the mix is rebuilt. */
  private double usableBefore(ClusterState s, int n) {
    if (cachedFor != s || beforeValue.length != s.size() || beforeGeneration != builtAt) {
      cachedFor = s;
      beforeValue = new double[s.size()];
      beforeVersion = new int[s.size()];
      Arrays.fill(beforeVersion, Integer.MIN_VALUE);
      beforeGeneration = builtAt;
    }
    if (beforeVersion[n] != s.version[n]) {
      int[] used = s.gpuUsed[n];
      beforeValue[n] = usable(s.nodes.get(n), s.freeCpu[n], s.freeMem[n], used, used.length);
      beforeVersion[n] = s.version[n];
    }
    return beforeValue[n];
  }

  private int[] scratch(int len) {
    if (scratch.length < len) scratch = new int[len];
    return scratch;
  }

  private double usable(Node node, long cpu, long mem, int[] used, int len) {
    if (len == 0) return 0;
    // 64-bit fingerprint of the node state; the GPU part is a sum, so GPU order does not matter
    long gpuPart = 0;
    for (int i = 0; i < len; i++) gpuPart += mix(used[i] + 0x9e3779b97f4a7c15L);
    long key = mix(mix(mix(cpu) ^ mem) ^ node.gpuModel().hashCode()) ^ gpuPart;
    double hit = usableCache.get(key);
    if (!Double.isNaN(hit)) return hit;
    long freeMilli = 0;
    int whole = 0;
    for (int i = 0; i < len; i++) {
      freeMilli += 1000 - used[i];
      if (used[i] == 0) whole++;
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
        for (int k = 0; k < len; k++) slots += (1000 - used[k]) / c.milli();
        milli = Math.min(fit, slots) * c.milli();
      } else {
        milli = Math.min(fit, whole / c.count()) * c.count() * 1000L;
      }
      total += weights[i] * Math.min(milli, freeMilli);
    }
    usableCache.put(key, total);
    return total;
  }

  /** SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
