package io.rug.kube.status;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.bind.BindOutcome;
import io.rug.kube.bind.CycleBinder;
import io.rug.kube.informer.CycleInput;
import io.rug.kube.informer.ObjectRef;
import io.rug.kube.informer.Problem;
import io.rug.kube.metrics.SchedulerMetrics;
import io.rug.kube.model.PodGroupInfo;
import io.rug.scheduler.core.CycleResult;
import io.rug.scheduler.core.Placement;
import io.rug.scheduler.core.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Turns a cycle's outcome into what users see: Events, pod conditions, PodGroup status, and the
 * per-queue share metric. Problems (bad objects) become Warning events and status messages.
 */
public final class CycleReporter implements AutoCloseable {
  private final EventRecorder events;
  private final StatusWriter status;
  private final SchedulerMetrics metrics;
  private long cycles;
  private final ExecutorService writers =
      Executors.newFixedThreadPool(
          8,
          r -> {
            Thread t = new Thread(r, "rug-status-writer");
            t.setDaemon(true);
            return t;
          });

  public CycleReporter(EventRecorder events, StatusWriter status, SchedulerMetrics metrics) {
    this.events = events;
    this.status = status;
    this.metrics = metrics;
  }

  /** Status writes are independent API calls; a few at a time keep a cycle short. */
  private void inParallel(List<Runnable> writes) {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (Runnable w : writes) all.add(CompletableFuture.runAsync(w, writers));
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
  }

  @Override
  public void close() {
    writers.shutdownNow();
  }

  /**
   * @param finished bindings that finished since the previous cycle (started by earlier cycles)
   */
  public void report(CycleInput in, CycleResult r, List<CycleBinder.Finished> finished) {
    List<Runnable> writes = new ArrayList<>();
    for (Problem p : in.problems()) writes.add(() -> reportProblem(in, p));
    Set<String> decidedNow = new HashSet<>();
    for (var b : r.bindings()) decidedNow.add(b.podId());
    Map<String, String> failedNow = new HashMap<>();
    for (CycleBinder.Finished f : finished) {
      BindOutcome o = f.outcome();
      metrics.bindResult(o.result().name().toLowerCase());
      Pod pod = f.pod();
      if (o.result() == BindOutcome.Result.BOUND && pod != null) {
        writes.add(
            () ->
                events.record(
                    ObjectRef.of(pod),
                    false,
                    "Scheduled",
                    "Successfully assigned " + o.podId() + " to " + o.detail()));
      } else if (o.result() == BindOutcome.Result.FAILED && pod != null) {
        failedNow.put(o.podId(), o.detail());
        writes.add(
            () ->
                events.record(
                    ObjectRef.of(pod),
                    true,
                    "FailedBinding",
                    "binding failed, will retry: " + o.detail()));
      }
    }
    for (var e : r.unschedulable().entrySet()) {
      Pod pod = in.pending().get(e.getKey());
      if (pod == null || decidedNow.contains(e.getKey())) continue;
      writes.add(
          () -> {
            if (status.podUnschedulable(pod, "Unschedulable", e.getValue())) {
              events.record(ObjectRef.of(pod), true, "FailedScheduling", e.getValue());
            }
          });
    }
    writes.addAll(new GroupReport(in, r, decidedNow, failedNow, status, events).writes());
    inParallel(writes);
    queueShares(in);
    if (++cycles % 100 == 0) forgetGoneObjects(in);
  }

  /** Keeps the "already reported" memory to objects that still exist. */
  private void forgetGoneObjects(CycleInput in) {
    Set<String> live = new HashSet<>(in.pending().keySet());
    live.addAll(in.skippedPods().keySet());
    live.addAll(in.groupRefs().keySet());
    for (Problem p : in.problems()) live.add(p.object().key());
    events.retainOnly(live);
    status.retainGroups(in.groupRefs().keySet());
  }

  private void reportProblem(CycleInput in, Problem p) {
    events.record(p.object(), true, p.reason(), p.message());
    ObjectRef o = p.object();
    if ("Pod".equals(o.kind())) {
      Pod pod = in.skippedPods().get(o.key());
      if (pod != null) status.podUnschedulable(pod, p.reason(), p.message());
    } else if ("PodGroup".equals(o.kind())) {
      var flavour =
          o.apiVersion() != null && o.apiVersion().startsWith("scheduling.x-k8s.io")
              ? PodGroupInfo.Flavour.PLUGINS
              : PodGroupInfo.Flavour.VOLCANO;
      status.podGroup(
          o, flavour, new GroupState(GroupState.PENDING, 0, 0, 0, p.reason(), p.message()));
    }
  }

  private void queueShares(CycleInput in) {
    Resources total = Resources.ZERO;
    for (var n : in.snapshot().nodes()) if (n.schedulable()) total = total.plus(n.allocatable());
    Map<String, Resources> used = new HashMap<>();
    for (Placement p : in.snapshot().running()) {
      used.merge(p.pod().queue(), p.pod().request(), Resources::plus);
    }
    for (var q : in.snapshot().queues()) used.putIfAbsent(q.name(), Resources.ZERO);
    for (var e : used.entrySet()) metrics.queueShare(e.getKey(), e.getValue().dominantShare(total));
  }
}
