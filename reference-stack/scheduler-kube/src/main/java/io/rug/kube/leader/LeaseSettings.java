package io.rug.kube.leader;

import java.time.Duration;

/**
 * Lease-based leader election settings (coordination.k8s.io/v1 Lease {@code namespace/name}).
 * kube-scheduler's defaults are 15 s / 10 s / 2 s.
 */
public record LeaseSettings(
    String namespace,
    String name,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod) {

  public LeaseSettings {
    if (!(renewDeadline.compareTo(leaseDuration) < 0)) {
      throw new IllegalArgumentException("renew deadline must be shorter than the lease duration");
    }
    if (!(retryPeriod.compareTo(renewDeadline) < 0)) {
      throw new IllegalArgumentException("retry period must be shorter than the renew deadline");
    }
  }

  public static LeaseSettings defaults(String namespace, String name, String identity) {
    return new LeaseSettings(
        namespace,
        name,
        identity,
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2));
  }
}
