package io.rug.survey.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One simulated respondent: loads the form, fills it in, posts it, and records the post's latency.
 * When the server is down (killed), it resends the same form, as a person pressing reload would;
 * idempotency must turn that into one stored submission.
 */
final class Submitter implements Runnable {
  private final Http1Connection http;
  private final String path;
  private final String name;
  private final long measureFromNanos;
  private final long deadlineNanos;
  private final AtomicLong budget;
  private final List<Ack> acks;
  private final long thinkMillis;
  private final Recorder timeline;
  private final Histogram latencyMicros = new Histogram(60_000_000L, 3);
  private final Histogram formMicros = new Histogram(60_000_000L, 3);
  private long failures;
  private long retries;
  private long measuredAcks;
  private String cookie = "";
  private FormPage lastPage;

  Submitter(
      Http1Connection http,
      String path,
      String name,
      long measureFromNanos,
      long deadlineNanos,
      AtomicLong budget,
      List<Ack> acks,
      long thinkMillis,
      Recorder timeline) {
    this.http = http;
    this.path = path;
    this.name = name;
    this.measureFromNanos = measureFromNanos;
    this.deadlineNanos = deadlineNanos;
    this.budget = budget;
    this.acks = acks;
    this.thinkMillis = thinkMillis;
    this.timeline = timeline;
  }

  @Override
  public void run() {
    try (http) {
      loop();
    }
  }

  private void loop() {
    int n = 0;
    while (System.nanoTime() < deadlineNanos && budget.getAndDecrement() > 0) {
      try {
        FormPage page = load();
        if (thinkMillis > 0) {
          Thread.sleep(thinkMillis); // the respondent fills in the form
        }
        String marker = "bench " + name + "-" + n++;
        String body = page.body(marker);
        while (System.nanoTime() < deadlineNanos + Duration.ofSeconds(60).toNanos()) {
          long sent = System.nanoTime();
          int status = post(body);
          if (status == 200) {
            acks.add(new Ack(page.idempotencyKey(), marker));
            if (sent >= measureFromNanos) {
              measuredAcks++;
            }
            break;
          }
          if (status != -1) {
            if (failures++ < 3) {
              System.err.printf("rug bench survey: %s: submit answered HTTP %d%n", name, status);
            }
            break;
          }
          retries++; // connection refused or reset: the server is restarting
          Thread.sleep(50);
        }
      } catch (FormStatusException e) {
        if (failures++ < 3) {
          System.err.printf("rug bench survey: %s: %s%n", name, e.getMessage());
        }
        pause();
      } catch (IOException e) {
        retries++; // the form could not be loaded: the server is down or restarting
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private FormPage load() throws IOException {
    long start = System.nanoTime();
    Http1Connection.Response r = http.get(path, cookie);
    if (start >= measureFromNanos) {
      formMicros.recordValue(
          Math.min((System.nanoTime() - start) / 1000, formMicros.getHighestTrackableValue()));
    }
    if (!r.cookie().isEmpty()) {
      cookie = r.cookie();
    }
    if (r.status() != 200) {
      throw new FormStatusException(r.status());
    }
    lastPage = lastPage == null ? FormPage.parse(r.body()) : lastPage.next(r.body());
    return lastPage;
  }

  /** The status of the post, or -1 when the server could not be reached. */
  private int post(String body) {
    long start = System.nanoTime();
    try {
      int status = http.postForm(path, cookie, body).status();
      if (status == 200) {
        long micros =
            Math.min((System.nanoTime() - start) / 1000, latencyMicros.getHighestTrackableValue());
        timeline.recordValue(micros);
        if (start >= measureFromNanos) {
          latencyMicros.recordValue(micros);
        }
      }
      return status;
    } catch (IOException e) {
      return -1;
    }
  }

  private void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The form page answered with an error status (the server is up but refused). */
  private static final class FormStatusException extends IOException {
    FormStatusException(int status) {
      super("form answered " + status);
    }
  }

  Histogram formMicros() {
    return formMicros;
  }

  Histogram latencyMicros() {
    return latencyMicros;
  }

  long failures() {
    return failures;
  }

  long retries() {
    return retries;
  }

  /** Acknowledged submissions sent in the measured window (after the warm-up). */
  long measuredAcks() {
    return measuredAcks;
  }
}
