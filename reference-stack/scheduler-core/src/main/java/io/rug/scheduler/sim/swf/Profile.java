package io.rug.scheduler.sim.swf;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Free processors over future time as a step function (conservative backfilling): segment i runs
 * from {@code time[i]} to {@code time[i+1]} (the last one forever) with {@code free[i]} processors.
 */
final class Profile {
  private long[] time;
  private int[] free;
  private int size;
  // fitsFromStart's cache: for a width, the time of the first later segment with too few free
  private static final int HORIZONS = 64;
  private final int[] horizonProcs = new int[HORIZONS];
  private final long[] horizonTime = new long[HORIZONS];
  private final int[] horizonVersion = new int[HORIZONS];
  private int version = 1;

  Profile(long now, int freeNow, List<BatchPolicy.Running> running) {
    this(now, freeNow, running, BatchPolicy.Running::estimatedEnd);
  }

  /** As above, with each running job's end given by {@code end} (e.g. a predicted end). */
  Profile(
      long now,
      int freeNow,
      List<BatchPolicy.Running> running,
      ToLongFunction<BatchPolicy.Running> end) {
    this(now, freeNow, ends(running, end), widths(running), running.size());
  }

  /** Free processors from now, given the first {@code n} running jobs' ends and widths. */
  Profile(long now, int freeNow, long[] end, int[] procs, int n) {
    this(now, freeNow, end, procs, n, byEnd(end, n, now));
  }

  /** As above, for ends already in ascending order: no sorting. */
  static Profile ofSortedEnds(long now, int freeNow, long[] end, int[] procs, int n) {
    return new Profile(now, freeNow, end, procs, n, null);
  }

  /**
   * Steps from the ends taken in {@code order} (ascending; null: as they are), before now as now.
   */
  private Profile(long now, int freeNow, long[] end, int[] procs, int n, int[] order) {
    time = new long[n + 8];
    free = new int[n + 8];
    add(now, freeNow);
    int f = freeNow;
    for (int k = 0; k < n; k++) {
      int i = order == null ? k : order[k];
      if (order == null && k > 0 && end[i] < end[i - 1])
        throw new IllegalArgumentException("ends not sorted");
      long t = Math.max(now, end[i]);
      f += procs[i];
      if (t == time[size - 1]) free[size - 1] = f;
      else add(t, f);
    }
  }

  private static long[] ends(
      List<BatchPolicy.Running> running, ToLongFunction<BatchPolicy.Running> end) {
    long[] ends = new long[running.size()];
    for (int i = 0; i < ends.length; i++) ends[i] = end.applyAsLong(running.get(i));
    return ends;
  }

  private static int[] widths(List<BatchPolicy.Running> running) {
    int[] procs = new int[running.size()];
    for (int i = 0; i < procs.length; i++) procs[i] = running.get(i).job().procs();
    return procs;
  }

  private static final int INDEX_BITS = 24;

  /**
   * Indices of the first {@code n} {@code ends} in ascending order, ends before now counting as
   * now. Sorted as primitive keys (time after now, then index): a boxed comparator was a large part
   * of simulating a thousand running jobs.
   */
  private static int[] byEnd(long[] ends, int n, long now) {
    long[] keys = new long[n];
    boolean packed = n <= (1 << INDEX_BITS);
    for (int i = 0; i < n && packed; i++) {
      long after = Math.max(0, ends[i] - now);
      packed = after < (1L << (63 - INDEX_BITS));
      keys[i] = after << INDEX_BITS | i;
    }
    int[] order = new int[n];
    if (packed) {
      Arrays.sort(keys);
      long mask = (1L << INDEX_BITS) - 1;
      for (int i = 0; i < n; i++) order[i] = (int) (keys[i] & mask);
    } else { // ends too far ahead to pack
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) boxed[i] = i;
      Arrays.sort(boxed, (a, b) -> Long.compare(Math.max(now, ends[a]), Math.max(now, ends[b])));
      for (int i = 0; i < n; i++) order[i] = boxed[i];
    }
    return order;
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
   * {@code earliest(procs, dur) == now}: whether the job would end by the first later segment with
   * fewer than {@code procs} free. A backfilling pass asks this for every narrow job in a deep
   * queue while the profile changes only when one starts, so that segment's time is kept per width
   * (direct-mapped, forgotten by {@link #reserve}).
   */
  boolean fitsFromStart(int procs, long dur) {
    if (free[0] < procs) return false;
    int slot = procs & (HORIZONS - 1);
    if (horizonVersion[slot] != version || horizonProcs[slot] != procs) {
      long until = Long.MAX_VALUE;
      for (int i = 1; i < size; i++) {
        if (free[i] < procs) {
          until = time[i];
          break;
        }
      }
      horizonProcs[slot] = procs;
      horizonTime[slot] = until;
      horizonVersion[slot] = version;
    }
    long until = horizonTime[slot];
    return until == Long.MAX_VALUE || time[0] + dur <= until;
  }

  /** Takes {@code procs} from [start, start + dur). */
  void reserve(long start, long dur, int procs) {
    long end = start + dur;
    int a = split(start);
    int b = split(end);
    for (int i = a; i < b; i++) free[i] -= procs;
    version++;
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
