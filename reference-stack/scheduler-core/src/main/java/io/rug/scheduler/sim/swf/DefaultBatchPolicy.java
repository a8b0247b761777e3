package io.rug.scheduler.sim.swf;

import io.rug.scheduler.core.ExpansionFactor;
import io.rug.scheduler.core.RuntimePredictor;
import io.rug.scheduler.core.StarvationGuard;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code default} batch policy on one pool of processors: the live scheduler's ordering,
 * starvation guard and runtime predictions (from the core: {@link StarvationGuard}, {@link
 * ExpansionFactor}, {@link RuntimePredictor}) over the simulator's processor-time profiles.
 *
 * <ul>
 *   <li>Every job gets a deadline when first seen, roughly when FCFS would have started it; jobs
 *       past their deadline are urgent: served first in deadline order. The first of them that
 *       cannot start gets a reservation planned from runtime estimates ({@link
 *       StarvationGuard#URGENT_RESERVATIONS}), so nothing started later can delay it.
 *   <li>Other jobs go by expansion factor (wait + runtime) / runtime, highest first, with the
 *       runtime predicted from the user's last two finished jobs and capped by the estimate (SWF
 *       field 12 is the user): short jobs run soon, long ones age. The first {@link
 *       StarvationGuard#RESERVATIONS} of them that cannot start get reservations (EASY has one);
 *       after that only jobs narrow enough for the free processors start.
 *   <li>Backfilling as in EASY++ (Tsafrir, Etsion and Feitelson, TPDS 2007): against these other
 *       reservations a job counts with its predicted runtime, and a running job ends when predicted
 *       (at its estimate once it outlives the prediction). Against urgent reservations everything
 *       counts with its estimate, so a wrong prediction can delay a reservation of the first kind,
 *       never an urgent one. Without a user the prediction is the estimate, and this is backfilling
 *       by estimates around at most three reservations.
 * </ul>
 */
public final class DefaultBatchPolicy implements BatchPolicy {
  private final StarvationGuard<SwfJob> guard;
  private final int reservationsForOthers;
  private final RuntimePredictor<Long> predictor = new RuntimePredictor<>();
  private double machine = 1;
  private final RunningColumns runs = new RunningColumns();
  private final WaitingShapes waiting = new WaitingShapes();
  // The predictor's figure per user, direct-mapped (a user's slot is cleared when a job of theirs
  // ends): every event asks for every waiting and running job's prediction, and a map lookup with
  // a boxed key each time was a fifth of simulating a deep queue.
  private final long[] cachedUser = new long[1024];
  private final long[] cachedPrediction = new long[1024];

  public DefaultBatchPolicy() {
    this(StarvationGuard.GUARD, StarvationGuard.RESERVATIONS);
  }

  /** A variant for experiments: another guard factor or number of reservations. */
  public DefaultBatchPolicy(double guardFactor, int reservationsForOthers) {
    Arrays.fill(cachedUser, -1);
    this.guard = new StarvationGuard<SwfJob>(1, guardFactor).reportingStartsAndEnds();
    this.reservationsForOthers = reservationsForOthers;
  }

  @Override
  public void finished(SwfJob job, long start, long end) {
    guard.ended(job);
    runs.remove(job);
    if (job.user() >= 0) {
      predictor.finished(job.user(), end - start);
      cachedUser[slot(job.user())] = -1;
    }
  }

  @Override
  public String name() {
    return "default";
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    runs.sync(running);
    waiting.sync(queue);
    List<SwfJob> started = choose(now, free, queue);
    for (SwfJob j : started) {
      runs.add(j, now);
      waiting.started(j);
    }
    return started;
  }

  private List<SwfJob> choose(long now, int free, List<Waiting> queue) {
    int procs = free;
    for (int i = 0; i < runs.size; i++) procs += runs.procs[i];
    machine = procs;
    List<SwfJob> urgent = guard.update(now, runningWork(), waitingWork(queue));
    if (free < narrowest()) return List.of(); // nothing can start; reservations would be lost
    Slots slots = new Slots(now, free);
    int urgentLeft = StarvationGuard.URGENT_RESERVATIONS;
    // once the reservation is made, only urgent jobs that fit now can start, so none after the
    // last one narrow enough for the processors free now (starts only take processors away)
    int freeBefore = free;
    int narrowEnough = urgent.isEmpty() ? 0 : guard.urgentNoWiderThan((freeBefore + 0.5) / machine);
    for (SwfJob j : urgent) {
      if (urgentLeft == 0 && narrowEnough == 0) break;
      if (j.procs() <= freeBefore) narrowEnough--;
      if (slots.fitsNow(j)) slots.start(j);
      else if (urgentLeft > 0) {
        slots.reserveUrgent(j);
        urgentLeft--;
      }
    }
    startOthers(slots, !urgent.isEmpty(), now);
    return slots.started;
  }

  // The guard reads these only as far as it needs (all of them when jobs arrived, else hardly any),
  // so they are views made on demand rather than thousands of new objects at every event.
  private List<StarvationGuard.Work<SwfJob>> runningWork() {
    return new AbstractList<>() {
      @Override
      public StarvationGuard.Work<SwfJob> get(int i) {
        return new StarvationGuard.Work<>(
            runs.job[i], runs.procs[i] / machine, runs.start[i], runs.estimate[i]);
      }

      @Override
      public int size() {
        return runs.size;
      }
    };
  }

  private List<StarvationGuard.Work<SwfJob>> waitingWork(List<Waiting> queue) {
    return new AbstractList<>() {
      @Override
      public StarvationGuard.Work<SwfJob> get(int i) {
        SwfJob j = queue.get(i).job();
        return work(j, j.submit());
      }

      @Override
      public int size() {
        return queue.size();
      }
    };
  }

  private int narrowest() {
    int narrowest = Integer.MAX_VALUE;
    for (WaitingShapes.Shape s : waiting.shapes()) narrowest = Math.min(narrowest, s.procs);
    return narrowest;
  }

  /**
   * The others in priority order (ties by queue position: submit time, then id): jobs start while
   * they fit; the first ones that do not get the reservations; after them only jobs that fit around
   * everything can start. Jobs of one shape come in queue order (the same prediction, so the
   * longest waiting first), so a heap holds the next job of each shape rather than every job.
   */
  private void startOthers(Slots slots, boolean anyUrgent, long now) {
    if (slots.free == 0) return;
    PriorityQueue<WaitingShapes.Shape> next = new PriorityQueue<>(BY_HEAD);
    for (WaitingShapes.Shape s : waiting.shapes()) {
      s.cursor = 0;
      if (toNextOther(s, anyUrgent, now)) next.add(s);
    }
    int left = reservationsForOthers;
    while (!next.isEmpty() && slots.free > 0 && left > 0) {
      WaitingShapes.Shape s = next.poll();
      SwfJob j = s.members.get(s.cursor++).job;
      if (slots.fitsNow(j)) slots.start(j);
      else {
        slots.reserveOther(j);
        left--;
      }
      if (toNextOther(s, anyUrgent, now)) next.add(s);
    }
    if (left > 0 || slots.free == 0) return;
    // Only jobs that fit now can start in this pass, and jobs of one shape fit alike: the shapes
    // whose next job fits, in priority order. Each start only takes processors away, so once a
    // job of a shape no longer fits, none of the shape's later jobs does.
    PriorityQueue<WaitingShapes.Shape> fitting = new PriorityQueue<>(BY_HEAD);
    for (WaitingShapes.Shape s : next) if (slots.fitsNow(s.head().job)) fitting.add(s);
    while (!fitting.isEmpty() && slots.free > 0) {
      WaitingShapes.Shape s = fitting.poll();
      SwfJob j = s.members.get(s.cursor++).job;
      if (slots.fitsNow(j)) {
        slots.start(j);
        if (toNextOther(s, anyUrgent, now)) fitting.add(s);
      }
    }
  }

  /**
   * Moves the shape's cursor to its next job that has neither started nor is urgent, and sets its
   * priority key; false if there is none.
   */
  private boolean toNextOther(WaitingShapes.Shape s, boolean anyUrgent, long now) {
    List<WaitingShapes.Entry> members = s.members;
    while (s.cursor < members.size()) {
      WaitingShapes.Entry e = members.get(s.cursor);
      // urgency lasts until the job starts, and jobs become urgent only when the guard promotes
      // some: an entry is looked up again only if it was not urgent and the guard has promoted
      // since
      if (anyUrgent && !e.urgent && e.urgentAsOf != guard.promotions()) {
        e.urgent = guard.isUrgent(e.job);
        e.urgentAsOf = guard.promotions();
      }
      if (!e.started && !(anyUrgent && e.urgent)) {
        s.headKey = order(e.job, now);
        return true;
      }
      s.cursor++;
    }
    return false;
  }

  /** Lower key first, ties in queue order (submit time, then id). */
  private static final Comparator<WaitingShapes.Shape> BY_HEAD =
      Comparator.comparingDouble((WaitingShapes.Shape s) -> s.headKey)
          .thenComparingLong(s -> s.head().job.submit())
          .thenComparingLong(s -> s.head().job.id());

  /** The runtime the order and backfilling count with: the user's recent ones, capped. */
  private long predicted(SwfJob j) {
    return predicted(j.user(), j.estimate());
  }

  private long predicted(long user, long estimate) {
    estimate = Math.max(1, estimate);
    if (user < 0) return estimate;
    int slot = slot(user);
    if (cachedUser[slot] != user) {
      // what the predictor says for an unbounded estimate: the user's figure, or MAX_VALUE
      cachedPrediction[slot] = predictor.predict(user, Long.MAX_VALUE);
      cachedUser[slot] = user;
    }
    return Math.min(estimate, cachedPrediction[slot]);
  }

  private static int slot(long user) {
    return (int) (user ^ (user >>> 32)) & 1023;
  }

  /** Lower first: the negated expansion factor over the predicted runtime. */
  private double order(SwfJob j, long now) {
    return -ExpansionFactor.of(now - j.submit(), predicted(j));
  }

  private StarvationGuard.Work<SwfJob> work(SwfJob j, long time) {
    return new StarvationGuard.Work<>(j, j.procs() / machine, time, j.estimate());
  }

  /**
   * Free processors over time, twice: by estimates (running jobs, started jobs and the urgent
   * reservations) and by predictions (the same plus the other reservations). A job starts now only
   * if it fits both, each with its own runtime. Each profile is built when first needed: at many
   * events no waiting job gets as far as asking.
   */
  private final class Slots {
    final long now;
    final int freeAtStart;
    private Profile byEstimate;
    private Profile byPrediction;
    private final List<long[]> deferred = new ArrayList<>();
    private static final long EARLIEST = Long.MIN_VALUE;
    final List<SwfJob> started = new ArrayList<>();
    int free;

    Slots(long now, int free) {
      this.now = now;
      this.free = free;
      this.freeAtStart = free;
    }

    Profile byEstimate() {
      if (byEstimate == null)
        byEstimate =
            Profile.ofSortedEnds(now, freeAtStart, runs.endSorted, runs.procsSorted, runs.size);
      return byEstimate;
    }

    /** As by estimate, but a running job ends when predicted, or at its estimate once older. */
    Profile byPrediction() {
      if (byPrediction == null) {
        long[] end = new long[runs.size];
        for (int i = 0; i < end.length; i++) {
          long estimate = runs.estimate[i];
          long predicted = runs.start[i] + predicted(runs.user[i], estimate);
          end[i] = predicted > now ? predicted : runs.start[i] + estimate;
        }
        byPrediction = new Profile(now, freeAtStart, end, runs.procs, runs.size);
        for (long[] op : deferred) reserveByPrediction(op[0], op[1], (int) op[2]);
        deferred.clear();
      }
      return byPrediction;
    }

    /**
     * Takes {@code procs} for {@code dur} from the profile by predictions, at {@code at} or, if
     * that is {@link #EARLIEST}, at the earliest time they are free. Until something asks that
     * profile whether a job fits, this is only written down (sorting the running jobs by predicted
     * end is the dearest part of building it, and at many events nothing asks).
     */
    private void reserveByPrediction(long at, long dur, int procs) {
      if (byPrediction == null) deferred.add(new long[] {at, dur, procs});
      else
        byPrediction.reserve(at != EARLIEST ? at : byPrediction.earliest(procs, dur), dur, procs);
    }

    boolean fitsNow(SwfJob j) {
      return j.procs() <= free
          && byEstimate().fitsFromStart(j.procs(), j.estimate())
          && byPrediction().fitsFromStart(j.procs(), predicted(j));
    }

    void start(SwfJob j) {
      byEstimate().reserve(now, j.estimate(), j.procs());
      reserveByPrediction(now, predicted(j), j.procs());
      started.add(j);
      guard.started(work(j, now));
      free -= j.procs();
    }

    void reserveUrgent(SwfJob j) {
      long t = byEstimate().earliest(j.procs(), j.estimate());
      byEstimate().reserve(t, j.estimate(), j.procs());
      reserveByPrediction(t, predicted(j), j.procs());
    }

    void reserveOther(SwfJob j) {
      reserveByPrediction(EARLIEST, predicted(j), j.procs());
    }
  }
}
