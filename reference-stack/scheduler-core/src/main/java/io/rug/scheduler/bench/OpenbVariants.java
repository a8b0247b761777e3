package io.rug.scheduler.bench;

import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * openb-like pod lists for robustness checks, in the spirit of the FGD artefact's lists (multigpu,
 * gpushare, gpuspec, cpu): shuffles, a subset, a bootstrap resample, and resamples in which one
 * kind of pod makes up a given share. Seeded and deterministic; arrival order is the list order.
 */
public final class OpenbVariants {
  private static final String[] MODELS = {"G2", "T4", "P100", "V100M16", "V100M32", "G3"};

  public static Map<String, List<Pod>> of(String name, List<Pod> pods) {
    Map<String, List<Pod>> out = new LinkedHashMap<>();
    out.put(name, pods);
    for (int s = 1; s <= 3; s++) {
      List<Pod> l = new ArrayList<>(pods);
      Collections.shuffle(l, new Random(s));
      out.put(name + " shuffled (seed " + s + ")", l);
    }
    Random half = new Random(9);
    out.put(name + " half subset (seed 9)", pods.stream().filter(p -> half.nextBoolean()).toList());
    Random boot = new Random(10);
    List<Pod> b = new ArrayList<>();
    for (int i = 0; i < pods.size(); i++) b.add(renamed(pods.get(boot.nextInt(pods.size())), i));
    out.put(name + " resampled (seed 10)", b);
    out.put("multi-GPU pods 50%", skew(pods, p -> p.gpu().count() > 1, 0.5, 1));
    out.put("multi-GPU pods 20%", skew(pods, p -> p.gpu().count() > 1, 0.2, 2));
    out.put("GPU-share pods 40%", skew(pods, p -> p.gpu().fractional(), 0.4, 3));
    out.put("GPU-share pods 80%", skew(pods, p -> p.gpu().fractional(), 0.8, 4));
    out.put("CPU-only pods 25%", skew(pods, p -> p.gpu().count() == 0, 0.25, 6));
    out.put("model-constrained GPU pods 33%", constrained(pods, 0.33, 5));
    return out;
  }

  /** Resamples so that pods matching {@code kind} make up {@code share} of the list. */
  static List<Pod> skew(List<Pod> pods, Predicate<Pod> kind, double share, long seed) {
    Random r = new Random(seed);
    List<Pod> yes = pods.stream().filter(kind).toList();
    List<Pod> no = pods.stream().filter(kind.negate()).toList();
    if (yes.isEmpty() || no.isEmpty()) return pods;
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < pods.size(); i++) {
      List<Pod> src = r.nextDouble() < share ? yes : no;
      out.add(renamed(src.get(r.nextInt(src.size())), i));
    }
    return out;
  }

  /** Gives {@code share} of the GPU pods a gpu_spec of one or two models. */
  static List<Pod> constrained(List<Pod> pods, double share, long seed) {
    Random r = new Random(seed);
    List<Pod> out = new ArrayList<>();
    for (Pod p : pods) {
      if (p.gpu().count() > 0 && r.nextDouble() < share) {
        Set<String> m = new LinkedHashSet<>();
        m.add(MODELS[r.nextInt(MODELS.length)]);
        if (r.nextBoolean()) m.add(MODELS[r.nextInt(MODELS.length)]);
        p = p.withGpu(new GpuRequest(p.gpu().count(), p.gpu().milliPerGpu(), m));
      }
      out.add(p);
    }
    return out;
  }

  private static Pod renamed(Pod p, int i) {
    return p.withId(p.id() + "-" + i).withTimes(i, p.runtimeEstimateMillis());
  }

  private OpenbVariants() {}
}
