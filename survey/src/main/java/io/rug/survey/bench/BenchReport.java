package io.rug.survey.bench;

import java.util.Locale;

/** The benchmark's figures, as aligned text or as one JSON object. */
final class BenchReport {

  private BenchReport() {}

  static void print(
      LoadRun.Outcome o, StoredCheck.Result c, int clients, boolean kill, boolean json) {
    double p50 = o.latencyMicros().getValueAtPercentile(50) / 1000.0;
    double p99 = o.latencyMicros().getValueAtPercentile(99) / 1000.0;
    double max = o.latencyMicros().getMaxValue() / 1000.0;
    double f50 = o.formMicros().getValueAtPercentile(50) / 1000.0;
    double f99 = o.formMicros().getValueAtPercentile(99) / 1000.0;
    if (json) {
      System.out.printf(
          Locale.ROOT,
          "{\"clients\": %d, \"seconds\": %.1f, \"kill\": %b, \"acknowledged\": %d, \"throughputPerSecond\": %.1f,"
              + " \"p50Millis\": %.2f, \"p99Millis\": %.2f, \"maxMillis\": %.2f,"
              + " \"formP50Millis\": %.2f, \"formP99Millis\": %.2f, \"failedAttempts\": %d,"
              + " \"retriesWhileDown\": %d, \"stored\": %d, \"lost\": %d, \"duplicated\": %d}%n",
          clients,
          o.elapsed().toMillis() / 1000.0,
          kill,
          o.acks().size(),
          o.throughput(),
          p50,
          p99,
          max,
          f50,
          f99,
          o.failures(),
          o.retries(),
          c.stored(),
          c.lost(),
          c.duplicated());
      return;
    }
    System.out.printf(Locale.ROOT, "clients            %d%n", clients);
    System.out.printf(
        Locale.ROOT,
        "duration           %.1f s%s%n",
        o.elapsed().toMillis() / 1000.0,
        kill ? " (server killed with SIGKILL halfway)" : "");
    System.out.printf(Locale.ROOT, "acknowledged       %d submissions%n", o.acks().size());
    System.out.printf(Locale.ROOT, "throughput         %.1f submissions/s%n", o.throughput());
    System.out.printf(
        Locale.ROOT, "submit latency     p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", p50, p99, max);
    System.out.printf(Locale.ROOT, "form load latency  p50 %.2f ms, p99 %.2f ms%n", f50, f99);
    System.out.printf(
        Locale.ROOT,
        "refused (HTTP)     %d; attempts while the server was unreachable: %d%n",
        o.failures(),
        o.retries());
    System.out.printf(Locale.ROOT, "stored             %d rows from this run%n", c.stored());
    System.out.printf(Locale.ROOT, "lost               %d%n", c.lost());
    System.out.printf(Locale.ROOT, "duplicated         %d%n", c.duplicated());
  }
}
