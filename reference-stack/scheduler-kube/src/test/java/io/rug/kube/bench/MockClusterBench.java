package io.rug.kube.bench;

import static io.rug.kube.support.Fixtures.createGroup;
import static io.rug.kube.support.Fixtures.createQueue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.support.BindLedger;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark: end-to-end scheduling throughput of the live scheduler against the mock API server
 * (informers, core, binding, status). Run with {@code benchmarks/scheduler-kube.sh [nodes] [pods]}.
 * Prints wall time until every pod is bound, pods/s, and cycle/binding latency from the metrics.
 * The mock server is far slower than a real API server per request, so treat the figures as a
 * regression baseline, not as cluster numbers.
 */
public final class MockClusterBench {
  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int pods = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    try (MockApi api = new MockApi()) {
      KubernetesClient admin = api.newClient();
      try (BindLedger ledger = new BindLedger(admin)) {
        Workloads.nodes(admin, nodes, 32);
        createQueue(admin, Fixtures.queue("physics", 2, null));
        createQueue(admin, Fixtures.queue("biology", 1, null));
        List<Pod> all = new ArrayList<>();
        int gangs = pods / 2 / 8;
        for (int g = 0; g < gangs; g++) {
          String q = g % 2 == 0 ? "physics" : "biology";
          createGroup(admin, Fixtures.volcanoGroup("bench", "g" + g, 8, q));
          for (int m = 0; m < 8; m++)
            all.add(Fixtures.pod("bench", "g" + g + "-" + m, "1", "2Gi", q, "g" + g));
        }
        for (int s = all.size(); s < pods; s++) {
          all.add(
              Fixtures.pod(
                  "bench", "s" + s, "500m", "1Gi", s % 2 == 0 ? "physics" : "biology", null));
        }
        KubernetesClient c = api.newClient();
        try (KubeScheduler scheduler =
            new KubeScheduler(c, new NodeNamePatchBinder(c), Fixtures.settings("bench")).start()) {
          while (!scheduler.isLeader()) Thread.sleep(20);
          long t0 = System.nanoTime();
          Workloads.create(admin, all);
          long created = System.nanoTime();
          while (ledger.boundCount() < all.size()) Thread.sleep(20);
          long done = System.nanoTime();
          String m = scheduler.metrics().scrape();
          System.out.printf(
              Locale.ROOT, "nodes %d, pods %d (%d gangs of 8)%n", nodes, all.size(), gangs);
          System.out.printf(Locale.ROOT, "create pods        %8.2f s%n", (created - t0) / 1e9);
          System.out.printf(
              Locale.ROOT,
              "all bound after    %8.2f s  (%.0f pods/s)%n",
              (done - t0) / 1e9,
              all.size() / ((done - t0) / 1e9));
          System.out.printf(
              Locale.ROOT,
              "cycles             %8.0f    mean %.1f ms, max %.1f ms%n",
              value(m, "rug_scheduler_cycle_seconds_count"),
              1000
                  * value(m, "rug_scheduler_cycle_seconds_sum")
                  / value(m, "rug_scheduler_cycle_seconds_count"),
              1000 * value(m, "rug_scheduler_cycle_seconds_max"));
          System.out.printf(
              Locale.ROOT,
              "binding latency    mean %.1f ms, max %.1f ms%n",
              1000
                  * value(m, "rug_scheduler_binding_latency_seconds_sum")
                  / value(m, "rug_scheduler_binding_latency_seconds_count"),
              1000 * value(m, "rug_scheduler_binding_latency_seconds_max"));
          System.out.printf(Locale.ROOT, "pods seen on two nodes: %d%n", ledger.rebound());
        }
      }
    }
  }

  private static double value(String scrape, String name) {
    Matcher mt =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scrape);
    return mt.find() ? Double.parseDouble(mt.group(1)) : Double.NaN;
  }
}
