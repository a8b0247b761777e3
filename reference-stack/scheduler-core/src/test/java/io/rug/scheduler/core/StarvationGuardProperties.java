package io.rug.scheduler.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.scheduler.core.StarvationGuard.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A guard told every start and end ({@link StarvationGuard#reportingStartsAndEnds}, as the trace
 * simulator uses it) keeps its waiting jobs incrementally; it must decide exactly as a guard that
 * looks at the whole queue and the running work at every call (as the live scheduler uses it).
 */
class StarvationGuardProperties {

  @Property(tries = 200)
  void reportingGuardDecidesAsTheOneThatLooksAtEverything(@ForAll long seed) {
    Random rnd = new Random(seed);
    StarvationGuard<Integer> looking = new StarvationGuard<>(50);
    StarvationGuard<Integer> told = new StarvationGuard<Integer>(50).reportingStartsAndEnds();
    List<Work<Integer>> waiting = new ArrayList<>();
    List<Work<Integer>> running = new ArrayList<>();
    List<Long> runFor = new ArrayList<>(); // actual runtime, parallel to running
    double[] shares = {0.1, 0.25, 0.5, 1.0};
    long now = 0;
    int next = 0;
    for (int step = 0; step < 80; step++) {
      now += rnd.nextInt(25);
      for (int i = running.size() - 1; i >= 0; i--) {
        if (running.get(i).time() + runFor.get(i) <= now) {
          told.ended(running.get(i).key());
          running.remove(i);
          runFor.remove(i);
        }
      }
      for (int k = rnd.nextInt(4); k > 0; k--) {
        long estimate = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(120);
        waiting.add(new Work<>(next++, shares[rnd.nextInt(shares.length)], now, estimate));
      }
      List<Integer> expected = looking.update(now, List.copyOf(running), List.copyOf(waiting));
      assertThat(told.update(now, List.copyOf(running), List.copyOf(waiting)))
          .as("urgent jobs at %d", now)
          .isEqualTo(expected);
      for (int i = 0; i < waiting.size(); i++) {
        Integer key = waiting.get(i).key();
        assertThat(told.deadline(key)).isEqualTo(looking.deadline(key));
        assertThat(told.isUrgent(key)).as("isUrgent(%d)", key).isEqualTo(expected.contains(key));
      }
      for (int i = waiting.size() - 1; i >= 0; i--) {
        if (rnd.nextInt(3) != 0) continue;
        Work<Integer> w = waiting.remove(i);
        Work<Integer> started = new Work<>(w.key(), w.share(), now, w.estimate());
        looking.started(started);
        told.started(started);
        running.add(started);
        runFor.add((long) rnd.nextInt(150));
      }
    }
  }

  @Test
  void onlyAReportingGuardAnswersForOneJob() {
    StarvationGuard<String> looking = new StarvationGuard<>(50);
    looking.update(0, List.of(), List.of(new Work<>("a", 0.5, 0, 10)));
    assertThatThrownBy(() -> looking.isUrgent("a")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aReportingGuardRefusesWorkThatJoinsMidQueue() {
    StarvationGuard<String> told = new StarvationGuard<String>(50).reportingStartsAndEnds();
    Work<String> a = new Work<>("a", 0.5, 0, 10);
    Work<String> b = new Work<>("b", 0.5, 1, 10);
    told.update(1, List.of(), List.of(a));
    assertThatThrownBy(() -> told.update(2, List.of(), List.of(b, a)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mid-queue");
  }

  @Test
  void aReportingGuardRefusesWorkThatLeftWithoutStarting() {
    StarvationGuard<String> told = new StarvationGuard<String>(50).reportingStartsAndEnds();
    Work<String> a = new Work<>("a", 0.5, 0, 10);
    Work<String> b = new Work<>("b", 0.5, 1, 10);
    told.update(1, List.of(), List.of(a, b));
    assertThatThrownBy(() -> told.update(2, List.of(), List.of(b)))
        .isInstanceOf(IllegalStateException.class);
  }
}
