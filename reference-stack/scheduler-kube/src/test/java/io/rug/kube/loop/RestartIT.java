package io.rug.kube.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.support.BindLedger;
import io.rug.kube.support.FaultInjector;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.Workloads;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestartIT {
  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private final BindLedger ledger = new BindLedger(admin);
  private KubeScheduler first;
  private KubeScheduler second;

  @AfterEach
  void tearDown() {
    if (first != null) first.close();
    if (second != null) second.close();
    ledger.close();
    api.close();
  }

  @Test
  void aReplacementAfterACrashMidRunBindsTheRestAndNoPodTwice() {
    Workloads.nodes(admin, 40, 16);
    var pods = Workloads.gangsAndSingles(admin, "jobs", "r", 50, 6, 100);
    // slow bindings, so the first scheduler is killed while it is still binding
    api.faults().slow(FaultInjector.podWrite(), 100_000, Duration.ofMillis(150));
    KubernetesClient c1 = api.newClient(10_000, "first-process");
    first = new KubeScheduler(c1, new NodeNamePatchBinder(c1), Fixtures.settings("first")).start();
    Workloads.create(admin, pods);
    await().atMost(Duration.ofSeconds(30)).until(() -> ledger.boundCount() >= 60);

    // crash: nothing the first process sends reaches the API server any more (bindings in flight
    // are cut off, the Lease is not released)
    api.faults().cutOff("first-process");
    first.close();
    c1.close();
    int boundAtCrash = ledger.boundCount();
    assertThat(boundAtCrash).isLessThan(400);

    api.faults().clear();
    KubernetesClient c2 = api.newClient();
    var settings = Fixtures.settings("second").withSyncTimeout(Duration.ofSeconds(90));
    second = new KubeScheduler(c2, new NodeNamePatchBinder(c2), settings).start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Workloads.allBound(admin) && ledger.boundCount() == 400);

    assertThat(ledger.rebound()).as("pods seen on a second node").isZero();
    assertThat(Workloads.brokenGangs(admin)).isEmpty();
  }
}
