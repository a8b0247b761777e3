package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.List;

/**
 * Conservative backfilling (Mu'alem &amp; Feitelson): in queue order, every waiting job gets the
 * earliest reservation that fits the availability profile without moving any earlier reservation;
 * jobs whose reservation is now start now.
 */
public final class ConservativePolicy implements BatchPolicy {
  @Override
  public String name() {
    return "conservative";
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    List<SwfJob> start = new ArrayList<>();
    if (queue.isEmpty() || free == 0) return start;
    Profile p = new Profile(now, free, running);
    for (Waiting w : queue) {
      if (free == 0) break; // nothing else can start now; the profile is rebuilt next event
      SwfJob j = w.job();
      long t = p.earliest(j.procs(), j.estimate());
      p.reserve(t, j.estimate(), j.procs());
      if (t == now) {
        start.add(j);
        free -= j.procs();
      }
    }
    return start;
  }
}
