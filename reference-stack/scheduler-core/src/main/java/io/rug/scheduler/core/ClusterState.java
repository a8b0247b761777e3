package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable free capacity of every node during one cycle, kept in flat arrays so that filtering and
 * scoring thousands of nodes per pod stays cheap. Nodes are indexed in snapshot order.
 */
final class ClusterState {
  final List<Node> nodes;
  final long[] freeCpu;
  final long[] freeMem;

  /** gpuUsed[n][g] = milli of GPU g of node n in use. */
  final int[][] gpuUsed;

  /** Bumped whenever node n changes, so cached scores can be invalidated lazily. */
  final int[] version;

  /** Indices of nodes with GPUs and of nodes without, in snapshot order. */
  final int[] gpuNodes;

  final int[] cpuNodes;

  private final Map<String, Integer> index = new HashMap<>();

  ClusterState(List<Node> nodes) {
    this.nodes = nodes;
    int n = nodes.size();
    freeCpu = new long[n];
    freeMem = new long[n];
    gpuUsed = new int[n][];
    version = new int[n];
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      freeCpu[i] = node.cpuMilli();
      freeMem[i] = node.memoryBytes();
      gpuUsed[i] = new int[node.gpuCount()];
      index.put(node.name(), i);
    }
    gpuNodes =
        java.util.stream.IntStream.range(0, n).filter(i -> nodes.get(i).gpuCount() > 0).toArray();
    cpuNodes =
        java.util.stream.IntStream.range(0, n).filter(i -> nodes.get(i).gpuCount() == 0).toArray();
  }

  int size() {
    return nodes.size();
  }

  /** Node index by name, or -1. */
  int indexOf(String name) {
    return index.getOrDefault(name, -1);
  }

  /** Why {@code pod} cannot go to node {@code n} right now, or {@code null} if it fits. */
  String misfit(Pod pod, int n) {
    Node node = nodes.get(n);
    if (!node.schedulable()) return "node unschedulable";
    if (!pod.nodeSelector().isEmpty()) {
      for (var e : pod.nodeSelector().entrySet()) {
        if (!e.getValue().equals(node.labels().get(e.getKey()))) return "node selector mismatch";
      }
    }
    if (pod.cpuMilli() > freeCpu[n]) return "insufficient cpu";
    if (pod.memoryBytes() > freeMem[n]) return "insufficient memory";
    GpuRequest g = pod.gpu();
    if (g.count() == 0) return null;
    if (node.gpuCount() == 0) return "no nvidia.com/gpu";
    if (!g.accepts(node.gpuModel())) return "GPU model not in " + g.models();
    return gpuFit(g, n) ? null : "insufficient nvidia.com/gpu";
  }

  boolean fits(Pod pod, int n) {
    return misfit(pod, n) == null;
  }

  private boolean gpuFit(GpuRequest g, int n) {
    int[] used = gpuUsed[n];
    if (g.fractional()) {
      for (int u : used) if (1000 - u >= g.milliPerGpu()) return true;
      return false;
    }
    int whole = 0;
    for (int u : used) if (u == 0) whole++;
    return whole >= g.count();
  }

  /** GPU indices the pod takes on node n: lowest indices, or the tightest GPU for fractions. */
  int[] chooseGpus(GpuRequest g, int n, boolean tightest) {
    int[] used = gpuUsed[n];
    if (g.count() == 0) return new int[0];
    if (g.fractional()) {
      int best = -1;
      for (int i = 0; i < used.length; i++) {
        int free = 1000 - used[i];
        if (free < g.milliPerGpu()) continue;
        if (best < 0) best = i;
        if (!tightest) break;
        if (free < 1000 - used[best]) best = i;
      }
      return new int[] {best};
    }
    int[] out = new int[g.count()];
    int k = 0;
    for (int i = 0; i < used.length && k < out.length; i++) if (used[i] == 0) out[k++] = i;
    return out;
  }

  void place(Pod pod, int n, int[] gpus) {
    freeCpu[n] -= pod.cpuMilli();
    freeMem[n] -= pod.memoryBytes();
    for (int g : gpus) gpuUsed[n][g] += pod.gpu().milliPerGpu();
    version[n]++;
  }

  void remove(Pod pod, int n, int[] gpus) {
    freeCpu[n] += pod.cpuMilli();
    freeMem[n] += pod.memoryBytes();
    for (int g : gpus) gpuUsed[n][g] -= pod.gpu().milliPerGpu();
    version[n]++;
  }

  long freeGpuMilli(int n) {
    long s = 0;
    for (int u : gpuUsed[n]) s += 1000 - u;
    return s;
  }

  int wholeFreeGpus(int n) {
    int c = 0;
    for (int u : gpuUsed[n]) if (u == 0) c++;
    return c;
  }

  /** A deep copy, for what-if planning (reservations, preemption). */
  ClusterState copy() {
    ClusterState c = new ClusterState(nodes);
    System.arraycopy(freeCpu, 0, c.freeCpu, 0, freeCpu.length);
    System.arraycopy(freeMem, 0, c.freeMem, 0, freeMem.length);
    for (int i = 0; i < gpuUsed.length; i++)
      c.gpuUsed[i] = Arrays.copyOf(gpuUsed[i], gpuUsed[i].length);
    return c;
  }

  static List<Integer> boxed(int[] a) {
    List<Integer> l = new ArrayList<>(a.length);
    for (int v : a) l.add(v);
    return l;
  }

  static int[] unboxed(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }
}
