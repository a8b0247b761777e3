package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

  /** Reservations for jobs that are not urgent (EASY has one, conservative one per job). */
  public static final int RESERVATIONS = 2;

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
    double backlog = 0;
    int procs = free;
    for (Running r : running) {
      backlog += (double) r.job().procs() * Math.max(0, r.estimatedEnd() - now);
      procs += r.job().procs();
    }
    List<SwfJob> urgent = new ArrayList<>();
    List<Keyed> rest = new ArrayList<>(queue.size());
    for (Waiting w : queue) {
      SwfJob job = w.job();
      backlog += (double) job.procs() * job.estimate();
      Long d = deadline.get(job);
      if (d == null) {
        d = job.submit() + (long) (guard * backlog * accuracy / procs);
        deadline.put(job, d);
      }
      if (now >= d) urgent.add(job);
      else rest.add(new Keyed(job, score.applyAsDouble(job, now)));
    }
    List<SwfJob> start = new ArrayList<>();
    if (free == 0) return start;
    urgent.sort(
        Comparator.comparingLong((SwfJob j) -> deadline.get(j))
            .thenComparingLong(SwfJob::submit)
            .thenComparingLong(SwfJob::id));
    Profile p = new Profile(now, free, running);
    int reservations = allUrgentReserved ? urgent.size() : 0;
    for (SwfJob j : urgent) {
      if (free == 0 && reservations == 0) return start;
      free = startOrReserve(p, now, j, free, reservations > 0, start);
      if (!start.contains(j)) reservations--;
    }
    // The others in priority order: jobs start while they fit; the first ones that do not get
    // the reservations; after them only jobs narrow enough for the free processors can start.
    PriorityQueue<Keyed> heap = new PriorityQueue<>(rest);
    int left = RESERVATIONS;
    while (!heap.isEmpty() && free > 0 && left > 0) {
      Keyed k = heap.poll();
      int before = start.size();
      free = startOrReserve(p, now, k.job(), free, true, start);
      if (start.size() == before) left--;
    }
    if (left > 0 || free == 0) return start;
    List<Keyed> narrow = new ArrayList<>();
    for (Keyed k : heap) if (k.job().procs() <= free) narrow.add(k);
    Collections.sort(narrow);
    for (Keyed k : narrow) {
      if (free == 0) break;
      if (k.job().procs() <= free) free = startOrReserve(p, now, k.job(), free, false, start);
    }
    return start;
  }

  /** Starts j now if the profile allows, else reserves its earliest slot if asked to. */
  private int startOrReserve(
      Profile p, long now, SwfJob j, int free, boolean reserve, List<SwfJob> start) {
    if (j.procs() > free && !reserve) return free;
    long t = p.earliest(j.procs(), j.estimate());
    if (t == now && j.procs() <= free) {
      p.reserve(t, j.estimate(), j.procs());
      start.add(j);
      seenRunning.put(j, now);
      deadline.remove(j);
      return free - j.procs();
    }
    if (reserve) p.reserve(t, j.estimate(), j.procs());
    return free;
  }

  /** A waiting job with its priority key (lower first), ties by submit time then id. */
  private record Keyed(SwfJob job, double key) implements Comparable<Keyed> {
    @Override
    public int compareTo(Keyed o) {
      int c = Double.compare(key, o.key);
      if (c == 0) c = Long.compare(job.submit(), o.job.submit());
      return c != 0 ? c : Long.compare(job.id(), o.job.id());
    }
  }
}
