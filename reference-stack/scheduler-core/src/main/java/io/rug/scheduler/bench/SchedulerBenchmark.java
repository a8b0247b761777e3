package io.rug.scheduler.bench;

import io.rug.scheduler.core.Binding;
import io.rug.scheduler.core.ClusterSnapshot;
import io.rug.scheduler.core.CycleResult;
import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Placement;
import io.rug.scheduler.core.Pod;
import io.rug.scheduler.core.Policy;
import io.rug.scheduler.core.Scheduler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput and latency of the {@code default} policy on the synthetic cluster: pending pods are
 * handed to the scheduler in cycles of {@code batch}; bound pods keep running (their placements are
 * part of the next snapshot), so later cycles see a fuller cluster.
 */
public final class SchedulerBenchmark {

  public record Figures(
      int nodes,
      int pods,
      int bound,
      int cycles,
      double podsPerSecond,
      double cycleMillisP50,
      double cycleMillisP90,
      double cycleMillisP99,
      double cycleMillisMax,
      long heapUsedMiB) {}

  public Figures throughput(int nodeCount, int podCount, int batch, long seed) {
    List<Node> nodes = SyntheticCluster.nodes(nodeCount, seed);
    List<Pod> pods = SyntheticCluster.pods(podCount, seed + 1, 10_000_000L);
    Scheduler s = new Scheduler(Policy.DEFAULT);
    List<Placement> running = new ArrayList<>();
    List<Double> millis = new ArrayList<>();
    long total = 0;
    int bound = 0;
    for (int from = 0; from < pods.size(); from += batch) {
      List<Pod> pending = pods.subList(from, Math.min(pods.size(), from + batch));
      ClusterSnapshot snap =
          new ClusterSnapshot(10_000_000L, nodes, running, pending, SyntheticCluster.queues());
      long t0 = System.nanoTime();
      CycleResult r = s.schedule(snap);
      long dt = System.nanoTime() - t0;
      total += dt;
      millis.add(dt / 1e6);
      bound += r.bindings().size();
      running = new ArrayList<>(running);
      running.addAll(placements(pending, r.bindings()));
    }
    return figures(nodeCount, podCount, bound, millis, podCount / (total / 1e9));
  }

  /** Repeats one cycle holding {@code gangs} gangs of {@code size} on a half-loaded cluster. */
  public Figures gangCycle(
      int nodeCount, int background, int gangs, int size, int repeats, long seed) {
    List<Node> nodes = SyntheticCluster.nodes(nodeCount, seed);
    Scheduler s = new Scheduler(Policy.DEFAULT);
    List<Pod> bg = SyntheticCluster.pods(background, seed + 1, 10_000_000L);
    CycleResult warm =
        s.schedule(
            new ClusterSnapshot(10_000_000L, nodes, List.of(), bg, SyntheticCluster.queues()));
    List<Placement> running = placements(bg, warm.bindings());
    List<Pod> pending = SyntheticCluster.gangs(gangs, size, seed + 2, 10_000_000L);
    ClusterSnapshot snap =
        new ClusterSnapshot(10_000_000L, nodes, running, pending, SyntheticCluster.queues());
    List<Double> millis = new ArrayList<>();
    int bound = 0;
    long total = 0;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      CycleResult r = s.schedule(snap);
      long dt = System.nanoTime() - t0;
      total += dt;
      millis.add(dt / 1e6);
      bound = r.bindings().size();
    }
    return figures(
        nodeCount,
        pending.size(),
        bound,
        millis,
        (double) pending.size() * repeats / (total / 1e9));
  }

  static List<Placement> placements(List<Pod> pending, List<Binding> bindings) {
    Map<String, Pod> byId = new HashMap<>();
    for (Pod p : pending) byId.put(p.id(), p);
    List<Placement> out = new ArrayList<>();
    for (Binding b : bindings)
      out.add(new Placement(byId.get(b.podId()), b.node(), b.gpuIndices(), 10_000_000L));
    return out;
  }

  private static Figures figures(int nodes, int pods, int bound, List<Double> millis, double rate) {
    double[] m =
        millis.isEmpty()
            ? new double[] {0}
            : millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(m);
    Runtime rt = Runtime.getRuntime();
    long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
    return new Figures(
        nodes,
        pods,
        bound,
        m.length,
        rate,
        pct(m, 50),
        pct(m, 90),
        pct(m, 99),
        m[m.length - 1],
        heap);
  }

  static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
