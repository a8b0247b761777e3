package io.rug.scheduler.sim.swf;

import io.rug.scheduler.core.ExpansionFactor;
import io.rug.scheduler.core.RuntimePredictor;
import io.rug.scheduler.core.StarvationGuard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The {@code default} batch policy on one pool of processors: the live scheduler's ordering and
 * starvation guard (from the core: {@link StarvationGuard}, {@link ExpansionFactor}) over the
 * simulator's processor-time profile.
 *
 * <ul>
 *   <li>Every job gets a deadline when first seen, roughly when FCFS would have started it; jobs
 *       past their deadline are urgent: served first in deadline order, each with a conservative
 *       reservation, so nothing started later can delay them.
 *   <li>Other jobs go by expansion factor (wait + runtime) / runtime, highest first, with the
 *       runtime predicted from the user's last two finished jobs and capped by the estimate ({@link
 *       RuntimePredictor}; SWF field 12 is the user): short jobs run soon, long ones age. The first
 *       {@link StarvationGuard#RESERVATIONS} of them that cannot start get reservations (EASY has
 *       one); after that only jobs narrow enough for the free processors start, and only if they
 *       fit the availability profile without moving any reservation.
 * </ul>
 */
public final class DefaultBatchPolicy implements BatchPolicy {
  private final StarvationGuard<SwfJob> guard;
  private final int reservationsForOthers;
  private final RuntimePredictor<Long> predictor = new RuntimePredictor<>();
  private double machine = 1;

  public DefaultBatchPolicy() {
    this(StarvationGuard.GUARD, StarvationGuard.RESERVATIONS);
  }

  /** A variant for experiments: another guard factor or number of reservations. */
  public DefaultBatchPolicy(double guardFactor, int reservationsForOthers) {
    this.guard = new StarvationGuard<>(1, guardFactor);
    this.reservationsForOthers = reservationsForOthers;
  }

  /**
   * Lower first: the negated expansion factor over the predicted runtime (the user's recent
   * runtimes, at most the estimate), as the live scheduler orders a user's jobs.
   */
  private double order(SwfJob j, long now) {
    long estimate = Math.max(1, j.estimate());
    long predicted = j.user() >= 0 ? predictor.predict(j.user(), estimate) : estimate;
    return -ExpansionFactor.of(now - j.submit(), predicted);
  }

  @Override
  public void finished(SwfJob job, long start, long end) {
    if (job.user() >= 0) predictor.finished(job.user(), end - start);
  }

  @Override
  public String name() {
    return "default";
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    int procs = free;
    for (Running r : running) procs += r.job().procs();
    machine = procs;
    List<StarvationGuard.Work<SwfJob>> run = new ArrayList<>(running.size());
    for (Running r : running) run.add(work(r.job(), r.start()));
    List<StarvationGuard.Work<SwfJob>> wait = new ArrayList<>(queue.size());
    for (Waiting w : queue) wait.add(work(w.job(), w.job().submit()));
    List<SwfJob> urgent = guard.update(now, run, wait);
    List<SwfJob> start = new ArrayList<>();
    if (free == 0) return start;
    Set<SwfJob> isUrgent = Collections.newSetFromMap(new IdentityHashMap<>());
    isUrgent.addAll(urgent);
    List<Keyed> rest = new ArrayList<>(queue.size());
    for (Waiting w : queue) {
      if (isUrgent.contains(w.job())) continue;
      SwfJob j = w.job();
      double key = order(j, now);
      rest.add(new Keyed(j, key));
    }
    Profile p = new Profile(now, free, running);
    int reservations = urgent.size();
    for (SwfJob j : urgent) {
      if (free == 0 && reservations == 0) return start;
      free = startOrReserve(p, now, j, free, reservations > 0, start);
      if (!start.contains(j)) reservations--;
    }
    // The others in priority order: jobs start while they fit; the first ones that do not get
    // the reservations; after them only jobs narrow enough for the free processors can start.
    PriorityQueue<Keyed> heap = new PriorityQueue<>(rest);
    int left = reservationsForOthers;
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

  private StarvationGuard.Work<SwfJob> work(SwfJob j, long time) {
    return new StarvationGuard.Work<>(j, j.procs() / machine, time, j.estimate());
  }

  /** Starts j now if the profile allows, else reserves its earliest slot if asked to. */
  private int startOrReserve(
      Profile p, long now, SwfJob j, int free, boolean reserve, List<SwfJob> start) {
    if (j.procs() > free && !reserve) return free;
    long t = p.earliest(j.procs(), j.estimate());
    if (t == now && j.procs() <= free) {
      p.reserve(t, j.estimate(), j.procs());
      start.add(j);
      guard.started(work(j, now));
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
