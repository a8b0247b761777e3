package io.rug.survey.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * One simulated respondent: loads the form, fills it in, posts it, and records the post's latency.
 * When the server is down (killed), it resends the same form, as a person pressing reload would;
 * idempotency must turn that into one stored submission.
 */
final class Submitter implements Runnable {
  private final HttpClient http;
  private final URI form;
  private final String name;
  private final long deadlineNanos;
  private final AtomicLong budget;
  private final List<Ack> acks;
  private final long thinkMillis;
  private final Histogram latencyMicros = new Histogram(60_000_000L, 3);
  private final Histogram formMicros = new Histogram(60_000_000L, 3);
  private long failures;
  private long retries;
  private String cookie = "";

  Submitter(
      HttpClient http,
      URI form,
      String name,
      long deadlineNanos,
      AtomicLong budget,
      List<Ack> acks,
      long thinkMillis) {
    this.http = http;
    this.form = form;
    this.name = name;
    this.deadlineNanos = deadlineNanos;
    this.budget = budget;
    this.acks = acks;
    this.thinkMillis = thinkMillis;
  }

  @Override
  public void run() {
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
          int status = post(body);
          if (status == 200) {
            acks.add(new Ack(page.idempotencyKey(), marker));
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

  private FormPage load() throws IOException, InterruptedException {
    HttpRequest.Builder get = HttpRequest.newBuilder(form).timeout(Duration.ofSeconds(30));
    if (!cookie.isEmpty()) {
      get.header("Cookie", cookie);
    }
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
    formMicros.recordValue(
        Math.min((System.nanoTime() - start) / 1000, formMicros.getHighestTrackableValue()));
    r.headers()
        .firstValue("Set-Cookie")
        .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
    if (r.statusCode() != 200) {
      throw new FormStatusException(r.statusCode());
    }
    return FormPage.parse(r.body());
  }

  /** The status of the post, or -1 when the server could not be reached. */
  private int post(String body) throws InterruptedException {
    long start = System.nanoTime();
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(form)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() == 200) {
        latencyMicros.recordValue(
            Math.min((System.nanoTime() - start) / 1000, latencyMicros.getHighestTrackableValue()));
      }
      return r.statusCode();
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
}
