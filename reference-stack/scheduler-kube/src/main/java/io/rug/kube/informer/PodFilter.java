package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.Pod;

/**
 * The one place that decides which pods are ours to schedule and which hold node capacity. The pod
 * informer asks the server only to leave out Succeeded pods; selecting on schedulerName or nodeName
 * is done here, client-side, because field selectors are not honoured everywhere (the test API
 * server ignores or mishandles them) and one informer then serves both views.
 */
public final class PodFilter {
  private final String schedulerName;

  public PodFilter(String schedulerName) {
    this.schedulerName = schedulerName;
  }

  public String schedulerName() {
    return schedulerName;
  }

  /** Pending, not deleting, no node yet, and asking for this scheduler. */
  public boolean isOursToSchedule(Pod p) {
    return p.getSpec() != null
        && schedulerName.equals(p.getSpec().getSchedulerName())
        && isBlank(p.getSpec().getNodeName())
        && p.getMetadata().getDeletionTimestamp() == null
        && !isFinished(p);
  }

  /** Bound to a node and not finished: it uses capacity there, whoever scheduled it. */
  public static boolean holdsCapacity(Pod p) {
    return p.getSpec() != null && !isBlank(p.getSpec().getNodeName()) && !isFinished(p);
  }

  static boolean isFinished(Pod p) {
    String phase = p.getStatus() == null ? null : p.getStatus().getPhase();
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
