package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.List;

/** First come, first served: start jobs from the head while they fit; no backfill. */
public final class FcfsPolicy implements BatchPolicy {
  @Override
  public String name() {
    return "fcfs";
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    List<SwfJob> start = new ArrayList<>();
    for (Waiting w : queue) {
      if (w.job().procs() > free) break;
      free -= w.job().procs();
      start.add(w.job());
    }
    return start;
  }
}
