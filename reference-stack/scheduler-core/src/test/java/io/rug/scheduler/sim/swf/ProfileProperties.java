package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link Profile#fitsFromStart} keeps a per-width cache between reservations; it must always agree
 * with the plain definition, {@code earliest(procs, dur) == now}.
 */
class ProfileProperties {

  @Property(tries = 300)
  void fitsFromStartIsEarliestStartingNow(@ForAll long seed) {
    Random rnd = new Random(seed);
    int procs = 1 + rnd.nextInt(64);
    long now = rnd.nextInt(1000);
    List<BatchPolicy.Running> running = new ArrayList<>();
    int busy = 0;
    for (int id = 1; busy < procs && rnd.nextInt(6) != 0; id++) {
      int p = 1 + rnd.nextInt(procs - busy);
      long started = now - rnd.nextInt(200);
      running.add(new BatchPolicy.Running(new SwfJob(id, 0, 1, p, 1 + rnd.nextInt(400)), started));
      busy += p;
    }
    Profile profile = new Profile(now, procs - busy, running);
    for (int step = 0; step < 60; step++) {
      int width = 1 + rnd.nextInt(procs);
      long dur = 1 + rnd.nextInt(500);
      boolean fits = profile.earliest(width, dur) == now;
      assertThat(profile.fitsFromStart(width, dur))
          .as("%d x %d at step %d", width, dur, step)
          .isEqualTo(fits);
      if (rnd.nextInt(4) == 0) {
        long at = profile.earliest(width, dur);
        if (at != Long.MAX_VALUE) profile.reserve(at, dur, width);
      }
    }
  }
}
