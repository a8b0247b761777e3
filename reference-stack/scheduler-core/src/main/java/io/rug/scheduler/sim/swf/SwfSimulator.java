package io.rug.scheduler.sim.swf;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Event-driven replay of a trace on one pool of processors. At each event time: release finished
 * jobs, add arrivals, then ask the policy which waiting jobs start.
 */
public final class SwfSimulator {

  /** Per-job outcome: start time, in trace order. */
  public record Outcome(SwfResult result, long[] start) {}

  public Outcome run(SwfTrace trace, BatchPolicy policy) {
    List<SwfJob> jobs = trace.jobs();
    int n = jobs.size();
    long[] start = new long[n];
    java.util.Map<SwfJob, Integer> pos = new java.util.IdentityHashMap<>();
    for (int i = 0; i < n; i++) pos.put(jobs.get(i), i);
    PriorityQueue<BatchPolicy.Running> ends =
        new PriorityQueue<>(
            (a, b) -> {
              int c = Long.compare(a.start() + a.job().run(), b.start() + b.job().run());
              return c != 0 ? c : Long.compare(a.job().id(), b.job().id());
            });
    List<BatchPolicy.Running> running = new ArrayList<>(); // in start order
    List<BatchPolicy.Waiting> queue = new ArrayList<>();
    int[] queued = new int[64]; // the waiting jobs' places in the trace: ascending, like the queue
    List<SwfResult.Sample> samples = new ArrayList<>();
    int free = trace.procs();
    int next = 0;
    long t = n == 0 ? 0 : jobs.get(0).submit();
    while (next < n || !ends.isEmpty()) {
      while (!ends.isEmpty() && ends.peek().start() + ends.peek().job().run() <= t) {
        BatchPolicy.Running r = ends.poll();
        removeSame(running, r);
        free += r.job().procs();
        policy.finished(r.job(), r.start(), r.start() + r.job().run());
      }
      while (next < n && jobs.get(next).submit() <= t) {
        if (queued.length == queue.size())
          queued = java.util.Arrays.copyOf(queued, 2 * queued.length);
        queued[queue.size()] = next;
        queue.add(new BatchPolicy.Waiting(jobs.get(next++)));
      }
      if (!queue.isEmpty()) {
        // read-only views (the policy returns before they change): copying thousands of waiting
        // jobs at every event was a tenth of simulating a deep queue
        List<SwfJob> started =
            policy.select(
                t,
                free,
                java.util.Collections.unmodifiableList(running),
                java.util.Collections.unmodifiableList(queue));
        if (!started.isEmpty()) {
          java.util.Set<SwfJob> s =
              java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          for (SwfJob j : started) {
            if (j.procs() > free || !s.add(j))
              throw new IllegalStateException(policy.name() + " over-allocated at " + t);
            free -= j.procs();
            start[pos.get(j)] = t;
            BatchPolicy.Running r = new BatchPolicy.Running(j, t);
            running.add(r);
            ends.add(r);
          }
          removeStarted(queue, queued, started, pos);
        }
      }
      samples.add(new SwfResult.Sample(t, trace.procs() - free, queue.size()));
      long nt = Long.MAX_VALUE;
      if (next < n) nt = jobs.get(next).submit();
      if (!ends.isEmpty()) nt = Math.min(nt, ends.peek().start() + ends.peek().job().run());
      if (nt == Long.MAX_VALUE) break;
      t = nt;
    }
    if (!queue.isEmpty())
      throw new IllegalStateException(policy.name() + " left jobs waiting forever");
    return new Outcome(summarize(trace, policy.name(), start, samples), start);
  }

  /**
   * Takes the started jobs out of the queue: each is found by binary search on its place in the
   * trace (the queue keeps trace order) and removed, from the back. Checking every waiting job
   * against the started ones was a tenth of simulating a deep queue.
   */
  private static void removeStarted(
      List<BatchPolicy.Waiting> queue,
      int[] queued,
      List<SwfJob> started,
      java.util.Map<SwfJob, Integer> pos) {
    int size = queue.size();
    int[] at = new int[started.size()];
    for (int k = 0; k < at.length; k++) {
      SwfJob j = started.get(k);
      int i = java.util.Arrays.binarySearch(queued, 0, size, pos.get(j));
      if (i < 0 || queue.get(i).job() != j)
        throw new IllegalStateException("started a job that is not waiting: " + j.id());
      at[k] = i;
    }
    java.util.Arrays.sort(at);
    for (int k = at.length - 1; k >= 0; k--) { // from the back: the others keep their places
      queue.remove(at[k]);
      System.arraycopy(queued, at[k] + 1, queued, at[k], size - at[k] - 1);
      size--;
    }
  }

  /** Removes {@code r} itself (records compare by value, and slowly) from the list. */
  private static void removeSame(List<BatchPolicy.Running> running, BatchPolicy.Running r) {
    for (int i = running.size() - 1; i >= 0; i--) {
      if (running.get(i) == r) {
        running.remove(i);
        return;
      }
    }
    throw new IllegalStateException("ended job was not running: " + r.job().id());
  }

  static SwfResult summarize(
      SwfTrace trace, String policy, long[] start, List<SwfResult.Sample> samples) {
    List<SwfJob> jobs = trace.jobs();
    double sumWait = 0, sumBsld = 0, maxBsld = 0, work = 0;
    long maxWait = 0, lastEnd = Long.MIN_VALUE, firstSubmit = Long.MAX_VALUE;
    for (int i = 0; i < jobs.size(); i++) {
      SwfJob j = jobs.get(i);
      long wait = start[i] - j.submit();
      double bsld = Math.max(1.0, (double) (wait + j.run()) / Math.max(j.run(), 10));
      sumWait += wait;
      sumBsld += bsld;
      maxWait = Math.max(maxWait, wait);
      maxBsld = Math.max(maxBsld, bsld);
      work += (double) j.run() * j.procs();
      lastEnd = Math.max(lastEnd, start[i] + j.run());
      firstSubmit = Math.min(firstSubmit, j.submit());
    }
    int n = jobs.size();
    long span = n == 0 ? 0 : lastEnd - firstSubmit;
    double util = span <= 0 ? 0 : work / ((double) trace.procs() * span);
    return new SwfResult(
        trace.name(),
        policy,
        trace.procs(),
        n,
        n == 0 ? 0 : sumWait / n,
        maxWait,
        n == 0 ? 0 : sumBsld / n,
        maxBsld,
        util,
        span,
        samples);
  }
}
