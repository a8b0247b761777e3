package io.rug.kube.informer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

class PodFilterTest {
  private final PodFilter filter = new PodFilter("rug-scheduler");

  @Test
  void schedulesOnlyPendingUndeletedPodsThatNameThisScheduler() {
    assertThat(filter.isOursToSchedule(pod("rug-scheduler", null, "Pending", false))).isTrue();
    assertThat(filter.isOursToSchedule(pod("default-scheduler", null, "Pending", false))).isFalse();
    assertThat(filter.isOursToSchedule(pod("rug-scheduler", "node-1", "Pending", false))).isFalse();
    assertThat(filter.isOursToSchedule(pod("rug-scheduler", null, "Pending", true))).isFalse();
    assertThat(filter.isOursToSchedule(pod("rug-scheduler", null, "Failed", false))).isFalse();
  }

  @Test
  void anyBoundUnfinishedPodHoldsCapacityWhoeverScheduledIt() {
    assertThat(PodFilter.holdsCapacity(pod("default-scheduler", "node-1", "Running", false)))
        .isTrue();
    assertThat(PodFilter.holdsCapacity(pod("rug-scheduler", "node-1", "Succeeded", false)))
        .isFalse();
    assertThat(PodFilter.holdsCapacity(pod("rug-scheduler", null, "Pending", false))).isFalse();
  }

  private static Pod pod(String scheduler, String node, String phase, boolean deleting) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace("ns")
        .withName("p")
        .withDeletionTimestamp(deleting ? "2026-01-01T00:00:00Z" : null)
        .endMetadata()
        .withNewSpec()
        .withSchedulerName(scheduler)
        .withNodeName(node)
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .endStatus()
        .build();
  }
}
