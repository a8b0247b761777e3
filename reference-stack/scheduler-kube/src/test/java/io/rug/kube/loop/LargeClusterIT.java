package io.rug.kube.loop;

import static io.rug.kube.support.Fixtures.createGroup;
import static io.rug.kube.support.Fixtures.createQueue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.support.BindLedger;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.Workloads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LargeClusterIT {
  private MockApi api;
  private KubernetesClient admin;
  private BindLedger ledger;
  private KubeScheduler scheduler;

  @BeforeEach
  void setUp() {
    api = new MockApi();
    admin = api.newClient();
    ledger = new BindLedger(admin);
  }

  @AfterEach
  void tearDown() {
    if (scheduler != null) scheduler.close();
    ledger.close();
    api.close();
  }

  @Test
  void bindsTwoThousandPodsOnceEachWithWholeGangsWithinQueueCapability() {
    for (int i = 0; i < 200; i++) admin.resource(Fixtures.node("node-" + i, 32, 128, 0)).create();
    createQueue(admin, Fixtures.queue("physics", 2, null));
    createQueue(admin, Fixtures.queue("biology", 1, "400"));
    List<Pod> pods = new ArrayList<>();
    for (int g = 0; g < 100; g++) {
      createGroup(admin, Fixtures.volcanoGroup("physics", "mpi-" + g, 8, "physics"));
      for (int m = 0; m < 8; m++) {
        pods.add(Fixtures.pod("physics", "mpi-" + g + "-" + m, "2", "4Gi", "physics", "mpi-" + g));
      }
    }
    for (int s = 0; s < 400; s++) {
      pods.add(Fixtures.pod("physics", "single-" + s, "1", "2Gi", "physics", null));
    }
    for (int g = 0; g < 200; g++) {
      createGroup(admin, Fixtures.volcanoGroup("biology", "align-" + g, 4, "biology"));
      for (int m = 0; m < 4; m++) {
        pods.add(
            Fixtures.pod("biology", "align-" + g + "-" + m, "1", "1Gi", "biology", "align-" + g));
      }
    }
    assertThat(pods).hasSize(2000);
    KubernetesClient client = api.newClient();
    scheduler =
        new KubeScheduler(client, new NodeNamePatchBinder(client), Fixtures.settings("a")).start();
    Workloads.create(admin, pods);

    // physics fits entirely; biology stops at its 400-CPU capability (100 gangs of 4 x 1 CPU)
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> boundIn("physics") == 1200 && boundIn("biology") == 400);
    assertThat(ledger.maxCpuMilli("biology")).isLessThanOrEqualTo(400_000);
    assertGangsWhole();

    // biology's bound pods finish; the other half of its gangs then fits
    ledger.bound().values().stream()
        .filter(p -> p.getMetadata().getNamespace().equals("biology"))
        .forEach(
            p -> admin.pods().inNamespace("biology").withName(p.getMetadata().getName()).delete());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> boundIn("biology") == 400 && allCreatedBound());
    assertThat(ledger.maxCpuMilli("biology")).isLessThanOrEqualTo(400_000);
    assertThat(ledger.rebound()).isZero();
    assertGangsWhole();
  }

  private long boundIn(String ns) {
    return ledger.bound().values().stream()
        .filter(p -> p.getMetadata().getNamespace().equals(ns))
        .count();
  }

  private boolean allCreatedBound() {
    return admin.pods().inAnyNamespace().list().getItems().stream()
        .allMatch(p -> p.getSpec().getNodeName() != null);
  }

  private void assertGangsWhole() {
    assertThat(Workloads.brokenGangs(admin)).isEmpty();
  }
}
