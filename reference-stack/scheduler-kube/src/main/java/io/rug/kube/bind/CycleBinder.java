package io.rug.kube.bind;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.informer.AssumedPods;
import io.rug.kube.informer.CycleInput;
import io.rug.kube.model.Annotations;
import io.rug.scheduler.core.Binding;
import io.rug.scheduler.core.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Carries out a cycle's bindings. Every decision is first <em>assumed</em> (its capacity reserved
 * in {@link AssumedPods}), then all calls run in parallel; a gang's members are therefore only
 * bound once the whole gang holds its room. Failed or vanished pods are un-assumed and return to
 * the queue; the caller reports gangs left partly bound.
 */
public final class CycleBinder implements AutoCloseable {
  private final SafeBinder safe;
  private final AssumedPods assumed;
  private final ExecutorService pool;
  private final LongConsumer latencyNanos;

  public CycleBinder(
      SafeBinder safe, AssumedPods assumed, int parallelism, LongConsumer latencyNanos) {
    this.safe = safe;
    this.assumed = assumed;
    this.pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "rug-binder");
              t.setDaemon(true);
              return t;
            });
    this.latencyNanos = latencyNanos;
  }

  public List<BindOutcome> bindAll(CycleInput in, List<Binding> bindings, long nowMillis) {
    Map<String, io.rug.scheduler.core.Pod> core =
        in.snapshot().pending().stream()
            .collect(Collectors.toMap(io.rug.scheduler.core.Pod::id, p -> p, (a, b) -> a));
    List<Binding> todo = new ArrayList<>();
    for (Binding b : bindings) {
      Pod pod = in.pending().get(b.podId());
      if (pod == null || !core.containsKey(b.podId())) continue;
      assumed.assume(
          b.podId(),
          pod.getMetadata().getUid(),
          new Placement(core.get(b.podId()), b.node(), b.gpuIndices(), nowMillis),
          nowMillis);
      todo.add(b);
    }
    List<CompletableFuture<BindOutcome>> calls = new ArrayList<>();
    for (Binding b : todo) {
      Pod pod = in.pending().get(b.podId());
      calls.add(CompletableFuture.supplyAsync(() -> timed(pod, b), pool));
    }
    List<BindOutcome> out = new ArrayList<>();
    for (CompletableFuture<BindOutcome> c : calls) {
      BindOutcome o = c.join();
      if (!o.placed()) assumed.forget(o.podId());
      out.add(o);
    }
    return out;
  }

  private BindOutcome timed(Pod pod, Binding b) {
    long t0 = System.nanoTime();
    try {
      return safe.bind(pod, b.node(), annotations(b));
    } finally {
      latencyNanos.accept(System.nanoTime() - t0);
    }
  }

  private static Map<String, String> annotations(Binding b) {
    Map<String, String> a = new HashMap<>();
    if (!b.gpuIndices().isEmpty()) {
      a.put(
          Annotations.GPU_INDICES,
          b.gpuIndices().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return a;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
