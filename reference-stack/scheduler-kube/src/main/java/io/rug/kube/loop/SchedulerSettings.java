package io.rug.kube.loop;

import io.rug.kube.bind.RetryPolicy;
import io.rug.kube.informer.NamespaceSelector;
import io.rug.kube.leader.LeaseSettings;
import java.time.Duration;

/**
 * Everything {@link KubeScheduler} is configured with.
 *
 * @param policy the scheduler-core policy name ("default" for the live scheduler)
 * @param period the longest time between two cycles when nothing changes
 * @param assumeTtl how long a bound pod counts as placed before the informer must show it
 */
public record SchedulerSettings(
    String schedulerName,
    NamespaceSelector namespaces,
    LeaseSettings lease,
    String policy,
    Duration period,
    RetryPolicy retry,
    int bindParallelism,
    Duration syncTimeout,
    Duration assumeTtl) {

  public static SchedulerSettings defaults(String schedulerName, LeaseSettings lease) {
    return new SchedulerSettings(
        schedulerName,
        NamespaceSelector.parse(""),
        lease,
        "default",
        Duration.ofSeconds(1),
        RetryPolicy.DEFAULT,
        16,
        Duration.ofSeconds(60),
        Duration.ofSeconds(30));
  }

  public SchedulerSettings withNamespaces(NamespaceSelector s) {
    return new SchedulerSettings(
        schedulerName, s, lease, policy, period, retry, bindParallelism, syncTimeout, assumeTtl);
  }

  public SchedulerSettings withRetry(RetryPolicy r) {
    return new SchedulerSettings(
        schedulerName,
        namespaces,
        lease,
        policy,
        period,
        r,
        bindParallelism,
        syncTimeout,
        assumeTtl);
  }

  public SchedulerSettings withPolicy(String p) {
    return new SchedulerSettings(
        schedulerName,
        namespaces,
        lease,
        p,
        period,
        retry,
        bindParallelism,
        syncTimeout,
        assumeTtl);
  }

  public SchedulerSettings withSyncTimeout(Duration d) {
    return new SchedulerSettings(
        schedulerName, namespaces, lease, policy, period, retry, bindParallelism, d, assumeTtl);
  }
}
