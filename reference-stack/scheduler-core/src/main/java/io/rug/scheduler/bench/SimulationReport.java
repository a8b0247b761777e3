package io.rug.scheduler.bench;

import io.rug.scheduler.core.Pod;
import io.rug.scheduler.sim.gpu.GpuResult;
import io.rug.scheduler.sim.gpu.GpuSimulator;
import io.rug.scheduler.sim.gpu.GpuWorkload;
import io.rug.scheduler.sim.swf.BatchPolicy;
import io.rug.scheduler.sim.swf.SwfResult;
import io.rug.scheduler.sim.swf.SwfSimulator;
import io.rug.scheduler.sim.swf.SwfTrace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results tables for the book: every SWF policy on a trace, the default policy against EASY on
 * derived traces (load, shuffles, inaccurate estimates, machine sizes, synthetic workloads), and
 * the GPU policies on an openb pod list and resampled/shuffled variants of it.
 */
public final class SimulationReport {
  private final PrintWriter progress;

  public SimulationReport(PrintWriter progress) {
    this.progress = progress;
  }

  public static List<SwfTrace> variants(SwfTrace base) {
    List<SwfTrace> t = new ArrayList<>();
    t.add(base);
    for (double f : new double[] {0.7, 0.85, 1.2, 1.5, 2.0, 3.0})
      t.add(SwfVariants.scaleArrivals(base, f));
    t.add(SwfVariants.shuffleJobs(base, 1));
    t.add(SwfVariants.shuffleJobs(base, 7));
    t.add(SwfVariants.inflateEstimates(base, 5, 2));
    t.add(SwfVariants.inflateEstimates(SwfVariants.scaleArrivals(base, 1.3), 10, 5));
    t.add(SwfVariants.machine(base, base.procs() / 2));
    t.add(SwfVariants.machine(base, base.procs() * 2));
    t.add(SwfVariants.synthetic(10000, 128, 7000, 3));
    t.add(SwfVariants.synthetic(10000, 128, 8000, 5));
    t.add(SwfVariants.synthetic(10000, 256, 5000, 6));
    t.add(SwfVariants.synthetic(10000, 256, 4000, 4));
    t.add(SwfVariants.synthetic(10000, 64, 16000, 11));
    t.add(SwfVariants.synthetic(10000, 512, 2500, 12));
    return t;
  }

  public String swf(SwfTrace base) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(base.name()).append(": all policies\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d jobs on %d processors (%d skipped).%n%n",
            base.jobs().size(),
            base.procs(),
            base.skipped()));
    md.append(
        "| policy | mean wait (s) | max wait (s) | mean bounded slowdown | max bounded slowdown | utilization | makespan (s) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String p : List.of("fcfs", "easy", "conservative", "default")) {
      long t0 = System.nanoTime();
      SwfResult r = new SwfSimulator().run(base, BatchPolicy.named(p)).result();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      progress.println("  " + base.name() + " " + p + " simulated in " + ms + " ms");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %d | %.2f | %.1f | %.4f | %d |%n",
              p,
              r.meanWaitSeconds(),
              r.maxWaitSeconds(),
              r.meanBoundedSlowdown(),
              r.maxBoundedSlowdown(),
              r.utilization(),
              r.makespanSeconds()));
    }
    md.append("\n### default against EASY on derived traces\n\n");
    md.append(
            "Targets: where EASY's mean bounded slowdown (BSLD) is ≥ 10, default's ≤ 0.8 × EASY's; elsewhere no worse; ")
        .append("max wait ≤ 1.5 × EASY's everywhere.\n\n");
    md.append(
        "| trace | procs | jobs | EASY BSLD | default BSLD | ratio | EASY max wait (s) | default max wait (s) | ratio | targets |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (SwfTrace t : variants(base)) {
      SwfResult e = new SwfSimulator().run(t, BatchPolicy.named("easy")).result();
      SwfResult d = new SwfSimulator().run(t, BatchPolicy.named("default")).result();
      double b = d.meanBoundedSlowdown() / e.meanBoundedSlowdown();
      double w =
          e.maxWaitSeconds() == 0
              ? (d.maxWaitSeconds() == 0 ? 1 : Double.POSITIVE_INFINITY)
              : (double) d.maxWaitSeconds() / e.maxWaitSeconds();
      boolean ok = (e.meanBoundedSlowdown() >= 10 ? b <= 0.8 : b <= 1.0) && w <= 1.5;
      progress.println("  " + t.name() + String.format(Locale.ROOT, " bsld %.2f wait %.2f", b, w));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.2f | %.2f | %.2f | %d | %d | %.2f | %s |%n",
              t.name(),
              t.procs(),
              t.jobs().size(),
              e.meanBoundedSlowdown(),
              d.meanBoundedSlowdown(),
              b,
              e.maxWaitSeconds(),
              d.maxWaitSeconds(),
              w,
              ok ? "met" : "**missed**"));
    }
    return md.toString();
  }

  public String gpu(GpuWorkload base, String name, double load) {
    Map<String, List<Pod>> variants = OpenbVariants.of(name, base.pods());
    List<String> names = new ArrayList<>(variants.keySet());
    List<List<Pod>> lists = new ArrayList<>(variants.values());
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "### GPU placement, load %.2f%n%n", load));
    md.append(
        "Target: default's unallocated GPU share ≤ 0.87 × that of the better of first-fit and best-fit.\n\n");
    md.append(
        "| pod list | first-fit alloc | best-fit alloc | default alloc | default frag. failures | unallocated ratio | target |\n");
    md.append("|---|---:|---:|---:|---:|---:|---|\n");
    GpuSimulator sim = new GpuSimulator();
    for (int i = 0; i < lists.size(); i++) {
      GpuWorkload w = new GpuWorkload(base.nodes(), lists.get(i));
      GpuResult ff = sim.run(w, "first-fit", load),
          bf = sim.run(w, "best-fit", load),
          d = sim.run(w, "default", load);
      double baseline = Math.min(1 - ff.gpuAllocationRatio(), 1 - bf.gpuAllocationRatio());
      double ratio = (1 - d.gpuAllocationRatio()) / baseline;
      progress.println("  " + names.get(i) + String.format(Locale.ROOT, " ratio %.3f", ratio));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.4f | %.4f | %.4f | %d | %.3f | %s |%n",
              names.get(i),
              ff.gpuAllocationRatio(),
              bf.gpuAllocationRatio(),
              d.gpuAllocationRatio(),
              d.fragmentationFailures(),
              ratio,
              ratio <= 0.87 ? "met" : "**missed**"));
    }
    return md.toString();
  }
}
