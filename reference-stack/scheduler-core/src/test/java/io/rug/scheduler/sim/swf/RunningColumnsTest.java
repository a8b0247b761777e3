package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningColumnsTest {
  private final SwfJob a = new SwfJob(1, 0, 50, 2, 100, 7);
  private final SwfJob b = new SwfJob(2, 0, 50, 1, 60, 8);
  private final SwfJob c = new SwfJob(3, 5, 50, 4, 30, 7);

  @Test
  void staysInStepWithStartsAndEndsInTheSimulatorsOrder() {
    RunningColumns runs = new RunningColumns();
    runs.add(a, 0);
    runs.add(b, 0);
    runs.add(c, 5);
    runs.remove(b);
    assertThat(ids(runs)).containsExactly(1L, 3L);
    assertThat(runs.start[1]).isEqualTo(5);
    assertThat(runs.procs[1]).isEqualTo(4);
    assertThat(runs.user[1]).isEqualTo(7);
    assertThat(runs.job[2]).isNull(); // no reference kept to an ended job
  }

  @Test
  void copiesTheRunningListWhenItWasNotKeptInStep() {
    RunningColumns runs = new RunningColumns();
    runs.add(a, 0);
    runs.add(b, 0); // b ended, but nobody said so; c started
    runs.sync(List.of(new BatchPolicy.Running(a, 0), new BatchPolicy.Running(c, 5)));
    assertThat(ids(runs)).containsExactly(1L, 3L);
    assertThat(runs.estimate[1]).isEqualTo(30);
  }

  @Test
  void growsPastItsFirstCapacity() {
    RunningColumns runs = new RunningColumns();
    for (int i = 0; i < 200; i++) runs.add(new SwfJob(i, 0, 1, 1, 1), i);
    assertThat(runs.size).isEqualTo(200);
    assertThat(runs.start[199]).isEqualTo(199);
  }

  @Test
  void keepsTheEstimatedEndsSortedThroughStartsAndEnds() {
    RunningColumns runs = new RunningColumns();
    java.util.Random rnd = new java.util.Random(7);
    java.util.List<SwfJob> live = new java.util.ArrayList<>();
    java.util.Map<Long, Long> startOf = new java.util.HashMap<>();
    for (int step = 0; step < 2000; step++) {
      if (live.isEmpty() || rnd.nextInt(3) != 0) {
        SwfJob j = new SwfJob(step, 0, 1, 1 + rnd.nextInt(8), 1 + rnd.nextInt(50));
        long at = rnd.nextInt(100);
        runs.add(j, at);
        live.add(j);
        startOf.put(j.id(), at);
      } else {
        runs.remove(live.remove(rnd.nextInt(live.size())));
      }
      java.util.List<Long> expected = new java.util.ArrayList<>();
      for (SwfJob j : live) expected.add(startOf.get(j.id()) + j.estimate());
      java.util.Collections.sort(expected);
      assertThat(java.util.Arrays.stream(runs.endSorted, 0, runs.size).boxed().toList())
          .isEqualTo(expected);
      int widths = 0;
      for (int k = 0; k < runs.size; k++) widths += runs.procsSorted[k];
      assertThat(widths).isEqualTo(live.stream().mapToInt(SwfJob::procs).sum());
    }
  }

  private static List<Long> ids(RunningColumns runs) {
    return java.util.Arrays.stream(runs.id, 0, runs.size).boxed().toList();
  }
}
