package io.rug.kube.informer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Placement;
import io.rug.scheduler.core.Pod;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssumedPodsTest {
  private final AssumedPods assumed = new AssumedPods(30_000);

  private void assume(String id, long at) {
    assumed.assume(
        id, "uid", new Placement(Pod.of(id, 1000, 0, GpuRequest.NONE), "n", List.of(), at), at);
  }

  @Test
  void keepsABoundPodUntilTheInformerShowsItPlaced() {
    assume("ns/a", 0);
    assumed.expire(Set.of(), Set.of("ns/a"), 1_000);
    assertThat(assumed.contains("ns/a")).isTrue();
    assertThat(assumed.placements()).hasSize(1);
    assumed.expire(Set.of("ns/a"), Set.of(), 2_000);
    assertThat(assumed.contains("ns/a")).isFalse();
  }

  @Test
  void dropsAnEntryForAPodThatVanishedOnlyAfterTheTtl() {
    assume("ns/b", 0);
    assumed.expire(Set.of(), Set.of(), 10_000);
    assertThat(assumed.contains("ns/b")).isTrue();
    assumed.expire(Set.of(), Set.of(), 40_000);
    assertThat(assumed.contains("ns/b")).isFalse();
  }

  @Test
  void neverDropsAPodStillShownPendingEvenAfterTheTtl() {
    assume("ns/c", 0);
    assumed.expire(Set.of(), Set.of("ns/c"), 100_000);
    assertThat(assumed.contains("ns/c")).isTrue();
  }
}
