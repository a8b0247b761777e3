package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SwfSimulatorTest {
  private final SwfTrace trace =
      new SwfTrace(
          "t",
          4,
          List.of(
              new SwfJob(1, 0, 10, 2, 10),
              new SwfJob(2, 0, 10, 1, 10),
              new SwfJob(3, 0, 10, 1, 10),
              new SwfJob(4, 50, 10, 1, 10)),
          0);

  /** What a test policy decides from the time, free processors and queue. */
  interface Decide {
    List<SwfJob> select(long now, int free, List<BatchPolicy.Waiting> queue);
  }

  private static BatchPolicy policy(String name, Decide decide) {
    return new BatchPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<SwfJob> select(long now, int free, List<Running> r, List<Waiting> q) {
        return decide.select(now, free, q);
      }
    };
  }

  @Test
  void takesStartedJobsFromAnywhereInTheQueue() {
    // one job per decision, the last one waiting: 3 at 0, 2 when 3 ends, 1 when 2 ends
    BatchPolicy lastFirst =
        policy(
            "last-first",
            (now, free, q) -> {
              SwfJob last = q.get(q.size() - 1).job();
              return last.procs() <= free ? List.of(last) : List.of();
            });
    long[] start = new SwfSimulator().run(trace, lastFirst).start();
    assertThat(start).containsExactly(20, 10, 0, 50);
  }

  @Test
  void refusesAPolicyThatStartsAJobThatIsNotWaiting() {
    SwfJob notYetArrived = trace.jobs().get(3);
    BatchPolicy eager =
        policy("eager", (now, free, q) -> now == 0 ? List.of(notYetArrived) : List.of());
    assertThatThrownBy(() -> new SwfSimulator().run(trace, eager))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not waiting");
  }
}
