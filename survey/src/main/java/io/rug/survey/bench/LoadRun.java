package io.rug.survey.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/** {@code clients} submitters against one form for a bounded time and number of submissions. */
final class LoadRun {

  /** What the run saw: acknowledged submissions, latency, and attempts that got no success. */
  record Outcome(
      List<Ack> acks,
      Histogram latencyMicros,
      Histogram formMicros,
      long failures,
      long retries,
      Duration elapsed) {
    double throughput() {
      return acks.size() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
  }

  private final HttpClient http;
  private final URI form;
  private final int clients;
  private final long thinkMillis;

  LoadRun(HttpClient http, URI form, int clients, long thinkMillis) {
    this.http = http;
    this.form = form;
    this.clients = clients;
    this.thinkMillis = thinkMillis;
  }

  /** Runs until {@code duration} has passed or {@code maxSubmissions} were attempted. */
  Outcome run(Duration duration, long maxSubmissions, Runnable midway) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    AtomicLong budget = new AtomicLong(maxSubmissions);
    List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    List<Submitter> submitters = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Submitter s = new Submitter(http, form, "c" + i, deadline, budget, acks, thinkMillis);
      submitters.add(s);
      Thread t = new Thread(s, "submitter-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    if (midway != null) {
      Thread.sleep(duration.toMillis() / 2);
      midway.run();
    }
    for (Thread t : threads) {
      t.join();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Histogram all = new Histogram(60_000_000L, 3);
    Histogram forms = new Histogram(60_000_000L, 3);
    long failures = 0;
    long retries = 0;
    for (Submitter s : submitters) {
      all.add(s.latencyMicros());
      forms.add(s.formMicros());
      failures += s.failures();
      retries += s.retries();
    }
    return new Outcome(List.copyOf(acks), all, forms, failures, retries, elapsed);
  }
}
