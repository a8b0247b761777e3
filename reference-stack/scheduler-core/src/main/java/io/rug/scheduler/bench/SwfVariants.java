package io.rug.scheduler.bench;

import io.rug.scheduler.sim.swf.SwfJob;
import io.rug.scheduler.sim.swf.SwfTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Derived traces for robustness checks of batch policies: load scaling, attribute shuffles,
 * inaccurate estimates, other machine sizes and a synthetic workload of a different shape. Seeded
 * and deterministic.
 */
public final class SwfVariants {

  /** Inter-arrival times multiplied by {@code factor} (< 1 = more load); users kept. */
  public static SwfTrace scaleArrivals(SwfTrace t, double factor) {
    List<SwfJob> out = new ArrayList<>();
    long first = t.jobs().isEmpty() ? 0 : t.jobs().get(0).submit();
    for (SwfJob j : t.jobs()) {
      long s = first + Math.round((j.submit() - first) * factor);
      out.add(new SwfJob(j.id(), s, j.run(), j.procs(), j.estimate(), j.user()));
    }
    return new SwfTrace(t.name() + "-arrivals" + factor, t.procs(), out, 0);
  }

  /** Same arrival times, job bodies (run, procs, estimate) shuffled with {@code seed}. */
  public static SwfTrace shuffleJobs(SwfTrace t, long seed) {
    List<SwfJob> bodies = new ArrayList<>(t.jobs());
    java.util.Collections.shuffle(bodies, new Random(seed));
    List<SwfJob> out = new ArrayList<>();
    for (int i = 0; i < t.jobs().size(); i++) {
      SwfJob a = t.jobs().get(i), b = bodies.get(i);
      out.add(new SwfJob(a.id(), a.submit(), b.run(), b.procs(), b.estimate()));
    }
    return new SwfTrace(t.name() + "-shuffle" + seed, t.procs(), out, 0);
  }

  /** Estimates inflated by a random factor in [1, maxFactor] (users over-estimate). */
  public static SwfTrace inflateEstimates(SwfTrace t, double maxFactor, long seed) {
    Random r = new Random(seed);
    List<SwfJob> out = new ArrayList<>();
    for (SwfJob j : t.jobs()) {
      long est = Math.max(j.run(), Math.round(j.run() * (1 + r.nextDouble() * (maxFactor - 1))));
      out.add(new SwfJob(j.id(), j.submit(), j.run(), j.procs(), est));
    }
    return new SwfTrace(t.name() + "-est" + maxFactor, t.procs(), out, 0);
  }

  /** The same jobs on a machine of {@code procs} (jobs that no longer fit are dropped). */
  public static SwfTrace machine(SwfTrace t, int procs) {
    List<SwfJob> out = t.jobs().stream().filter(j -> j.procs() <= procs).toList();
    return new SwfTrace(t.name() + "-procs" + procs, procs, out, 0);
  }

  /**
   * A synthetic workload unlike Lublin's: Poisson arrivals, log-uniform runtimes (10 s – 2 days),
   * sizes mostly powers of two, estimates rounded up to common wall-clock limits.
   */
  public static SwfTrace synthetic(int jobs, int procs, double meanInterArrival, long seed) {
    Random r = new Random(seed);
    long[] limits = {600, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 48 * 3600};
    List<SwfJob> out = new ArrayList<>();
    long t = 0;
    for (int i = 1; i <= jobs; i++) {
      t += Math.round(-Math.log(1 - r.nextDouble()) * meanInterArrival);
      long run =
          Math.round(Math.exp(Math.log(10) + r.nextDouble() * (Math.log(172800) - Math.log(10))));
      int p =
          r.nextDouble() < 0.75
              ? 1 << r.nextInt(Integer.numberOfTrailingZeros(Integer.highestOneBit(procs)) + 1)
              : 1 + r.nextInt(procs);
      long est = limits[limits.length - 1];
      for (long l : limits)
        if (l >= run) {
          est = l;
          break;
        }
      out.add(new SwfJob(i, t, run, Math.min(p, procs), est));
    }
    out.sort(Comparator.comparingLong(SwfJob::submit).thenComparingLong(SwfJob::id));
    return new SwfTrace("synthetic-" + seed, procs, out, 0);
  }

  private SwfVariants() {}
}
