package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifka's EASY backfilling: start jobs from the head while they fit; the blocked head gets a
 * reservation at the shadow time; later jobs (in queue order) start if they end by the shadow time
 * or use no more than the extra processors.
 */
public final class EasyPolicy implements BatchPolicy {
  @Override
  public String name() {
    return "easy";
  }

  @Override
  public List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue) {
    List<SwfJob> start = new ArrayList<>();
    int i = 0;
    for (; i < queue.size() && queue.get(i).job().procs() <= free; i++) {
      free -= queue.get(i).job().procs();
      start.add(queue.get(i).job());
    }
    if (i >= queue.size()) return start;
    List<Running> all = withStarted(now, running, start);
    Shadow shadow = Shadow.of(now, free, queue.get(i).job().procs(), all);
    for (int k = i + 1; k < queue.size() && free > 0; k++) {
      SwfJob j = queue.get(k).job();
      if (shadow.admits(now, j, free)) {
        start.add(j);
        free -= j.procs();
        shadow = shadow.after(now, j);
      }
    }
    return start;
  }

  static List<Running> withStarted(long now, List<Running> running, List<SwfJob> started) {
    if (started.isEmpty()) return running;
    List<Running> all = new ArrayList<>(running);
    for (SwfJob j : started) all.add(new Running(j, now));
    return all;
  }
}
