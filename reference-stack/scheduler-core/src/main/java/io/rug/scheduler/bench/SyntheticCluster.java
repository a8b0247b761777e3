package io.rug.scheduler.bench;

import io.rug.scheduler.core.Gang;
import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Pod;
import io.rug.scheduler.core.QueueSpec;
import io.rug.scheduler.core.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's synthetic, seeded cluster. Node mix (racks of 40 nodes): 55% CPU nodes (64 cores,
 * 256 GiB), 15% large-memory nodes (128 cores, 1 TiB), 20% GPU nodes with 8 x A100 (96 cores, 1
 * TiB), 10% GPU nodes with 4 x T4 (32 cores, 192 GiB). Pod mix: 70% CPU pods (0.5–16 cores, 1–64
 * GiB), 15% one whole GPU, 8% a GPU fraction (250 or 500 milli), 7% 2/4/8 GPUs (some pinned to
 * A100); four weighted queues, 40 users, priorities 0/100.
 */
public final class SyntheticCluster {
  static final long GIB = 1L << 30;

  public static List<Node> nodes(int count, long seed) {
    Random r = new Random(seed);
    List<Node> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double x = r.nextDouble();
      Map<String, String> labels = Map.of(Node.RACK_LABEL, "rack-" + (i / 40));
      String name = "node-" + i;
      Node n;
      if (x < 0.55) n = new Node(name, 64_000, 256 * GIB, 0, "", labels, true);
      else if (x < 0.70) n = new Node(name, 128_000, 1024 * GIB, 0, "", labels, true);
      else if (x < 0.90) n = new Node(name, 96_000, 1024 * GIB, 8, "A100", labels, true);
      else n = new Node(name, 32_000, 192 * GIB, 4, "T4", labels, true);
      out.add(n);
    }
    return out;
  }

  public static List<QueueSpec> queues() {
    Resources guarantee = new Resources(100_000, 400 * GIB, 8_000);
    return List.of(
        new QueueSpec("research", null, 3, Resources.UNLIMITED, Resources.ZERO, true),
        new QueueSpec("astro", "research", 2, Resources.UNLIMITED, guarantee, true),
        new QueueSpec("bio", "research", 1, Resources.UNLIMITED, guarantee, true),
        new QueueSpec("teaching", null, 1, Resources.UNLIMITED, Resources.ZERO, true));
  }

  private static final String[] LEAVES = {"astro", "bio", "teaching"};

  public static List<Pod> pods(int count, long seed, long now) {
    Random r = new Random(seed);
    List<Pod> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double x = r.nextDouble();
      GpuRequest g;
      long cpu, mem;
      if (x < 0.70) {
        cpu = 500L * (1 + r.nextInt(32));
        mem = GIB * (1 + r.nextInt(64));
        g = GpuRequest.NONE;
      } else if (x < 0.85) {
        cpu = 4000L * (1 + r.nextInt(4));
        mem = 16 * GIB * (1 + r.nextInt(4));
        g = GpuRequest.whole(1);
      } else if (x < 0.93) {
        cpu = 2000;
        mem = 8 * GIB;
        g = GpuRequest.fraction(r.nextBoolean() ? 250 : 500);
      } else {
        int k = new int[] {2, 4, 8}[r.nextInt(3)];
        cpu = 8000L * k;
        mem = 64 * GIB * k;
        g = new GpuRequest(k, 1000, k == 8 ? Set.of("A100") : Set.of());
      }
      out.add(pod("pod-" + seed + "-" + i, cpu, mem, g, r, now));
    }
    return out;
  }

  /** {@code gangs} gangs of {@code size} identical members (4 cores, 16 GiB, half with a GPU). */
  public static List<Pod> gangs(int gangs, int size, long seed, long now) {
    Random r = new Random(seed);
    List<Pod> out = new ArrayList<>(gangs * size);
    for (int g = 0; g < gangs; g++) {
      GpuRequest gpu = g % 2 == 0 ? GpuRequest.NONE : GpuRequest.whole(1);
      Gang gang = new Gang("gang-" + g, size);
      String queue = LEAVES[g % LEAVES.length];
      for (int m = 0; m < size; m++) {
        Pod p = pod("gang-" + g + "-" + m, 4000, 16 * GIB, gpu, r, now);
        out.add(
            p.withQueue(queue, "user-" + g, 0)
                .withTimes(now - 1000L * g, 3_600_000L)
                .withGang(gang));
      }
    }
    return out;
  }

  private static Pod pod(String id, long cpu, long mem, GpuRequest g, Random r, long now) {
    Pod p = Pod.of(id, cpu, mem, g);
    p =
        p.withQueue(
            LEAVES[r.nextInt(LEAVES.length)],
            "user-" + r.nextInt(40),
            r.nextInt(10) == 0 ? 100 : 0);
    return p.withTimes(now - r.nextInt(3_600_000), 60_000L * (1 + r.nextInt(240)));
  }

  private SyntheticCluster() {}
}
