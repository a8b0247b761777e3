package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Preemption and reclaim for one blocked job. Victims are running pods of lower priority, or pods
 * of reclaimable queues above their deserved share when the job's queue is under its own. Per
 * member, the node needing the lowest-priority, then fewest victims wins. All members must fit
 * after eviction, otherwise nothing is preempted.
 */
final class Preemptor {
  private final ClusterState state;
  private final QueueBook book;
  private final ClusterSnapshot snap;

  Preemptor(ClusterState state, QueueBook book, JobPlacer unused, ClusterSnapshot snap) {
    this.state = state;
    this.book = book;
    this.snap = snap;
  }

  boolean tryPreempt(Job job, List<Preemption> out) {
    boolean reclaim = book.underDeserved(job.head().queue(), job.request());
    Map<Integer, List<Placement>> byNode = new TreeMap<>();
    for (Placement p : snap.running()) {
      int n = state.indexOf(p.node());
      if (n >= 0 && eligible(job, p.pod(), reclaim))
        byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
    }
    if (byNode.isEmpty()) return false;
    byNode.values().forEach(l -> l.sort(VICTIM_ORDER));
    ClusterState copy = state.copy();
    Set<Placement> victims = new HashSet<>();
    List<Preemption> planned = new ArrayList<>();
    int placed = 0;
    for (Pod pod : job.members()) {
      if (placed >= Math.max(1, job.needed())) break;
      int best = -1;
      List<Placement> bestVictims = null;
      for (int n = 0; n < copy.size() && best < 0; n++) {
        if (copy.fits(pod, n)) best = n; // fits without eviction
      }
      if (best < 0) {
        for (var e : byNode.entrySet()) {
          List<Placement> v = victimsFor(copy, pod, e.getKey(), e.getValue(), victims);
          if (v != null && (bestVictims == null || cost(v, bestVictims) < 0)) {
            best = e.getKey();
            bestVictims = v;
          }
        }
      }
      if (best < 0) return false; // never preempt for something that still cannot fit
      if (bestVictims != null) {
        for (Placement v : bestVictims) {
          copy.remove(v.pod(), best, ClusterState.unboxed(v.gpuIndices()));
          victims.add(v);
          planned.add(
              new Preemption(
                  v.pod().id(),
                  v.node(),
                  pod.id(),
                  reclaim
                      ? "reclaimed for queue " + job.head().queue()
                      : "preempted by higher priority " + pod.id()));
        }
      }
      copy.place(pod, best, copy.chooseGpus(pod.gpu(), best, true));
      placed++;
    }
    if (placed < Math.max(1, job.needed()) || planned.isEmpty()) return false;
    out.addAll(planned);
    return true;
  }

  private static final Comparator<Placement> VICTIM_ORDER =
      Comparator.comparingInt((Placement p) -> p.pod().priority())
          .thenComparing(p -> p.pod().gang() != null)
          .thenComparingLong(p -> -p.startedAtMillis())
          .thenComparing(p -> p.pod().id());

  private boolean eligible(Job job, Pod victim, boolean reclaim) {
    if (victim.priority() < job.priority()) return true;
    return reclaim
        && victim.priority() <= job.priority()
        && !victim.queue().equals(job.head().queue())
        && book.overDeserved(victim.queue());
  }

  /** Victims evicted in order on node n until the pod fits; null if it never does. */
  private static List<Placement> victimsFor(
      ClusterState s, Pod pod, int n, List<Placement> cands, Set<Placement> taken) {
    List<Placement> chosen = new ArrayList<>();
    for (Placement v : cands) {
      if (taken.contains(v)) continue;
      s.remove(v.pod(), n, ClusterState.unboxed(v.gpuIndices()));
      chosen.add(v);
      if (s.fits(pod, n)) break;
    }
    boolean fits = s.fits(pod, n);
    for (Placement v : chosen) s.place(v.pod(), n, ClusterState.unboxed(v.gpuIndices()));
    return fits ? chosen : null;
  }

  private static int cost(List<Placement> a, List<Placement> b) {
    int pa = a.stream().mapToInt(p -> p.pod().priority()).max().orElse(0);
    int pb = b.stream().mapToInt(p -> p.pod().priority()).max().orElse(0);
    return pa != pb ? Integer.compare(pa, pb) : Integer.compare(a.size(), b.size());
  }
}
