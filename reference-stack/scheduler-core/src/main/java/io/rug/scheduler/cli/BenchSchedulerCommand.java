package io.rug.scheduler.cli;

import io.rug.scheduler.bench.SchedulerBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug bench scheduler}: throughput and cycle latency of the default policy. */
@Command(
    name = "scheduler",
    mixinStandardHelpOptions = true,
    description = {
      "Schedules synthetic pods on synthetic heterogeneous nodes with the default policy and",
      "prints podsPerSecond and cycle latency percentiles. Node mix: 55% CPU (64 cores, 256 GiB),",
      "15% large-memory (128 cores, 1 TiB), 20% 8 x A100 (96 cores, 1 TiB), 10% 4 x T4 (32 cores,",
      "192 GiB), racks of 40. With --gangs, times a cycle holding that many gangs of --gang-size",
      "pods on a cluster already running --pods pods."
    })
public final class BenchSchedulerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--nodes",
      defaultValue = "5000",
      description = "nodes (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(
      names = "--pods",
      defaultValue = "10000",
      description = "pods (default: ${DEFAULT-VALUE})")
  int pods;

  @Option(
      names = "--batch",
      defaultValue = "1000",
      description = "pending pods per cycle (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--gangs", defaultValue = "0", description = "gangs in the timed cycle")
  int gangs;

  @Option(
      names = "--gang-size",
      defaultValue = "500",
      description = "members per gang (default: ${DEFAULT-VALUE})")
  int gangSize;

  @Option(
      names = "--repeats",
      defaultValue = "20",
      description = "gang cycles to time (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (nodes <= 0 || pods < 0 || batch <= 0 || gangs < 0 || gangSize <= 0 || repeats <= 0) {
      spec.commandLine().getErr().println("rug bench scheduler: error: sizes must be positive");
      return 2;
    }
    SchedulerBenchmark b = new SchedulerBenchmark();
    spec.commandLine().getErr().println("warming up ...");
    b.throughput(Math.min(nodes, 1000), 2000, batch, seed + 7);
    SchedulerBenchmark.Figures f =
        gangs > 0
            ? b.gangCycle(nodes, pods, gangs, gangSize, repeats, seed)
            : b.throughput(nodes, pods, batch, seed);
    String mode = gangs > 0 ? "gangs" : "throughput";
    if (json) {
      out.println(
          String.format(
              Locale.ROOT,
              "{\"mode\":\"%s\",\"nodes\":%d,\"pods\":%d,\"bound\":%d,\"cycles\":%d,\"podsPerSecond\":%.1f,"
                  + "\"cycleMillisP50\":%.2f,\"cycleMillisP90\":%.2f,\"cycleMillisP99\":%.2f,\"cycleMillisMax\":%.2f,"
                  + "\"heapUsedMiB\":%d}",
              mode,
              f.nodes(),
              f.pods(),
              f.bound(),
              f.cycles(),
              f.podsPerSecond(),
              f.cycleMillisP50(),
              f.cycleMillisP90(),
              f.cycleMillisP99(),
              f.cycleMillisMax(),
              f.heapUsedMiB()));
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %d nodes, %d pods pending in the timed cycles, %d bound, %d cycles%n",
          mode,
          f.nodes(),
          f.pods(),
          f.bound(),
          f.cycles());
      out.printf(Locale.ROOT, "podsPerSecond %.1f%n", f.podsPerSecond());
      out.printf(
          Locale.ROOT,
          "cycleMillis p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
          f.cycleMillisP50(),
          f.cycleMillisP90(),
          f.cycleMillisP99(),
          f.cycleMillisMax());
      out.printf(Locale.ROOT, "heap used %d MiB%n", f.heapUsedMiB());
    }
    return 0;
  }
}
