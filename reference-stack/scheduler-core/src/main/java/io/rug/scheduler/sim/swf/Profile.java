package io.rug.scheduler.sim.swf;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Free processors over future time as a step function (conservative backfilling): segment i runs
 * from {@code time[i]} to {@code time[i+1]} (the last one forever) with {@code free[i]} processors.
 */
final class Profile {
  private long[] time = new long[16];
  private int[] free = new int[16];
  private int size;

  Profile(long now, int freeNow, List<BatchPolicy.Running> running) {
    this(now, freeNow, running, BatchPolicy.Running::estimatedEnd);
  }

  /** As above, with each running job's end given by {@code end} (e.g. a predicted end). */
  Profile(
      long now,
      int freeNow,
      List<BatchPolicy.Running> running,
      ToLongFunction<BatchPolicy.Running> end) {
    int n = running.size();
    long[] rawEnds = new long[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      rawEnds[i] = end.applyAsLong(running.get(i));
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(rawEnds[a], rawEnds[b]));
    long[] ends = new long[n];
    int[] procs = new int[n];
    for (int i = 0; i < n; i++) {
      ends[i] = Math.max(now, rawEnds[order[i]]);
      procs[i] = running.get(order[i]).job().procs();
    }
    add(now, freeNow);
    int f = freeNow;
    for (int i = 0; i < ends.length; i++) {
      f += procs[i];
      if (ends[i] == time[size - 1]) free[size - 1] = f;
      else add(ends[i], f);
    }
  }

  private void add(long t, int f) {
    if (size == time.length) {
      time = Arrays.copyOf(time, size * 2);
      free = Arrays.copyOf(free, size * 2);
    }
    time[size] = t;
    free[size] = f;
    size++;
  }

  /** Earliest start at or after the first segment where {@code procs} stay free for {@code dur}. */
  long earliest(int procs, long dur) {
    for (int i = 0; i < size; i++) {
      if (free[i] < procs) continue;
      long start = time[i];
      long end = start + dur;
      int k = i;
      while (k + 1 < size && time[k + 1] < end && free[k + 1] >= procs) k++;
      if (k + 1 >= size || time[k + 1] >= end) return start;
      i = k + 1; // segment k+1 is too small; continue after it
    }
    return Long.MAX_VALUE;
  }

  /**
   * Whether {@code procs} stay free for {@code dur} from the first segment's start (now), i.e.
   * {@code earliest(procs, dur) == now}; stops at the first segment that is too small, where {@link
   * #earliest} would go on to find a later start.
   */
  boolean fitsFromStart(int procs, long dur) {
    long end = time[0] + dur;
    if (free[0] < procs) return false;
    for (int i = 1; i < size && time[i] < end; i++) if (free[i] < procs) return false;
    return true;
  }

  /** Takes {@code procs} from [start, start + dur). */
  void reserve(long start, long dur, int procs) {
    long end = start + dur;
    int a = split(start);
    int b = split(end);
    for (int i = a; i < b; i++) free[i] -= procs;
  }

  /** Index of the segment starting exactly at t, splitting one if needed. */
  private int split(long t) {
    int i = Arrays.binarySearch(time, 0, size, t);
    if (i >= 0) return i;
    int ins = -i - 1; // t falls inside segment ins-1
    add(0, 0);
    System.arraycopy(time, ins, time, ins + 1, size - 1 - ins);
    System.arraycopy(free, ins, free, ins + 1, size - 1 - ins);
    time[ins] = t;
    free[ins] = free[ins - 1];
    return ins;
  }
}
