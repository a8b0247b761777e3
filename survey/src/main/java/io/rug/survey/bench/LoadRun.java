package io.rug.survey.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** {@code clients} submitters against one form for a bounded time and number of submissions. */
final class LoadRun {

  /**
   * What the run saw: every acknowledged submission (warm-up included: all are verified), those
   * sent in the measured window, latency of the measured window, and attempts that got no success.
   */
  record Outcome(
      List<Ack> acks,
      long measuredAcks,
      Histogram latencyMicros,
      Histogram formMicros,
      long failures,
      long retries,
      Duration elapsed) {
    /** Acknowledged submissions per second of the measured window. */
    double throughput() {
      return measuredAcks / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    long warmupAcks() {
      return acks.size() - measuredAcks;
    }
  }

  static final Duration REPORT_EVERY = Duration.ofSeconds(5);
  private final URI base;
  private final String formPath;
  private final int clients;
  private final long thinkMillis;

  LoadRun(URI base, String formPath, int clients, long thinkMillis) {
    this.base = base;
    this.formPath = formPath;
    this.clients = clients;
    this.thinkMillis = thinkMillis;
  }

  /**
   * Loads for {@code warmup}, then measures for {@code duration} (or until {@code maxSubmissions}
   * were attempted); {@code measuring} runs when the measured window opens, {@code midway} (if not
   * null) halfway through it. Requests sent during the warm-up (while the server's JIT compiler is
   * still at work) are left out of the latency and throughput figures, but not out of the
   * stored-exactly-once check.
   */
  Outcome run(
      Duration warmup, Duration duration, long maxSubmissions, Runnable measuring, Runnable midway)
      throws InterruptedException {
    long measureFrom = System.nanoTime() + warmup.toNanos();
    long deadline = measureFrom + duration.toNanos();
    AtomicLong budget = new AtomicLong(maxSubmissions);
    List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    List<Submitter> submitters = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    Recorder timeline = new Recorder(60_000_000L, 2);
    for (int i = 0; i < clients; i++) {
      Submitter s =
          new Submitter(
              new Http1Connection(base),
              formPath,
              "c" + i,
              measureFrom,
              deadline,
              budget,
              acks,
              thinkMillis,
              timeline);
      submitters.add(s);
      Thread t = new Thread(s, "submitter-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    Runnable[] events = {measuring, midway};
    long[] at = {measureFrom, measureFrom + duration.toNanos() / 2};
    int next = 0;
    long start = System.nanoTime();
    long lastReport = start;
    long report = start + REPORT_EVERY.toNanos();
    while (threads.stream().anyMatch(Thread::isAlive)) {
      long due = Math.min(report, next < at.length ? at[next] : Long.MAX_VALUE);
      sleepUntil(Math.min(due, System.nanoTime() + 200_000_000L)); // and check for the end
      while (next < at.length && System.nanoTime() >= at[next]) {
        if (events[next] != null) {
          events[next].run(); // a restart may take seconds
        }
        next++;
      }
      long now = System.nanoTime();
      if (now >= report) {
        printInterval(
            now - start,
            now - lastReport,
            timeline.getIntervalHistogram(),
            now <= measureFrom + 100_000_000L);
        lastReport = now;
        while (report <= now) {
          report += REPORT_EVERY.toNanos();
        }
      }
    }
    for (Thread t : threads) {
      t.join();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - measureFrom);
    Histogram all = new Histogram(60_000_000L, 3);
    Histogram forms = new Histogram(60_000_000L, 3);
    long failures = 0;
    long retries = 0;
    long measured = 0;
    for (Submitter s : submitters) {
      measured += s.measuredAcks();
      all.add(s.latencyMicros());
      forms.add(s.formMicros());
      failures += s.failures();
      retries += s.retries();
    }
    return new Outcome(List.copyOf(acks), measured, all, forms, failures, retries, elapsed);
  }

  /**
   * One line of the timeline on stderr: acknowledged submits per second and their latency over the
   * last interval, so a warm-up that lasts into the measured window, or a slowdown as the database
   * grows, can be seen.
   */
  private void printInterval(
      long sinceStartNanos, long intervalNanos, Histogram h, boolean warmup) {
    double seconds = Math.max(1e-9, intervalNanos / 1e9);
    System.err.printf(
        Locale.ROOT,
        "rug bench survey: %4d s%s %7.0f/s  submit p50 %6.1f  p99 %6.1f  max %6.1f ms%n",
        Math.round(sinceStartNanos / 1e9),
        warmup ? " (warm-up)" : "          ",
        h.getTotalCount() / seconds,
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }
}
