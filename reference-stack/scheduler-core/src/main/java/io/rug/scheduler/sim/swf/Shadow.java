package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * EASY's reservation for a blocked job: the shadow time (when, by running jobs' estimated ends,
 * enough processors are free for it) and the extra processors not needed by it at that time.
 */
record Shadow(long time, int extra) {

  /** Computes the reservation for a job of {@code procs} given {@code free} processors now. */
  static Shadow of(long now, int free, int procs, List<BatchPolicy.Running> running) {
    List<BatchPolicy.Running> byEnd = new ArrayList<>(running);
    byEnd.sort(
        Comparator.comparingLong(BatchPolicy.Running::estimatedEnd)
            .thenComparingLong(r -> r.job().id()));
    int avail = free;
    for (int i = 0; i < byEnd.size(); i++) {
      avail += byEnd.get(i).job().procs();
      if (avail >= procs) {
        long time = Math.max(now, byEnd.get(i).estimatedEnd());
        // the extra processors are all those free at the shadow time: jobs ending at the same
        // time count too, whatever their order in the list
        for (int k = i + 1; k < byEnd.size() && byEnd.get(k).estimatedEnd() <= time; k++)
          avail += byEnd.get(k).job().procs();
        return new Shadow(time, avail - procs);
      }
    }
    return new Shadow(Long.MAX_VALUE, 0); // cannot happen: procs <= machine size
  }

  /** Lifka's rule: a job may start now if it fits and ends by the shadow or uses only extra. */
  boolean admits(long now, SwfJob j, int free) {
    if (j.procs() > free) return false;
    return now + j.estimate() <= time || j.procs() <= extra;
  }

  /** The reservation after starting {@code j} now (extra shrinks if j runs past the shadow). */
  Shadow after(long now, SwfJob j) {
    return now + j.estimate() <= time ? this : new Shadow(time, extra - j.procs());
  }
}
