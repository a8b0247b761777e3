package io.rug.scheduler.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order jobs are tried in: priority first, then jobs the starvation guard found urgent (in
 * deadline order), then the queue with the lowest hierarchical dominant share per weight, then the
 * user with the lowest share in that queue, then the policy's {@link Policy.Ordering} among that
 * user's jobs. Shares are re-read after every placement, so fairness holds within one cycle too.
 */
final class JobOrder {
  private static final Comparator<Job> FIFO =
      Comparator.comparingInt((Job j) -> -j.priority())
          .thenComparingLong(Job::submitted)
          .thenComparing(Job::key);

  /** What a job without a runtime estimate counts as, for ordering and the starvation guard. */
  static final long UNKNOWN_ESTIMATE_MILLIS = 3_600_000;

  private final QueueBook book;
  private final Map<String, Integer> urgentRank;
  private final RuntimePredictor<String> predictor;
  private final Comparator<Job> withinUser;
  private final Map<String, List<Job>> byUser = new TreeMap<>();
  private final List<Deque<Job>> heads = new ArrayList<>();

  /**
   * {@code urgentRank}: the starvation guard's urgent jobs (key to position in deadline order);
   * within a priority they go before all others, across queues and users.
   */
  JobOrder(
      QueueBook book,
      Policy.Ordering ordering,
      long nowMillis,
      Map<String, Integer> urgentRank,
      RuntimePredictor<String> predictor) {
    this.book = book;
    this.predictor = predictor;
    this.urgentRank = urgentRank;
    Comparator<Job> urgentFirst =
        Comparator.comparingInt((Job j) -> -j.priority()).thenComparingInt(this::rank);
    this.withinUser =
        switch (ordering) {
          case FIFO -> urgentFirst.thenComparing(FIFO);
          case EXPANSION_FACTOR ->
              urgentFirst
                  .thenComparingDouble(j -> -expansionFactor(j, nowMillis))
                  .thenComparing(FIFO);
        };
  }

  private int rank(Job j) {
    return urgentRank.getOrDefault(j.key(), Integer.MAX_VALUE);
  }

  /**
   * (wait + runtime) / runtime, the runtime predicted from the user's recent jobs and capped by the
   * estimate; a job without an estimate counts as a one-hour job.
   */
  private double expansionFactor(Job job, long nowMillis) {
    long estimate = job.estimateMillis() > 0 ? job.estimateMillis() : UNKNOWN_ESTIMATE_MILLIS;
    long runtime = predictor.predict(job.head().user(), estimate);
    return ExpansionFactor.of(nowMillis - job.submitted(), runtime);
  }

  void add(Job job) {
    byUser
        .computeIfAbsent(job.head().queue() + "\u0000" + job.head().user(), k -> new ArrayList<>())
        .add(job);
  }

  /** The next job to try, or {@code null} when all were handed out. */
  Job next() {
    if (heads.isEmpty() && !byUser.isEmpty()) {
      for (List<Job> l : byUser.values()) {
        l.sort(withinUser);
        heads.add(new ArrayDeque<>(l));
      }
      byUser.clear();
    }
    Deque<Job> best = null;
    double[] bestKey = null;
    for (Deque<Job> d : heads) {
      if (d.isEmpty()) continue;
      Job j = d.peekFirst();
      if (best == null) {
        best = d;
        continue;
      }
      Job b = best.peekFirst();
      int c = Integer.compare(j.priority(), b.priority()); // > 0: j goes first
      if (c == 0) c = Integer.compare(rank(b), rank(j));
      if (c == 0) {
        if (bestKey == null) bestKey = book.shareKey(b.head().queue());
        double[] k = book.shareKey(j.head().queue());
        c = -QueueBook.compareKeys(k, bestKey);
        if (c == 0) {
          c =
              Double.compare(
                  book.userShare(j.head().queue(), j.head().user()),
                  book.userShare(b.head().queue(), b.head().user()));
          c = -c;
        }
        if (c == 0) c = Long.compare(b.submitted(), j.submitted());
        if (c == 0) c = b.key().compareTo(j.key());
      }
      if (c > 0) {
        best = d;
        bestKey = null;
      }
    }
    return best == null ? null : best.pollFirst();
  }
}
