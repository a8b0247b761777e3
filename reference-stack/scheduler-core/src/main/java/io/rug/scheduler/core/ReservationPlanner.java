package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Finds when and where a blocked job could start: releases running pods in order of their expected
 * end (from runtime estimates, or the predictions the caller passes) on a copy of the cluster until
 * the job fits. Pods with no estimate never release, so a job that only fits after them gets no
 * reservation.
 */
final class ReservationPlanner {
  private static final int MAX_ATTEMPTS = 64;

  private final ClusterState state;
  private final JobPlacer placer;
  private final ClusterSnapshot snap;
  private final List<Binding> bindings;
  private final ToLongFunction<Placement> end;

  /** {@code end}: when a running (or just bound) pod is expected to end. */
  ReservationPlanner(
      ClusterState state,
      JobPlacer placer,
      ClusterSnapshot snap,
      List<Binding> bindings,
      ToLongFunction<Placement> end) {
    this.state = state;
    this.placer = placer;
    this.snap = snap;
    this.bindings = bindings;
    this.end = end;
  }

  record Plan(long startMillis, List<Integer> nodes, List<String> nodeNames) {}

  /** A pod that will release its resources at {@code end}. */
  private record Ending(Placement placement, long end) {}

  Plan plan(Job job) {
    List<Ending> ending = new ArrayList<>();
    for (Placement p : snap.running()) {
      long e = end.applyAsLong(p);
      if (e != Long.MAX_VALUE) ending.add(new Ending(p, e));
    }
    var pods = new java.util.HashMap<String, Pod>();
    snap.pending().forEach(p -> pods.put(p.id(), p));
    for (Binding b : bindings) {
      Pod p = pods.get(b.podId());
      if (p != null && p.runtimeEstimateMillis() > 0) {
        Placement bound = new Placement(p, b.node(), b.gpuIndices(), snap.nowMillis());
        ending.add(new Ending(bound, end.applyAsLong(bound)));
      }
    }
    ending.sort(Comparator.comparingLong(Ending::end).thenComparing(e -> e.placement().pod().id()));
    ClusterState copy = state.copy();
    Resources need = job.request();
    Resources freed = Resources.ZERO;
    Resources free = totalFree(copy);
    int attempts = 0;
    for (int i = 0; i < ending.size(); i++) {
      Placement p = ending.get(i).placement();
      int n = copy.indexOf(p.node());
      if (n < 0) continue;
      copy.remove(p.pod(), n, ClusterState.unboxed(p.gpuIndices()));
      freed = freed.plus(p.pod().request());
      boolean sameTime = i + 1 < ending.size() && ending.get(i + 1).end() == ending.get(i).end();
      if (sameTime || !need.fitsIn(free.plus(freed))) continue;
      if (attempts++ > MAX_ATTEMPTS && (i % Math.max(1, ending.size() / MAX_ATTEMPTS)) != 0)
        continue;
      JobPlacer.Outcome out = placer.place(copy, job, (BitSet) null);
      if (out.ok()) {
        List<Integer> nodes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JobPlacer.Placed pl : out.placed()) {
          if (!nodes.contains(pl.node())) {
            nodes.add(pl.node());
            names.add(copy.nodes.get(pl.node()).name());
          }
        }
        return new Plan(Math.max(snap.nowMillis(), ending.get(i).end()), nodes, names);
      }
    }
    return null;
  }

  private static Resources totalFree(ClusterState s) {
    long cpu = 0, mem = 0, gpu = 0;
    for (int n = 0; n < s.size(); n++) {
      cpu += s.freeCpu[n];
      mem += s.freeMem[n];
      gpu += s.freeGpuMilli(n);
    }
    return new Resources(cpu, mem, gpu);
  }
}
