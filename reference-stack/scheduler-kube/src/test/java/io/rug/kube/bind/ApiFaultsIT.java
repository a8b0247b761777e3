package io.rug.kube.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.model.Kinds;
import io.rug.kube.support.BindLedger;
import io.rug.kube.support.FaultInjector;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.Workloads;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiFaultsIT {
  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private final BindLedger ledger = new BindLedger(admin);
  private KubeScheduler scheduler;

  @AfterEach
  void tearDown() {
    if (scheduler != null) scheduler.close();
    ledger.close();
    api.close();
  }

  @Test
  void survivesConflictsServerErrorsAndSlowResponsesWithoutBindingAnyPodTwice() {
    Workloads.nodes(admin, 20, 16);
    var f = api.faults();
    f.failBefore(FaultInjector.podWrite(), 15, 500); // rejected, nothing applied
    f.failAfter(FaultInjector.podWrite(), 10, 500); // applied, yet reported as failed
    f.failBefore(FaultInjector.podWrite(), 10, 409); // conflict
    f.slow(
        FaultInjector.podWrite(), 5, Duration.ofSeconds(3)); // applied, answered after the timeout
    start(Fixtures.settings("s"));
    Workloads.create(admin, Workloads.gangsAndSingles(admin, "jobs", "f", 10, 5, 50));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Workloads.allBound(admin) && ledger.boundCount() == 100);
    assertThat(f.injected()).isEqualTo(40);
    assertThat(ledger.rebound()).isZero();
    assertThat(Workloads.brokenGangs(admin)).isEmpty();
  }

  @Test
  void aGangWithAFailedMemberShowsPartiallyBoundAndIsCompletedNextCycle() {
    Workloads.nodes(admin, 4, 16);
    // one member's binding fails twice: with two attempts per cycle, it fails for a whole cycle
    api.faults()
        .failBefore(
            r -> FaultInjector.podWrite().test(r) && r.getPath().contains("/pods/pg0-3"), 2, 500);
    start(
        Fixtures.settings("s")
            .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20))));
    Workloads.create(admin, Workloads.gangsAndSingles(admin, "jobs", "p", 1, 4, 0));

    await().atMost(Duration.ofSeconds(30)).until(() -> Workloads.allBound(admin));
    await().atMost(Duration.ofSeconds(10)).until(() -> "Running".equals(phase("pg0")));
    assertThat(admin.v1().events().inNamespace("jobs").list().getItems())
        .extracting(Event::getReason)
        .contains("PartiallyBound", "FailedBinding");
    assertThat(ledger.rebound()).isZero();
  }

  private void start(io.rug.kube.loop.SchedulerSettings settings) {
    KubernetesClient c = api.newClient(2_500); // shorter than the injected 4 s delay
    scheduler = new KubeScheduler(c, new NodeNamePatchBinder(c), settings).start();
  }

  private String phase(String group) {
    var g =
        admin
            .genericKubernetesResources(Kinds.VOLCANO_POD_GROUP)
            .inNamespace("jobs")
            .withName(group)
            .get();
    Object status = g.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> m ? String.valueOf(m.get("phase")) : null;
  }
}
