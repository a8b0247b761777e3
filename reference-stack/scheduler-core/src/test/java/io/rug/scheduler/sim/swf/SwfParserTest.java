package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SwfParserTest {

  @Test
  void takesRequestedProcsAndTimeWhenPositiveElseAllocatedAndRun() {
    String text =
        "; MaxProcs: 64\n"
            + "1 0 -1 100 8 -1 -1 16 50 -1 1 -1 -1 -1 0 -1 -1 -1\n" // req procs 16, est 50 -> run
            // 50
            + "2 5 -1 100 8 -1 -1 -1 -1 -1 1 -1 -1 -1 0 -1 -1 -1\n"; // procs 8, est = run = 100
    SwfTrace t = Traces.parse(text, 0);
    assertThat(t.procs()).isEqualTo(64);
    assertThat(t.jobs())
        .containsExactly(new SwfJob(1, 0, 50, 16, 50), new SwfJob(2, 5, 100, 8, 100));
  }

  @Test
  void readsTheUserFromField12WhenTheLineHasIt() {
    String text =
        "; MaxProcs: 64\n"
            + "1 0 -1 100 8 -1 -1 8 200 -1 1 42 -1 -1 0 -1 -1 -1\n"
            + "2 5 -1 100 8 -1 -1 8 200\n"; // an archive line cut after field 9
    assertThat(Traces.parse(text, 0).jobs()).extracting(SwfJob::user).containsExactly(42L, -1L);
  }

  @Test
  void fallsBackToMaxNodesAndSkipsJobsThatCannotRun() {
    String text =
        "; MaxNodes: 4\n\n"
            + Traces.line(1, 0, 0, 1, 10) // run 0
            + Traces.line(2, 0, 10, 5, 10) // wider than the machine
            + "3 0 -1 10 -1 -1 -1 -1 10 -1 1 -1 -1 -1 0 -1 -1 -1\n" // no procs
            + Traces.line(4, 0, 10, 4, 10);
    SwfTrace t = Traces.parse(text, 0);
    assertThat(t.procs()).isEqualTo(4);
    assertThat(t.jobs()).extracting(SwfJob::id).containsExactly(4L);
    assertThat(t.skipped()).isEqualTo(3);
  }

  @Test
  void procsOptionOverridesHeaderAndQueueOrderIsSubmitThenId() {
    String text =
        "; MaxProcs: 4\n"
            + Traces.line(9, 10, 5, 8, 5)
            + Traces.line(3, 10, 5, 1, 5)
            + Traces.line(7, 2, 5, 1, 5);
    SwfTrace t = Traces.parse(text, 8);
    assertThat(t.procs()).isEqualTo(8);
    assertThat(t.jobs()).extracting(SwfJob::id).containsExactly(7L, 3L, 9L);
  }

  @Test
  void reportsFileAndLineOfAMalformedLine() {
    String text =
        "; MaxProcs: 4\n"
            + Traces.line(1, 0, 5, 1, 5)
            + "2 0 -1 abc 1 -1 -1 1 5 -1 1 -1 -1 -1 0 -1 -1 -1\n";
    assertThatThrownBy(() -> Traces.parse(text, 0))
        .isInstanceOf(TraceFormatException.class)
        .hasMessage("test.swf:3: field 4 is not a number: 'abc'");
  }

  @Test
  void reportsTooFewFields() {
    assertThatThrownBy(() -> Traces.parse("1 2 3\n", 4))
        .hasMessageStartingWith("test.swf:1: expected 18 fields");
  }

  @Test
  void rejectsTraceWithoutMachineSize() {
    assertThatThrownBy(() -> Traces.parse(Traces.line(1, 0, 5, 1, 5), 0))
        .hasMessageContaining("--procs");
  }
}
