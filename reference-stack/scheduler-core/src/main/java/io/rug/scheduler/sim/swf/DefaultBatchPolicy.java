package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * The {@code default} batch policy: expansion-factor priority with backfilling and a starvation
 * guard.
 *
 * <ul>
 *   <li>Every job gets a deadline when first seen: its submit time plus {@code guard} times the
 *       time the machine needs to drain the work ahead of it (running jobs' remaining estimates and
 *       the queue's estimated work, divided by the machine size), scaled by the estimate accuracy
 *       learnt from finished jobs. That is roughly when FCFS would have started it.
 *   <li>Jobs past their deadline are urgent: served first in deadline order, each with a
 *       conservative reservation, so nothing started later can delay them.
 *   <li>Other jobs go by expansion factor (wait + estimate) / estimate, highest first: short jobs
 *       run soon, long ones age. The first of them gets a reservation (as EASY's head); the rest
 *       start now only if they fit the availability profile without moving any reservation.
 * </ul>
 */
public final class DefaultBatchPolicy implements BatchPolicy {
  private final ToDoubleBiFunction<SwfJob, Long> score; // lower first
  private final double guard;
  private final boolean allUrgentReserved;
  private final Map<SwfJob, Long> deadline = new IdentityHashMap<>();
  private final Map<SwfJob, Long> seenRunning = new IdentityHashMap<>();
  private double doneRun = 1, doneEst = 1;

  /** Deadline = submit + this x estimated drain time of the work ahead at arrival. */
  public static final double GUARD = 1.25;

  public DefaultBatchPolicy() {
    this(DefaultBatchPolicy::expansionOrder, GUARD, true);
  }

  /** Lower first: the negated expansion factor. */
  static double expansionOrder(SwfJob j, long now) {
    double est = Math.max(1, j.estimate());
    return -(now - j.submit() + est) / est;
  }

  public DefaultBatchPolicy(
      ToDoubleBiFunction<SwfJob, Long> score, double guard, boolean allUrgentReserved) {
    this.score = score;
    this.guard = guard;
    this.allUrgentReserved = allUrgentReserved;
  }

  @Override
  public String name() {
    return "default";
  }

  private void learn(long now, List<Running> running) {
    Map<SwfJob, Long> still = new IdentityHashMap<>();
    for (Running r : running) still.put(r.job(), r.start());
    for (var e : seenRunning.entrySet()) {
      if (!still.containsKey(e.getKey())) {
        SwfJob j = e.getKey();
        doneRun += (double) j.procs() * Math.max(1, now - e.getValue());
        doneEst += (double) j.procs() * Math.max(1, j.estimate());
      }
    }
    seenRunning.clear();
    seenRunning.putAll(still);
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    learn(now, running);
    double accuracy = Math.min(1, doneRun / doneEst);
    List<SwfJob> urgent = new ArrayList<>();
    List<SwfJob> rest = new ArrayList<>();
    double backlog = 0;
    for (Running r : running)
      backlog += (double) r.job().procs() * Math.max(0, r.estimatedEnd() - now);
    int procs = free;
    for (Running r : running) procs += r.job().procs();
    for (Waiting w : queue) {
      backlog += (double) w.job().procs() * w.job().estimate();
      final double b = backlog * accuracy;
      final int m = procs;
      deadline.computeIfAbsent(w.job(), j -> j.submit() + (long) (guard * b / m));
    }
    for (Waiting w : queue) {
      if (now >= deadline.get(w.job())) urgent.add(w.job());
      else rest.add(w.job());
    }
    urgent.sort(
        Comparator.comparingLong((SwfJob j) -> deadline.get(j))
            .thenComparingLong(SwfJob::submit)
            .thenComparingLong(SwfJob::id));
    rest.sort(
        Comparator.comparingDouble((SwfJob j) -> score.applyAsDouble(j, now))
            .thenComparingLong(SwfJob::submit)
            .thenComparingLong(SwfJob::id));
    List<SwfJob> start = new ArrayList<>();
    if (free == 0) return start;
    Profile p = new Profile(now, free, running);
    int reservations = allUrgentReserved ? urgent.size() + 1 : 1;
    List<SwfJob> order = new ArrayList<>(urgent);
    order.addAll(rest);
    for (SwfJob j : order) {
      if (j.procs() > free && reservations == 0) continue;
      if (free == 0) break;
      long t = p.earliest(j.procs(), j.estimate());
      if (t == now) {
        p.reserve(t, j.estimate(), j.procs());
        start.add(j);
        free -= j.procs();
        seenRunning.put(j, now);
      } else if (reservations > 0) {
        p.reserve(t, j.estimate(), j.procs());
        reservations--;
      }
    }
    return start;
  }
}
