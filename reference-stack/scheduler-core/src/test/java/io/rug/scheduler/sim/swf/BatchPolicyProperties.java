package io.rug.scheduler.sim.swf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BatchPolicyProperties {
  static final int PROCS = 16;

  @Provide
  Arbitrary<List<SwfJob>> traces() {
    Arbitrary<SwfJob> job =
        Combinators.combine(
                Arbitraries.longs().between(0, 500),
                Arbitraries.longs().between(1, 200),
                Arbitraries.integers().between(1, PROCS),
                Arbitraries.longs().between(0, 300))
            .as((submit, run, procs, slack) -> new SwfJob(0, submit, run, procs, run + slack));
    return job.list().ofMinSize(1).ofMaxSize(40).map(BatchPolicyProperties::numbered);
  }

  static List<SwfJob> numbered(List<SwfJob> jobs) {
    List<SwfJob> out = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      SwfJob j = jobs.get(i);
      out.add(new SwfJob(i + 1, j.submit(), j.run(), j.procs(), j.estimate()));
    }
    out.sort(java.util.Comparator.comparingLong(SwfJob::submit).thenComparingLong(SwfJob::id));
    return out;
  }

  @Property(tries = 150)
  void neverOverAllocatesAndNeverStartsBeforeSubmit(
      @ForAll("traces") List<SwfJob> jobs, @ForAll("policies") String policy) {
    SwfTrace t = new SwfTrace("p", PROCS, jobs, 0);
    long[] start = new SwfSimulator().run(t, BatchPolicy.named(policy)).start();
    for (int i = 0; i < jobs.size(); i++) {
      SwfJob j = jobs.get(i);
      assertThat(start[i]).isGreaterThanOrEqualTo(j.submit());
      long at = start[i];
      int busy = 0;
      for (int k = 0; k < jobs.size(); k++) {
        if (start[k] <= at && at < start[k] + jobs.get(k).run()) busy += jobs.get(k).procs();
      }
      assertThat(busy).as("busy processors at %d", at).isLessThanOrEqualTo(PROCS);
    }
  }

  @Property(tries = 100)
  void isDeterministic(@ForAll("traces") List<SwfJob> jobs, @ForAll("policies") String policy) {
    SwfTrace t = new SwfTrace("p", PROCS, jobs, 0);
    SwfSimulator sim = new SwfSimulator();
    assertThat(sim.run(t, BatchPolicy.named(policy)).start())
        .containsExactly(sim.run(t, BatchPolicy.named(policy)).start());
  }

  @Property(tries = 300)
  void easyNeverDelaysTheHeadsReservation(
      @ForAll("traces") List<SwfJob> queued, @ForAll("traces") List<SwfJob> runningJobs) {
    long now = 1000;
    List<BatchPolicy.Running> running = new ArrayList<>();
    int used = 0;
    for (SwfJob j : runningJobs) {
      if (used + j.procs() > PROCS) continue;
      used += j.procs();
      running.add(new BatchPolicy.Running(j, now - j.submit() % Math.max(1, j.estimate())));
    }
    int free = PROCS - used;
    List<BatchPolicy.Waiting> queue = queued.stream().map(BatchPolicy.Waiting::new).toList();
    List<SwfJob> started = new EasyPolicy().select(now, free, running, queue);
    // the first job that did not start is the blocked head; its shadow must not move later
    int i = 0;
    while (i < queue.size() && i < started.size() && started.get(i) == queue.get(i).job()) i++;
    if (i >= queue.size()) return;
    SwfJob head = queue.get(i).job();
    int freeAfterHeadRun = free;
    for (int k = 0; k < i; k++) freeAfterHeadRun -= queue.get(k).job().procs();
    List<BatchPolicy.Running> beforeBackfill =
        EasyPolicy.withStarted(now, running, started.subList(0, i));
    Shadow before = Shadow.of(now, freeAfterHeadRun, head.procs(), beforeBackfill);
    int freeAfter = free - started.stream().mapToInt(SwfJob::procs).sum();
    Shadow after =
        Shadow.of(now, freeAfter, head.procs(), EasyPolicy.withStarted(now, running, started));
    assertThat(started).doesNotContain(head);
    assertThat(after.time()).isLessThanOrEqualTo(before.time());
  }

  @Provide
  Arbitrary<String> policies() {
    return Arbitraries.of("fcfs", "easy", "conservative", "default");
  }
}
