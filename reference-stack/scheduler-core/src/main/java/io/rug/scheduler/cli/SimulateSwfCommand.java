package io.rug.scheduler.cli;

import io.rug.scheduler.bench.SwfVariants;
import io.rug.scheduler.sim.swf.BatchPolicy;
import io.rug.scheduler.sim.swf.SwfParser;
import io.rug.scheduler.sim.swf.SwfPlot;
import io.rug.scheduler.sim.swf.SwfResult;
import io.rug.scheduler.sim.swf.SwfSchedule;
import io.rug.scheduler.sim.swf.SwfSimulator;
import io.rug.scheduler.sim.swf.SwfTrace;
import io.rug.scheduler.sim.swf.TraceFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug simulate swf}: a batch trace (Standard Workload Format) on one processor pool. */
@Command(
    name = "swf",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a Standard Workload Format trace under a batch policy.",
      "Policies: fcfs (no backfill), easy (Lifka's EASY backfilling), conservative (every",
      "waiting job reserved), default (expansion-factor order, backfilling, starvation guard)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage or input error (malformed line: file:line: message)"})
public final class SimulateSwfCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--trace",
      required = true,
      paramLabel = "FILE.swf",
      description = "SWF trace file")
  Path trace;

  @Option(
      names = "--policy",
      defaultValue = "default",
      description = "fcfs|easy|conservative|default (default: ${DEFAULT-VALUE})")
  String policy;

  @Option(
      names = "--procs",
      defaultValue = "0",
      description = "machine size (default: header MaxProcs, else MaxNodes)")
  int procs;

  @Option(
      names = "--arrivals",
      defaultValue = "1",
      paramLabel = "FACTOR",
      description = {
        "multiply the time between submissions by FACTOR: below 1 more load, above 1 less",
        "(as the derived traces of `rug bench scheduler-sim` do; default: ${DEFAULT-VALUE})"
      })
  double arrivals;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(
      names = "--plot",
      paramLabel = "FILE.svg",
      description = "write utilization and queue length over time (SVG)")
  Path plot;

  @Option(
      names = "--schedule",
      paramLabel = "FILE.swf",
      description = {
        "write the simulated schedule as an SWF trace: field 3 is each job's simulated wait"
      })
  Path schedule;

  @Option(
      names = "--compare",
      split = ",",
      paramLabel = "POLICY",
      description = "also draw these policies in the plot (e.g. easy)")
  List<String> compare = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(trace)) {
      err.println("rug simulate swf: error: no such trace file: " + trace);
      return 2;
    }
    SwfTrace t;
    BatchPolicy p;
    try {
      if (procs < 0) throw new IllegalArgumentException("--procs must be positive, is " + procs);
      for (Path file : new Path[] {plot, schedule})
        if (file != null && Files.isDirectory(file))
          throw new IllegalArgumentException(file + " is a directory; give a file name");
      if (!(arrivals > 0 && Double.isFinite(arrivals)))
        throw new IllegalArgumentException("--arrivals must be a positive number, is " + arrivals);
      p = BatchPolicy.named(policy);
      compare.forEach(BatchPolicy::named);
      t = new SwfParser().parse(trace, procs);
      if (arrivals != 1) t = SwfVariants.scaleArrivals(t, arrivals);
    } catch (TraceFormatException e) {
      err.println(e.getMessage()); // file:line: message
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("rug simulate swf: error: " + e.getMessage());
      return 2;
    }
    long t0 = System.nanoTime();
    SwfSimulator.Outcome outcome = new SwfSimulator().run(t, p);
    SwfResult r = outcome.result();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (json) {
      out.println(r.toJson());
    } else {
      out.printf(
          Locale.ROOT,
          "trace %s, %d processors, %d jobs (%d skipped), policy %s%n",
          r.trace(),
          r.procs(),
          r.jobs(),
          t.skipped(),
          r.policy());
      out.printf(
          Locale.ROOT,
          "mean wait %.0f s, max wait %d s%n",
          r.meanWaitSeconds(),
          r.maxWaitSeconds());
      out.printf(
          Locale.ROOT,
          "mean bounded slowdown %.2f, max %.1f%n",
          r.meanBoundedSlowdown(),
          r.maxBoundedSlowdown());
      out.printf(
          Locale.ROOT,
          "utilization %.4f, makespan %d s (simulated in %d ms)%n",
          r.utilization(),
          r.makespanSeconds(),
          ms);
    }
    if (schedule != null) {
      AtomicFiles.write(schedule, SwfSchedule.render(t, p.name(), outcome.start()));
      err.println("wrote " + schedule);
    }
    if (plot != null) {
      List<SwfResult> all = new ArrayList<>();
      for (String c : compare)
        if (!c.equals(policy)) all.add(new SwfSimulator().run(t, BatchPolicy.named(c)).result());
      all.add(r);
      AtomicFiles.write(plot, new SwfPlot().render(all));
      err.println("wrote " + plot);
    }
    return 0;
  }
}
