package io.rug.scheduler.sim.swf;

import java.util.Arrays;
import java.util.List;

/**
 * A policy's copy of the running jobs as primitive columns, in the simulator's order (start order),
 * kept in step by the policy's own starts and {@link BatchPolicy#finished} calls. Building
 * processor-time profiles from it at every event reads a few arrays instead of following a thousand
 * running jobs to their trace records, which was a quarter of simulating a deep queue.
 */
final class RunningColumns {
  SwfJob[] job = new SwfJob[64];
  long[] id = new long[64];
  long[] start = new long[64];
  long[] estimate = new long[64];
  long[] user = new long[64];
  int[] procs = new int[64];
  int size;
  // The same jobs' estimated ends (start + estimate) in ascending order, with widths and ids, so a
  // profile by estimates needs no sorting: insertion and removal keep the order.
  long[] endSorted = new long[64];
  int[] procsSorted = new int[64];
  long[] idSorted = new long[64];

  /** Appends a job started at {@code at} (the simulator appends its starts in returned order). */
  void add(SwfJob j, long at) {
    if (size == id.length) {
      int n = size * 2;
      job = Arrays.copyOf(job, n);
      id = Arrays.copyOf(id, n);
      start = Arrays.copyOf(start, n);
      estimate = Arrays.copyOf(estimate, n);
      user = Arrays.copyOf(user, n);
      procs = Arrays.copyOf(procs, n);
      endSorted = Arrays.copyOf(endSorted, n);
      procsSorted = Arrays.copyOf(procsSorted, n);
      idSorted = Arrays.copyOf(idSorted, n);
    }
    long end = at + j.estimate();
    int k = upperBound(end);
    int tail = size - k;
    System.arraycopy(endSorted, k, endSorted, k + 1, tail);
    System.arraycopy(procsSorted, k, procsSorted, k + 1, tail);
    System.arraycopy(idSorted, k, idSorted, k + 1, tail);
    endSorted[k] = end;
    procsSorted[k] = j.procs();
    idSorted[k] = j.id();
    job[size] = j;
    id[size] = j.id();
    start[size] = at;
    estimate[size] = j.estimate();
    user[size] = j.user();
    procs[size] = j.procs();
    size++;
  }

  /** Removes an ended job, keeping the others' order. */
  void remove(SwfJob j) {
    for (int i = 0; i < size; i++) {
      if (id[i] == j.id()) {
        int tail = size - i - 1;
        removeSorted(j.id(), start[i] + estimate[i]);
        System.arraycopy(job, i + 1, job, i, tail);
        System.arraycopy(id, i + 1, id, i, tail);
        System.arraycopy(start, i + 1, start, i, tail);
        System.arraycopy(estimate, i + 1, estimate, i, tail);
        System.arraycopy(user, i + 1, user, i, tail);
        System.arraycopy(procs, i + 1, procs, i, tail);
        job[--size] = null;
        return;
      }
    }
  }

  /** The first position in the sorted ends after every end ≤ {@code end}. */
  private int upperBound(long end) {
    int lo = 0, hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (endSorted[mid] <= end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private void removeSorted(long jobId, long end) {
    for (int k = upperBound(end) - 1; k >= 0 && endSorted[k] == end; k--) {
      if (idSorted[k] == jobId) {
        int tail = size - k - 1;
        System.arraycopy(endSorted, k + 1, endSorted, k, tail);
        System.arraycopy(procsSorted, k + 1, procsSorted, k, tail);
        System.arraycopy(idSorted, k + 1, idSorted, k, tail);
        return;
      }
    }
    throw new IllegalStateException("running job " + jobId + " missing from the sorted ends");
  }

  /**
   * Makes this a copy of {@code running} unless it already is one as far as a cheap look tells (the
   * same length and the same jobs at both ends): a caller that does not report its ends to the
   * policy still gets the right profiles.
   */
  void sync(List<BatchPolicy.Running> running) {
    int n = running.size();
    if (n == size
        && (n == 0
            || (running.get(0).job().id() == id[0]
                && running.get(0).start() == start[0]
                && running.get(n - 1).job().id() == id[n - 1]
                && running.get(n - 1).start() == start[n - 1]))) return;
    size = 0;
    for (BatchPolicy.Running r : running) add(r.job(), r.start());
  }
}
