package io.rug.survey.bench;

import java.util.Locale;

/** The benchmark's figures, as aligned text or as one JSON object. */
final class BenchReport {

  private BenchReport() {}

  static void print(
      LoadRun.Outcome o,
      StoredCheck.Result c,
      CpuUse cpu,
      int clients,
      int warmupSeconds,
      boolean kill,
      boolean json) {
    double serverCpu = CpuUse.perSubmission(cpu.server(), o.measuredAcks());
    double clientCpu = CpuUse.perSubmission(cpu.client(), o.measuredAcks());
    double p50 = o.latencyMicros().getValueAtPercentile(50) / 1000.0;
    double p99 = o.latencyMicros().getValueAtPercentile(99) / 1000.0;
    double max = o.latencyMicros().getMaxValue() / 1000.0;
    double f50 = o.formMicros().getValueAtPercentile(50) / 1000.0;
    double f99 = o.formMicros().getValueAtPercentile(99) / 1000.0;
    if (json) {
      System.out.printf(
          Locale.ROOT,
          "{\"clients\": %d, \"warmupSeconds\": %d, \"seconds\": %.1f, \"kill\": %b,"
              + " \"acknowledged\": %d, \"warmupAcknowledged\": %d, \"throughputPerSecond\": %.1f,"
              + " \"p50Millis\": %.2f, \"p99Millis\": %.2f, \"maxMillis\": %.2f,"
              + " \"formP50Millis\": %.2f, \"formP99Millis\": %.2f, \"failedAttempts\": %d,"
              + " \"retriesWhileDown\": %d, \"serverCpuMillisPerSubmission\": %.3f,"
              + " \"clientCpuMillisPerSubmission\": %.3f,"
              + " \"stored\": %d, \"lost\": %d, \"duplicated\": %d}%n",
          clients,
          warmupSeconds,
          o.elapsed().toMillis() / 1000.0,
          kill,
          o.measuredAcks(),
          o.warmupAcks(),
          o.throughput(),
          p50,
          p99,
          max,
          f50,
          f99,
          o.failures(),
          o.retries(),
          serverCpu,
          clientCpu,
          c.stored(),
          c.lost(),
          c.duplicated());
      return;
    }
    System.out.printf(Locale.ROOT, "clients            %d%n", clients);
    System.out.printf(
        Locale.ROOT,
        "warm-up            %d s, excluded from the figures below (%d submissions, verified with"
            + " the rest)%n",
        warmupSeconds,
        o.warmupAcks());
    System.out.printf(
        Locale.ROOT,
        "measured           %.1f s%s%n",
        o.elapsed().toMillis() / 1000.0,
        kill ? " (server killed with SIGKILL halfway)" : "");
    System.out.printf(Locale.ROOT, "acknowledged       %d submissions%n", o.measuredAcks());
    System.out.printf(Locale.ROOT, "throughput         %.1f submissions/s%n", o.throughput());
    System.out.printf(
        Locale.ROOT, "submit latency     p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", p50, p99, max);
    System.out.printf(Locale.ROOT, "form load latency  p50 %.2f ms, p99 %.2f ms%n", f50, f99);
    System.out.printf(
        Locale.ROOT,
        "refused (HTTP)     %d; attempts while the server was unreachable: %d%n",
        o.failures(),
        o.retries());
    System.out.printf(
        Locale.ROOT,
        "CPU per submission server %.2f ms, load generator %.2f ms (%.0f s and %.0f s in all)%n",
        serverCpu,
        clientCpu,
        cpu.server().toMillis() / 1000.0,
        cpu.client().toMillis() / 1000.0);
    System.out.printf(
        Locale.ROOT,
        "stored             %d rows from this run (warm-up and measured: %d acknowledged)%n",
        c.stored(),
        o.acks().size());
    System.out.printf(Locale.ROOT, "lost               %d%n", c.lost());
    System.out.printf(Locale.ROOT, "duplicated         %d%n", c.duplicated());
  }
}
