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

  @Property(tries = 200)
  void aProfileFromSortedEndsIsTheSameAsOneThatSorts(@ForAll long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(30);
    long now = 100;
    long[] end = new long[n];
    int[] procs = new int[n];
    for (int i = 0; i < n; i++) {
      end[i] = rnd.nextInt(400); // some before now: they count as ending now
      procs[i] = 1 + rnd.nextInt(8);
    }
    Profile sorting = new Profile(now, 3, end, procs, n);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Long.compare(end[a], end[b]));
    long[] sortedEnd = new long[n];
    int[] sortedProcs = new int[n];
    for (int i = 0; i < n; i++) {
      sortedEnd[i] = end[order[i]];
      sortedProcs[i] = procs[order[i]];
    }
    Profile sorted = Profile.ofSortedEnds(now, 3, sortedEnd, sortedProcs, n);
    for (int q = 0; q < 40; q++) {
      int width = 1 + rnd.nextInt(3 + 8 * n);
      long dur = 1 + rnd.nextInt(300);
      assertThat(sorted.earliest(width, dur)).isEqualTo(sorting.earliest(width, dur));
    }
  }
}
