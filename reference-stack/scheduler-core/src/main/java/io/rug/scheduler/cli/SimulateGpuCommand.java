package io.rug.scheduler.cli;

import io.rug.scheduler.sim.gpu.GpuResult;
import io.rug.scheduler.sim.gpu.GpuSimulator;
import io.rug.scheduler.sim.gpu.GpuWorkload;
import io.rug.scheduler.sim.gpu.OpenbCsv;
import io.rug.scheduler.sim.swf.TraceFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug simulate gpu}: online GPU placement of an openb pod list on its node list. */
@Command(
    name = "gpu",
    mixinStandardHelpOptions = true,
    description = {
      "Replays an Alibaba openb pod list on a node list: pods arrive in creation_time order until",
      "the arrived GPU demand reaches --load x capacity; nothing departs; pods that do not fit",
      "are dropped. Policies: first-fit, best-fit, default (fragmentation-aware)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage or input error (malformed CSV line: file:line: message)"})
public final class SimulateGpuCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--nodes",
      required = true,
      paramLabel = "NODES.csv",
      description = "node list CSV")
  Path nodes;

  @Option(names = "--pods", required = true, paramLabel = "PODS.csv", description = "pod list CSV")
  Path pods;

  @Option(
      names = "--policy",
      defaultValue = "default",
      description = "first-fit|best-fit|default (default: ${DEFAULT-VALUE})")
  String policy;

  @Option(
      names = "--load",
      defaultValue = "1.3",
      description = "arrived GPU demand / capacity to stop at (default: ${DEFAULT-VALUE})")
  double load;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    for (Path f : new Path[] {nodes, pods}) {
      if (!Files.isRegularFile(f)) {
        err.println("rug simulate gpu: error: no such file: " + f);
        return 2;
      }
    }
    GpuResult r;
    try {
      GpuSimulator.scoring(policy);
      if (!(load > 0)) throw new IllegalArgumentException("--load must be > 0");
      OpenbCsv csv = new OpenbCsv();
      r = new GpuSimulator().run(new GpuWorkload(csv.nodes(nodes), csv.pods(pods)), policy, load);
    } catch (TraceFormatException e) {
      err.println(e.getMessage()); // file:line: message
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("rug simulate gpu: error: " + e.getMessage());
      return 2;
    }
    if (json) {
      out.println(r.toJson());
    } else {
      out.printf(
          Locale.ROOT,
          "%d nodes, %d GPUs, policy %s, load %.2f%n",
          r.nodes(),
          r.gpus(),
          r.policy(),
          load);
      out.printf(
          Locale.ROOT,
          "pods arrived %d, scheduled %d, failed %d (GPU pods %d, fragmentation %d)%n",
          r.podsArrived(),
          r.podsScheduled(),
          r.podsFailed(),
          r.gpuPodsFailed(),
          r.fragmentationFailures());
      out.printf(
          Locale.ROOT,
          "GPU allocation ratio %.4f (unallocated %.4f), arrived demand %.4f%n",
          r.gpuAllocationRatio(),
          1 - r.gpuAllocationRatio(),
          r.arrivedGpuDemandRatio());
    }
    return 0;
  }
}
