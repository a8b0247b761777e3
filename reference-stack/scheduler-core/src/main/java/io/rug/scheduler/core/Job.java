package io.rug.scheduler.core;

import java.util.Comparator;
import java.util.List;

/**
 * The unit of scheduling: a single pod, or the pending members of a gang. {@code needed} is how
 * many members must be placed this cycle for the gang to reach minMember (1 for a single pod).
 */
record Job(String key, List<Pod> members, int running, int needed, Pod head, int priority) {

  static Job of(String key, List<Pod> pending, int running) {
    List<Pod> sorted =
        pending.stream()
            .sorted(Comparator.comparingLong(Pod::submittedAtMillis).thenComparing(Pod::id))
            .toList();
    Pod head = sorted.get(0);
    int needed = head.gang() == null ? 1 : Math.max(0, head.gang().minMember() - running);
    int priority = sorted.stream().mapToInt(Pod::priority).max().orElse(0);
    return new Job(key, sorted, running, needed, head, priority);
  }

  boolean gang() {
    return head.gang() != null;
  }

  long submitted() {
    return head.submittedAtMillis();
  }

  /** The longest member estimate, 0 when any member's is unknown. */
  long estimateMillis() {
    long m = 0;
    for (Pod p : members) {
      if (p.runtimeEstimateMillis() <= 0) return 0;
      m = Math.max(m, p.runtimeEstimateMillis());
    }
    return m;
  }

  Resources request() {
    Resources r = Resources.ZERO;
    for (Pod p : members) r = r.plus(p.request());
    return r;
  }
}
