package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class WaitingShapesTest {
  // user 7: two jobs of one shape (1 proc, 100 s) and one of another; user 8: one job
  private final SwfJob a = new SwfJob(1, 0, 5, 1, 100, 7);
  private final SwfJob b = new SwfJob(2, 1, 5, 1, 100, 7);
  private final SwfJob c = new SwfJob(3, 2, 5, 4, 100, 7);
  private final SwfJob d = new SwfJob(4, 3, 5, 1, 100, 8);

  private static List<BatchPolicy.Waiting> queue(SwfJob... jobs) {
    List<BatchPolicy.Waiting> q = new ArrayList<>();
    for (SwfJob j : jobs) q.add(new BatchPolicy.Waiting(j));
    return q;
  }

  private static List<List<Long>> shapes(WaitingShapes w) {
    return StreamSupport.stream(w.shapes().spliterator(), false)
        .map(s -> s.members.stream().filter(e -> !e.started).map(e -> e.job.id()).toList())
        .sorted((x, y) -> Long.compare(x.get(0), y.get(0)))
        .toList();
  }

  @Test
  void groupsJobsOfTheSameUserWidthAndEstimateInQueueOrder() {
    WaitingShapes w = new WaitingShapes();
    w.sync(queue(a, b, c, d));
    assertThat(shapes(w)).containsExactly(List.of(1L, 2L), List.of(3L), List.of(4L));
  }

  @Test
  void followsStartsAndArrivals() {
    WaitingShapes w = new WaitingShapes();
    w.sync(queue(a, b, c));
    w.started(a);
    w.started(c); // its shape has no job left and goes
    SwfJob e = new SwfJob(5, 4, 5, 1, 100, 7);
    w.sync(queue(b, d, e));
    assertThat(shapes(w)).containsExactly(List.of(2L, 5L), List.of(4L));
  }

  @Test
  void rebuildsWhenTheQueueIsNotWhatItWasTold() {
    WaitingShapes w = new WaitingShapes();
    w.sync(queue(a, b, c));
    w.sync(queue(c, d)); // a and b left without a start being reported
    assertThat(shapes(w)).containsExactly(List.of(3L), List.of(4L));
  }
}
