package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code default} policy's copy of the waiting queue, grouped by shape: the same user, width
 * and runtime estimate. Jobs of one shape get the same prediction and fit or do not fit alike, and
 * among them the one that has waited longest comes first, so ordering and backfilling can look at
 * the first job of each shape instead of every job: a queue of thousands usually has a few dozen
 * shapes (users submit the same job many times). Kept in step with the simulator's queue by the
 * policy's own starts and the arrivals at its end; rebuilt if it finds it is not.
 */
final class WaitingShapes {

  /** A waiting job and its shape. */
  static final class Entry {
    final SwfJob job;
    final Shape shape;
    boolean started;
    boolean urgent; // once seen urgent by the default policy (urgency ends only with the start)
    long urgentAsOf = -1; // the guard's promotions() when urgent was last looked up

    Entry(SwfJob job, Shape shape) {
      this.job = job;
      this.shape = shape;
    }
  }

  /** The waiting jobs of one shape, in queue order (started ones dropped now and then). */
  static final class Shape {
    final long user;
    final int procs;
    final long estimate;
    final List<Entry> members = new ArrayList<>();
    int live;
    private int dead;
    // the next member to look at in the current decision, and its priority key
    int cursor;
    double headKey;

    Shape(long user, int procs, long estimate) {
      this.user = user;
      this.procs = procs;
      this.estimate = estimate;
    }

    Entry head() {
      return members.get(cursor);
    }
  }

  private record Key(long user, int procs, long estimate) {}

  private final Map<Key, Shape> shapes = new HashMap<>();
  private final Map<SwfJob, Entry> byJob = new IdentityHashMap<>(); // the waiting ones

  /**
   * Brings this copy in step with {@code queue}: the jobs past the ones it knows are new arrivals.
   * If the queue is not what the starts it was told of left (the same jobs, new ones at the end),
   * it starts over from the queue.
   */
  void sync(List<BatchPolicy.Waiting> queue) {
    int known = byJob.size();
    if (queue.size() < known
        || (known > 0 && !byJob.containsKey(queue.get(known - 1).job()))
        || (queue.size() > known && byJob.containsKey(queue.get(known).job()))) {
      shapes.clear();
      byJob.clear();
      known = 0;
    }
    for (int i = known; i < queue.size(); i++) {
      SwfJob j = queue.get(i).job();
      Shape s =
          shapes.computeIfAbsent(
              new Key(j.user(), j.procs(), j.estimate()),
              k -> new Shape(k.user(), k.procs(), k.estimate()));
      Entry e = new Entry(j, s);
      s.members.add(e);
      s.live++;
      byJob.put(j, e);
    }
  }

  /** The shapes with waiting jobs. */
  Iterable<Shape> shapes() {
    return shapes.values();
  }

  /** Records that {@code job} (waiting at the last sync) started. */
  void started(SwfJob job) {
    Entry e = byJob.remove(job);
    if (e == null) return;
    e.started = true;
    Shape s = e.shape;
    s.live--;
    s.dead++;
    if (s.live == 0) shapes.remove(new Key(s.user, s.procs, s.estimate));
    else if (s.dead * 2 > s.members.size()) {
      s.members.removeIf(m -> m.started);
      s.dead = 0;
    }
  }
}
