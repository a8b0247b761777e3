package io.rug.kube.loop;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.bind.Binder;
import io.rug.kube.bind.CycleBinder;
import io.rug.kube.bind.Evictor;
import io.rug.kube.bind.SafeBinder;
import io.rug.kube.informer.AssumedPods;
import io.rug.kube.informer.ClusterCache;
import io.rug.kube.informer.PodFilter;
import io.rug.kube.informer.SnapshotBuilder;
import io.rug.kube.leader.LeaderElection;
import io.rug.kube.metrics.SchedulerMetrics;
import io.rug.kube.status.CycleReporter;
import io.rug.kube.status.EventRecorder;
import io.rug.kube.status.StatusWriter;
import io.rug.scheduler.core.Policy;
import io.rug.scheduler.core.Scheduler;

/**
 * The live scheduler, wired together: informers → snapshot → scheduler-core → safe binding →
 * status, gated by Lease leader election. Everything is rebuilt from the API on start.
 */
public final class KubeScheduler implements AutoCloseable {
  private final ClusterCache cache;
  private final LeaderElection leader;
  private final SchedulingLoop loop;
  private final CycleBinder binder;
  private final CycleReporter reporter;
  private final SchedulerMetrics metrics;
  private final SchedulerSettings settings;

  public KubeScheduler(KubernetesClient client, Binder apiBinder, SchedulerSettings s) {
    this.settings = s;
    PodFilter filter = new PodFilter(s.schedulerName());
    Runnable[] trigger = {() -> {}};
    this.cache = new ClusterCache(client, filter, () -> trigger[0].run());
    this.leader = new LeaderElection(client, s.lease(), () -> trigger[0].run());
    this.metrics = new SchedulerMetrics(leader::isLeader);
    AssumedPods assumed = new AssumedPods(s.assumeTtl().toMillis());
    SafeBinder safe =
        new SafeBinder(
            apiBinder,
            cache::pod,
            (ns, name) -> client.pods().inNamespace(ns).withName(name).get(),
            s.retry());
    this.binder =
        new CycleBinder(
            safe, assumed, s.bindParallelism(), metrics::bindLatencyNanos, () -> trigger[0].run());
    this.reporter =
        new CycleReporter(
            new EventRecorder(client, s.schedulerName()), new StatusWriter(client), metrics);
    this.loop =
        new SchedulingLoop(
            new SnapshotBuilder(cache, assumed, s.namespaces()),
            new Scheduler(Policy.named(s.policy())),
            binder,
            new Evictor(client),
            this.reporter,
            metrics,
            leader::isLeader,
            cache::synced,
            s.period(),
            System::currentTimeMillis);
    trigger[0] = loop::trigger;
  }

  /** Lists everything, then campaigns for the Lease and starts cycling. */
  public KubeScheduler start() {
    cache.start(settings.syncTimeout());
    loop.start();
    leader.start();
    return this;
  }

  public boolean isLeader() {
    return leader.isLeader();
  }

  public String identity() {
    return leader.identity();
  }

  public boolean ready() {
    return cache.synced();
  }

  /** The loop is cycling and every informer is still running. */
  public boolean healthy() {
    return loop.alive() && cache.running();
  }

  public SchedulerMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    loop.close();
    leader.close();
    binder.close();
    reporter.close();
    cache.close();
  }
}
