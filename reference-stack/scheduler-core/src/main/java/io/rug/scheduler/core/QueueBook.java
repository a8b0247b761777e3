package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queue tree with usage accounting: hierarchical dominant resource fairness (at every level, the
 * child with the lowest dominant share per weight goes first), capability caps and guarantees.
 */
final class QueueBook {
  private final Map<String, QueueSpec> specs = new HashMap<>();
  private final Map<String, Resources> usage = new HashMap<>();
  private final Map<String, Resources> userUsage = new HashMap<>();
  private final Map<String, Double> siblingWeight = new HashMap<>();
  private final Resources total;

  QueueBook(List<QueueSpec> queues, Resources total) {
    this.total = total;
    for (QueueSpec q : queues) specs.put(q.name(), q);
    for (QueueSpec q : queues) {
      if (q.parent() != null && !specs.containsKey(q.parent())) {
        throw new IllegalArgumentException("queue " + q.name() + ": unknown parent " + q.parent());
      }
    }
    for (QueueSpec q : queues)
      siblingWeight.merge(String.valueOf(q.parent()), q.weight(), Double::sum);
  }

  QueueSpec spec(String name) {
    QueueSpec q = specs.get(name);
    if (q != null) return q;
    // unknown queue: an implicit top-level queue of weight 1
    QueueSpec implicit = QueueSpec.of(name, 1);
    specs.put(name, implicit);
    siblingWeight.merge("null", 1.0, Double::sum);
    return implicit;
  }

  /** Root-to-leaf path of queue names. */
  List<String> path(String leaf) {
    List<String> p = new ArrayList<>();
    for (QueueSpec q = spec(leaf); q != null; q = q.parent() == null ? null : spec(q.parent())) {
      p.add(0, q.name());
    }
    return p;
  }

  Resources usage(String queue) {
    return usage.getOrDefault(queue, Resources.ZERO);
  }

  void charge(Pod pod, int sign) {
    Resources r = pod.request();
    for (String q : path(pod.queue())) {
      usage.merge(q, r, (a, b) -> sign > 0 ? a.plus(b) : a.minus(b));
    }
    userUsage.merge(
        pod.queue() + "\u0000" + pod.user(), r, (a, b) -> sign > 0 ? a.plus(b) : a.minus(b));
  }

  /** Fair-share key of a queue: dominant share / weight at each level, root first. */
  double[] shareKey(String leaf) {
    List<String> p = path(leaf);
    double[] k = new double[p.size()];
    for (int i = 0; i < k.length; i++) {
      QueueSpec q = spec(p.get(i));
      k[i] = usage(q.name()).dominantShare(total) / q.weight();
    }
    return k;
  }

  double userShare(String queue, String user) {
    return userUsage.getOrDefault(queue + "\u0000" + user, Resources.ZERO).dominantShare(total);
  }

  /** Null if {@code request} fits within every capability on the queue's path, else why not. */
  String capabilityBlock(String leaf, Resources request) {
    for (String name : path(leaf)) {
      QueueSpec q = spec(name);
      if (!usage(name).plus(request).fitsIn(q.capability())) {
        return "queue " + name + " would exceed its capability";
      }
    }
    return null;
  }

  /**
   * The queue's fair share of the cluster (weight fraction at every level), at least its guarantee.
   */
  Resources deserved(String leaf) {
    double frac = 1;
    for (String name : path(leaf)) {
      QueueSpec q = spec(name);
      frac *= q.weight() / siblingWeight.getOrDefault(String.valueOf(q.parent()), q.weight());
    }
    Resources fair =
        new Resources(
            (long) (total.cpuMilli() * frac),
            (long) (total.memoryBytes() * frac),
            (long) (total.gpuMilli() * frac));
    Resources g = spec(leaf).guarantee();
    return new Resources(
        Math.max(fair.cpuMilli(), g.cpuMilli()),
        Math.max(fair.memoryBytes(), g.memoryBytes()),
        Math.max(fair.gpuMilli(), g.gpuMilli()));
  }

  /**
   * Whether running work of {@code leaf} may be reclaimed: reclaimable and above its deserved
   * share.
   */
  boolean overDeserved(String leaf) {
    QueueSpec q = spec(leaf);
    return q.reclaimable() && !usage(leaf).fitsIn(deserved(leaf));
  }

  /** Whether {@code leaf} plus {@code request} stays within its deserved share (may reclaim). */
  boolean underDeserved(String leaf, Resources request) {
    return usage(leaf).plus(request).fitsIn(deserved(leaf));
  }

  static int compareKeys(double[] a, double[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Double.compare(a[i], b[i]);
      if (c != 0) return c;
    }
    return Integer.compare(a.length, b.length);
  }
}
