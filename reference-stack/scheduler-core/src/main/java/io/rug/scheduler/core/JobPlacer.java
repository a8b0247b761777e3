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
  private static final int CANDIDATES = 16;

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
    Scan scan = new Scan();
    if (reasons != null) {
      scan.over(s, pod, forbidden, domain, null, reasons); // every node, to count the reasons
    } else if (pod.gpu().count() > 0) {
      scan.over(s, pod, forbidden, domain, s.gpuNodes, null); // only GPU nodes can fit
    } else {
      // non-GPU pods score below 10 on CPU nodes and at least 9 on GPU nodes (unless outside the
      // gang's rack): GPU nodes only matter when no CPU node in the rack fits
      scan.over(s, pod, forbidden, domain, s.cpuNodes, null);
      if (scan.k == 0 || scan.bestScore[0] >= 9)
        scan.over(s, pod, forbidden, domain, s.gpuNodes, null);
    }
    int k = scan.k;
    int[] best = scan.best;
    for (int i = 0; i < k; i++) cands.add(best[i]);
    if (k == 0) return -1;
    return best[0];
  }

  /** The CANDIDATES best nodes seen so far, ordered by score then node index. */
  private final class Scan {
    final double[] bestScore = new double[CANDIDATES];
    final int[] best = new int[CANDIDATES];
    int k;

    void over(
        ClusterState s,
        Pod pod,
        BitSet forbidden,
        String domain,
        int[] subset,
        Map<String, Integer> reasons) {
      int count = subset == null ? s.size() : subset.length;
      for (int j = 0; j < count; j++) {
        int n = subset == null ? j : subset[j];
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
        insert(sc, n);
      }
    }

    private void insert(double sc, int n) {
      if (k == CANDIDATES && !before(sc, n, bestScore[k - 1], best[k - 1])) return;
      int i = k == CANDIDATES ? k - 1 : k++;
      while (i > 0 && before(sc, n, bestScore[i - 1], best[i - 1])) {
        bestScore[i] = bestScore[i - 1];
        best[i] = best[i - 1];
        i--;
      }
      bestScore[i] = sc;
      best[i] = n;
    }

    private boolean before(double sa, int na, double sb, int nb) {
      return sa < sb || (sa == sb && na < nb);
    }
  }

  static boolean sameShape(Pod a, Pod b) {
    return a.cpuMilli() == b.cpuMilli()
        && a.memoryBytes() == b.memoryBytes()
        && a.gpu().equals(b.gpu())
        && a.nodeSelector().equals(b.nodeSelector());
  }
}
