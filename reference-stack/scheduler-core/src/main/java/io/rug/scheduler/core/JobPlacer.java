package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places the members of one job on a {@link ClusterState}, all-or-nothing: either at least {@code
 * needed} members fit (and are placed) or the state is left exactly as it was. Gang members prefer
 * the topology domain (rack) of the members placed before them. Consecutive identical members reuse
 * a short candidate list instead of rescanning every node.
 */
final class JobPlacer {
  private static final int CANDIDATES = 64;

  private final NodeScorer scorer;
  private final String topologyLabel;

  JobPlacer(NodeScorer scorer, String topologyLabel) {
    this.scorer = scorer;
    this.topologyLabel = topologyLabel;
  }

  /** A placed member. */
  record Placed(Pod pod, int node, int[] gpus) {}

  /** Result: placements (empty on failure) and, on failure, the reasons counted over nodes. */
  record Outcome(List<Placed> placed, int placeable, Map<String, Integer> reasons) {
    boolean ok() {
      return !placed.isEmpty();
    }
  }

  Outcome place(ClusterState s, Job job, BitSet forbidden) {
    List<Placed> placed = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    String domain = null;
    Pod lastShape = null;
    List<Integer> cands = new ArrayList<>();
    for (Pod pod : job.members()) {
      if (lastShape == null || !sameShape(lastShape, pod)) cands.clear();
      lastShape = pod;
      int n = pick(s, pod, forbidden, domain, cands, null);
      if (n < 0) {
        if (placed.size() >= job.needed()) break; // extra members beyond minMember wait
        if (reasons.isEmpty()) pick(s, pod, forbidden, null, new ArrayList<>(), reasons);
        continue;
      }
      int[] gpus = s.chooseGpus(pod.gpu(), n, true);
      s.place(pod, n, gpus);
      placed.add(new Placed(pod, n, gpus));
      if (domain == null && job.gang()) {
        domain = s.nodes.get(n).labels().get(topologyLabel);
        cands.clear(); // rescore with the topology preference
      }
    }
    if (placed.size() >= Math.max(1, job.needed()))
      return new Outcome(placed, placed.size(), reasons);
    int placeable = placed.size();
    for (int i = placed.size() - 1; i >= 0; i--) {
      Placed p = placed.get(i);
      s.remove(p.pod(), p.node(), p.gpus());
    }
    return new Outcome(List.of(), placeable, reasons);
  }

  private int pick(
      ClusterState s,
      Pod pod,
      BitSet forbidden,
      String domain,
      List<Integer> cands,
      Map<String, Integer> reasons) {
    if (!cands.isEmpty()) {
      while (!cands.isEmpty()) {
        int n = cands.get(0);
        if (s.fits(pod, n)) return n;
        cands.remove(0);
      }
    }
    cands.clear();
    // full scan: keep the CANDIDATES best nodes (score, then domain, then index)
    double[] bestScore = new double[CANDIDATES];
    int[] best = new int[CANDIDATES];
    int k = 0;
    for (int n = 0; n < s.size(); n++) {
      if (forbidden != null && forbidden.get(n)) {
        if (reasons != null) reasons.merge("reserved for a waiting job", 1, Integer::sum);
        continue;
      }
      String why = s.misfit(pod, n);
      if (why != null) {
        if (reasons != null) reasons.merge(why, 1, Integer::sum);
        continue;
      }
      double sc = scorer.score(s, pod, n);
      if (domain != null && !domain.equals(s.nodes.get(n).labels().get(topologyLabel))) sc += 1e9;
      if (k == CANDIDATES && sc >= bestScore[k - 1]) continue;
      int i = k == CANDIDATES ? k - 1 : k++;
      while (i > 0 && bestScore[i - 1] > sc) {
        bestScore[i] = bestScore[i - 1];
        best[i] = best[i - 1];
        i--;
      }
      bestScore[i] = sc;
      best[i] = n;
    }
    for (int i = 0; i < k; i++) cands.add(best[i]);
    if (k == 0) return -1;
    return best[0];
  }

  static boolean sameShape(Pod a, Pod b) {
    return a.cpuMilli() == b.cpuMilli()
        && a.memoryBytes() == b.memoryBytes()
        && a.gpu().equals(b.gpu())
        && a.nodeSelector().equals(b.nodeSelector());
  }
}
