package io.rug.kube.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** SafeBinder's decisions over a scripted API: each call answers the next queued outcome. */
class SafeBinderTest {
  private static final RetryPolicy FAST =
      new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(2));

  private final Deque<Integer> answers = new ArrayDeque<>(); // 0 = success, else HTTP code
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicReference<Pod> server = new AtomicReference<>(pod("uid-1", null));

  private final Binder scripted =
      (pod, node, ann) -> {
        calls.incrementAndGet();
        int code = answers.isEmpty() ? 0 : answers.poll();
        if (code == 0 || code == -500) server.set(pod("uid-1", node)); // -500: applied, then 500
        if (code != 0) throw new KubernetesClientException("scripted", Math.abs(code), null);
      };

  private BindOutcome bind(Pod cached) {
    return new SafeBinder(scripted, (ns, n) -> cached, (ns, n) -> server.get(), FAST)
        .bind(pod("uid-1", null), "node-a", java.util.Map.of());
  }

  @Test
  void retriesServerErrorsWithBackoffUntilTheBindingLands() {
    answers.add(500);
    answers.add(503);
    assertThat(bind(pod("uid-1", null)).result()).isEqualTo(BindOutcome.Result.BOUND);
    assertThat(calls).hasValue(3);
  }

  @Test
  void anErrorAfterTheBindingLandedCountsAsBoundWithoutASecondCall() {
    answers.add(-500);
    assertThat(bind(pod("uid-1", null)).result()).isEqualTo(BindOutcome.Result.BOUND);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aConflictBecauseAnotherReplicaBoundThePodIsNotRetried() {
    server.set(pod("uid-1", "node-b"));
    answers.add(409);
    BindOutcome o = bind(pod("uid-1", null));
    assertThat(o.result()).isEqualTo(BindOutcome.Result.ALREADY_BOUND);
    assertThat(o.detail()).isEqualTo("node-b");
    assertThat(calls).hasValue(1);
  }

  @Test
  void neverCallsTheApiForAPodTheCacheShowsOnANode() {
    assertThat(bind(pod("uid-1", "node-c")).result()).isEqualTo(BindOutcome.Result.ALREADY_BOUND);
    assertThat(calls).hasValue(0);
  }

  @Test
  void dropsAPodThatWasDeletedOrReplaced() {
    assertThat(bind(null).result()).isEqualTo(BindOutcome.Result.GONE);
    assertThat(bind(pod("uid-2", null)).result()).isEqualTo(BindOutcome.Result.GONE);
    assertThat(calls).hasValue(0);
  }

  @Test
  void givesUpOnPermanentErrorsAndAfterTheLastAttempt() {
    answers.add(403);
    assertThat(bind(pod("uid-1", null)).result()).isEqualTo(BindOutcome.Result.FAILED);
    assertThat(calls).hasValue(1);
    for (int i = 0; i < 4; i++) answers.add(500);
    assertThat(bind(pod("uid-1", null)).result()).isEqualTo(BindOutcome.Result.FAILED);
    assertThat(calls).hasValue(5);
  }

  private static Pod pod(String uid, String node) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace("ns")
        .withName("p")
        .withUid(uid)
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .endSpec()
        .build();
  }
}
