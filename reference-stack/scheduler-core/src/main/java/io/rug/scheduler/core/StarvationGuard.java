package io.rug.scheduler.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps jobs from starving under an order that favours short jobs. Each waiting job gets a deadline
 * when first seen: its submit time plus {@link #GUARD} times the time the machine needs to drain
 * the work ahead of it (the running work's remaining estimates and the estimated work queued up to
 * and including it, as shares of the machine), scaled by how accurate estimates have proven on
 * finished work. That is roughly when first-come-first-served would have started it. The deadline
 * is never sooner than {@link #WAIT_FLOOR} times the longest wait of any job started so far (but at
 * most {@link #FLOOR_CAP} times later than the drain time alone would put it). A job past its
 * deadline is urgent: it goes first, in deadline order, and the first of them that cannot start
 * gets a reservation ({@link #URGENT_RESERVATIONS}).
 *
 * <p>The live scheduler keeps one guard across its cycles; the batch simulator's {@code default}
 * policy uses the same class, so both make the same starvation decisions. Times are in one unit
 * chosen by the caller (milliseconds live, seconds in traces).
 *
 * @param <K> what identifies a job (a job key live, the trace job in the simulator)
 */
public final class StarvationGuard<K> {
  /** Deadline = submit + this x estimated drain time of the work ahead at arrival. */
  public static final double GUARD = 1.25;

  /**
   * A deadline is at least this share of the longest wait so far after submission. What the guard
   * must bound is the longest wait: a job can wait half of it before it turns urgent without making
   * it longer, and until then it does not go before shorter jobs. Without the floor, a saturated
   * machine makes most waiting jobs urgent within a few drain times and the order falls back to
   * deadline order, first come first served. Measured with the simulator's {@code default}
   * (scheduler-core README, "Why the floor on deadlines"): user-habit traces 21 to 28 of 30 within
   * the targets, derived traces 17 to 18 of 19, archive windows 121 to 124 of 143; shares 0.5 to
   * 0.75 did alike, 0.3 and 0.4 less.
   */
  public static final double WAIT_FLOOR = 0.5;

  /**
   * The floor never puts a deadline more than this many times further from submission than the
   * drain time alone would, so one job that waited for reasons outside the queue (live: a pod no
   * node could take for a week) cannot switch the guard off for everyone after it. On the traces
   * above a cap of 4 changed the results by a trace or two either way.
   */
  public static final double FLOOR_CAP = 4;

  /**
   * Reservations for urgent jobs: the most overdue one that cannot start holds one, as EASY's head
   * does; the others wait their turn in deadline order. A reservation per urgent job (conservative
   * backfilling among them) was the rule before: where estimates are far too long it fills the
   * estimated profile for days ahead, and short jobs, which could have run in between, waited
   * behind it (CEA Curie, 2011: mean bounded slowdown 2.8 x EASY's on one 15,000-job part).
   */
  public static final int URGENT_RESERVATIONS = 1;

  /** Reservations for jobs that are not urgent (EASY has one, conservative one per job). */
  public static final int RESERVATIONS = 2;

  /**
   * Running or waiting work: {@code share} of the machine it takes (0..1], {@code time} its start
   * (running) or submit time (waiting), {@code estimate} its runtime estimate (≤ 0 when unknown).
   */
  public record Work<K>(K key, double share, long time, long estimate) {}

  private final long unknownEstimate;
  private final double factor;

  private record Due(long deadline, long submit) {}

  private final Map<K, Due> deadlines = new HashMap<>(); // of waiting work, unless endsReported
  private Map<K, Work<K>> seenRunning = new HashMap<>();
  private boolean endsReported;
  private final List<Work<K>> endedSinceUpdate = new ArrayList<>();
  private double doneRun, doneEst;
  private long longestWait; // of the work seen waiting and then started

  // Only for a guard reportingStartsAndEnds: the waiting jobs seen so far, in queue order (a
  // prefix of the queue; started ones are dropped at the next update), by key, those not yet urgent
  // by deadline, and the urgent ones in the order returned.
  private static final class Pending<K> {
    final K key;
    final long deadline, submit, seen;
    final double work; // share x estimate, as the backlog adds it up
    final double share;
    boolean started;
    boolean urgent;

    Pending(K key, long deadline, long submit, long seen, double work, double share) {
      this.key = key;
      this.deadline = deadline;
      this.submit = submit;
      this.seen = seen;
      this.work = work;
      this.share = share;
    }
  }

  private static final Comparator<Pending<?>> BY_DEADLINE =
      Comparator.comparingLong((Pending<?> p) -> p.deadline)
          .thenComparingLong(p -> p.submit)
          .thenComparingLong(p -> p.seen);
  private final List<Pending<K>> seenWaiting = new ArrayList<>();
  private double[] seenWork = new double[64]; // their works, summed at every arrival
  private final List<Pending<K>> startedSinceUpdate = new ArrayList<>();
  private final Map<K, Pending<K>> pending = new HashMap<>();
  private final PriorityQueue<Pending<K>> notYetUrgent = new PriorityQueue<>(BY_DEADLINE);
  private final List<Pending<K>> urgentNow = new ArrayList<>(); // sorted BY_DEADLINE
  private final TreeMap<Double, Integer> urgentShares = new TreeMap<>(); // their shares, counted
  private long promotions; // jobs made urgent so far
  // what updateReported returns: a read-only view of the urgent jobs' keys, not a copy at every
  // call (thousands of urgent jobs on a saturated machine); jobs started since stay in it until
  // the next update, so it does not change while the caller walks it
  private final List<K> urgentKeys =
      new AbstractList<>() {
        @Override
        public K get(int i) {
          return urgentNow.get(i).key;
        }

        @Override
        public int size() {
          return urgentNow.size();
        }
      };
  private long seen;

  /** {@code unknownEstimate}: what a job without an estimate counts as (e.g. one hour). */
  public StarvationGuard(long unknownEstimate) {
    this(unknownEstimate, GUARD);
  }

  /** A guard whose deadlines allow {@code factor} (instead of {@link #GUARD}) x the drain time. */
  public StarvationGuard(long unknownEstimate, double factor) {
    this.unknownEstimate = unknownEstimate;
    this.factor = factor;
  }

  /**
   * Promises what the trace simulator can: every start is reported with {@link #started}, every end
   * with {@link #ended}, and waiting work leaves the queue only by starting while new work joins at
   * its end. {@link #update} then neither compares the running work with the last call's to find
   * what ended nor looks up every waiting job's deadline: it gives deadlines to the jobs past the
   * ones it has seen and keeps the others' in deadline order. With deep queues and thousands of
   * running jobs, those comparisons and lookups were most of a simulation's time. What is learnt,
   * the deadlines and the urgent jobs stay the same. Returns this guard.
   */
  public StarvationGuard<K> reportingStartsAndEnds() {
    endsReported = true;
    return this;
  }

  /** Records that running work ended; only for a guard {@link #reportingStartsAndEnds}. */
  public void ended(K key) {
    if (!endsReported) throw new IllegalStateException("ends are found by update()");
    Work<K> w = seenRunning.remove(key);
    if (w != null) endedSinceUpdate.add(w);
  }

  /**
   * Records work started now, so its end is learnt from even if it finishes before the next call.
   */
  public void started(Work<K> running) {
    seenRunning.put(running.key(), running);
    if (!endsReported) {
      Due d = deadlines.remove(running.key());
      if (d != null) longestWait = Math.max(longestWait, running.time() - d.submit());
    } else {
      Pending<K> p = pending.get(running.key());
      if (p != null && !p.started) { // dropped from the others at the next update
        p.started = true;
        longestWait = Math.max(longestWait, running.time() - p.submit);
        startedSinceUpdate.add(p); // dropped from the waiting and urgent ones at the next update
      }
    }
  }

  /**
   * Brings the guard to time {@code now}: learns from work that finished since the last call and
   * gives newly seen waiting work its deadline. {@code waiting} must be in queue order (submit
   * time, then key). Returns the urgent jobs in deadline order (ties keep queue order); for a guard
   * {@link #reportingStartsAndEnds} a read-only view that stays as it is until the next call (jobs
   * started in between included).
   */
  public List<K> update(long now, List<Work<K>> running, List<Work<K>> waiting) {
    if (endsReported) return updateReported(now, running, waiting);
    learn(now, running);
    double accuracy = accuracy();
    double backlog = 0;
    for (Work<K> r : running) backlog += r.share() * Math.max(0, r.time() + estimate(r) - now);
    record Urgent<K>(K key, long deadline, long submit) {}
    List<Urgent<K>> urgent = new ArrayList<>();
    for (Work<K> w : waiting) {
      backlog += w.share() * estimate(w);
      Due d = deadlines.get(w.key());
      if (d == null) {
        d = new Due(deadline(w.time(), backlog, accuracy), w.time());
        deadlines.put(w.key(), d);
      }
      if (now >= d.deadline()) urgent.add(new Urgent<>(w.key(), d.deadline(), w.time()));
    }
    if (deadlines.size() > waiting.size()) { // work left the queue without a started() call
      Set<K> waitingKeys = new HashSet<>(waiting.size() * 2);
      for (Work<K> w : waiting) waitingKeys.add(w.key());
      deadlines.keySet().retainAll(waitingKeys);
    }
    urgent.sort(
        Comparator.comparingLong((Urgent<K> u) -> u.deadline()).thenComparingLong(Urgent::submit));
    return urgent.stream().map(Urgent::key).toList();
  }

  /**
   * {@link #update} for a guard {@link #reportingStartsAndEnds}: the same result, incrementally.
   */
  private List<K> updateReported(long now, List<Work<K>> running, List<Work<K>> waiting) {
    learnEnded(now);
    if (!startedSinceUpdate.isEmpty()) dropStarted();
    int n = waiting.size();
    int known = seenWaiting.size();
    if (n < known
        || (known > 0 && !seenWaiting.get(known - 1).key.equals(waiting.get(known - 1).key()))
        || (n > known && pending.containsKey(waiting.get(known).key())))
      throw new IllegalStateException("waiting work left without started() or joined mid-queue");
    if (n > known) giveDeadlines(now, running, waiting);
    promoteDue(now);
    return urgentKeys;
  }

  /**
   * Drops the jobs started since the last update from the seen waiting ones, keeping order: each is
   * found by binary search on when it was seen (ascending along the list).
   */
  private void dropStarted() {
    for (Pending<K> p : startedSinceUpdate) {
      pending.remove(p.key);
      if (p.urgent) {
        urgentNow.remove(Collections.binarySearch(urgentNow, p, BY_DEADLINE));
        urgentShares.merge(p.share, -1, (a, b) -> a + b == 0 ? null : a + b);
      }
      int lo = 0, hi = seenWaiting.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        long at = seenWaiting.get(mid).seen;
        if (at < p.seen) lo = mid + 1;
        else if (at > p.seen) hi = mid - 1;
        else {
          seenWaiting.remove(mid);
          System.arraycopy(seenWork, mid + 1, seenWork, mid, seenWaiting.size() - mid);
          break;
        }
      }
    }
    startedSinceUpdate.clear();
  }

  /** Deadlines for the waiting jobs past the seen ones, with the same backlog as update's. */
  private void giveDeadlines(long now, List<Work<K>> running, List<Work<K>> waiting) {
    int n = waiting.size();
    int known = seenWaiting.size();
    double accuracy = accuracy();
    double backlog = 0;
    for (Work<K> r : running) backlog += r.share() * Math.max(0, r.time() + estimate(r) - now);
    for (int i = 0; i < known; i++) backlog += seenWork[i];
    if (seenWork.length < n) seenWork = Arrays.copyOf(seenWork, Math.max(n, 2 * known));
    for (int i = known; i < n; i++) {
      Work<K> w = waiting.get(i);
      double work = w.share() * estimate(w);
      backlog += work;
      long d = deadline(w.time(), backlog, accuracy);
      Pending<K> p = new Pending<>(w.key(), d, w.time(), seen++, work, w.share());
      seenWork[seenWaiting.size()] = work;
      seenWaiting.add(p);
      pending.put(w.key(), p);
      notYetUrgent.add(p);
    }
  }

  /** The deadline of work submitted at {@code submit} with {@code backlog} to drain ahead of it. */
  private long deadline(long submit, double backlog, double accuracy) {
    double allowance = factor * backlog * accuracy;
    double floor = Math.min(WAIT_FLOOR * longestWait, FLOOR_CAP * allowance);
    return submit + (long) Math.max(allowance, floor);
  }

  /** Moves the waiting jobs whose deadline has come to the urgent ones, in deadline order. */
  private void promoteDue(long now) {
    while (!notYetUrgent.isEmpty() && notYetUrgent.peek().deadline <= now) {
      Pending<K> p = notYetUrgent.poll();
      if (p.started) continue;
      int i = urgentNow.size(); // almost always last: deadlines come up in order
      if (i > 0 && BY_DEADLINE.compare(urgentNow.get(i - 1), p) > 0)
        i = -Collections.binarySearch(urgentNow, p, BY_DEADLINE) - 1;
      urgentNow.add(i, p);
      urgentShares.merge(p.share, 1, Integer::sum);
      promotions++;
      p.urgent = true;
    }
  }

  /**
   * For a guard {@link #reportingStartsAndEnds}: whether job {@code key} was among the urgent ones
   * the last {@link #update} returned (whether or not it has started since). One lookup, for a
   * caller that asks about a few jobs rather than walking the returned list.
   */
  public boolean isUrgent(K key) {
    if (!endsReported) throw new IllegalStateException("only for a guard reportingStartsAndEnds");
    Pending<K> p = pending.get(key);
    return p != null && p.urgent;
  }

  /**
   * For a guard {@link #reportingStartsAndEnds}: how many jobs have been made urgent so far. While
   * it stays the same, a job found not urgent is still not urgent, so a caller can keep its answer.
   */
  public long promotions() {
    return promotions;
  }

  /**
   * For a guard {@link #reportingStartsAndEnds}: how many of the urgent jobs the last {@link
   * #update} returned (started ones included) take at most {@code share} of the machine. A caller
   * that has passed that many of them in the list knows no later one fits in {@code share}.
   */
  public int urgentNoWiderThan(double share) {
    if (!endsReported) throw new IllegalStateException("only for a guard reportingStartsAndEnds");
    int n = 0;
    for (int count : urgentShares.headMap(share, true).values()) n += count;
    return n;
  }

  /** The deadline given to waiting job {@code key}, or {@code null} if it has none (yet). */
  public Long deadline(K key) {
    if (endsReported) {
      Pending<K> p = pending.get(key);
      return p == null || p.started ? null : p.deadline;
    }
    Due d = deadlines.get(key);
    return d == null ? null : d.deadline();
  }

  /** Actual over estimated work of the jobs seen finishing so far, at most 1 (1 before any). */
  public double accuracy() {
    return doneEst <= 0 ? 1 : Math.min(1, doneRun / doneEst);
  }

  private long estimate(Work<K> w) {
    return w.estimate() > 0 ? w.estimate() : unknownEstimate;
  }

  private void learn(long now, List<Work<K>> running) {
    Map<K, Work<K>> still = new HashMap<>(running.size() * 2);
    for (Work<K> r : running) still.put(r.key(), r);
    for (Work<K> done : seenRunning.values()) {
      if (!still.containsKey(done.key())) learnFrom(done, now);
    }
    seenRunning = still;
  }

  private void learnEnded(long now) {
    for (Work<K> done : endedSinceUpdate) learnFrom(done, now);
    endedSinceUpdate.clear();
  }

  /** Work that ended by {@code now} (learnt at the first call after its end, as live). */
  private void learnFrom(Work<K> done, long now) {
    if (done.estimate() <= 0) return;
    doneRun += done.share() * Math.max(1, now - done.time());
    doneEst += done.share() * Math.max(1, done.estimate());
  }
}
