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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Carries out a cycle's bindings without holding up the loop (as kube-scheduler binds
 * asynchronously). Every decision is first <em>assumed</em> (its capacity reserved in {@link
 * AssumedPods}), so later cycles neither offer the pod again nor give its room away; a gang's
 * members are only bound once the whole gang holds its room. Calls run in parallel; each result is
 * queued for the next cycle's report and wakes the loop. Failed or vanished pods are un-assumed and
 * return to the queue.
 */
public final class CycleBinder implements AutoCloseable {
  /** A finished binding and the pod it was for (for events). */
  public record Finished(BindOutcome outcome, Pod pod) {}

  private final SafeBinder safe;
  private final AssumedPods assumed;
  private final ExecutorService pool;
  private final LongConsumer latencyNanos;
  private final Runnable onFinished;
  private final ConcurrentLinkedQueue<Finished> finished = new ConcurrentLinkedQueue<>();

  public CycleBinder(
      SafeBinder safe,
      AssumedPods assumed,
      int parallelism,
      LongConsumer latencyNanos,
      Runnable onFinished) {
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
    this.onFinished = onFinished;
  }

  /** Assumes every decision, then starts the calls; returns at once. */
  public void submit(CycleInput in, List<Binding> bindings, long nowMillis) {
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
    for (Binding b : todo) {
      Pod pod = in.pending().get(b.podId());
      try {
        CompletableFuture.supplyAsync(() -> timed(pod, b), pool)
            .whenComplete((o, e) -> done(b, pod, o, e));
      } catch (RejectedExecutionException e) {
        assumed.forget(b.podId()); // shutting down
      }
    }
  }

  private void done(Binding b, Pod pod, BindOutcome o, Throwable e) {
    BindOutcome out =
        e == null ? o : new BindOutcome(b.podId(), BindOutcome.Result.FAILED, e.toString());
    if (!out.placed()) assumed.forget(out.podId());
    finished.add(new Finished(out, pod));
    onFinished.run();
  }

  /** The bindings finished since the last call. */
  public List<Finished> drain() {
    List<Finished> out = new ArrayList<>();
    for (Finished f; (f = finished.poll()) != null; ) out.add(f);
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
