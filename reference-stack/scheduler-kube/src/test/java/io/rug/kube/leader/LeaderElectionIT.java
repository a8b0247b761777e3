package io.rug.kube.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.support.BindLedger;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.RecordingBinder;
import io.rug.kube.support.Workloads;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeaderElectionIT {
  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private final BindLedger ledger = new BindLedger(admin);
  private final Map<String, String> boundBy = new ConcurrentHashMap<>();
  private final KubernetesClient ca = api.newClient(10_000, "process-a");
  private final KubernetesClient cb = api.newClient(10_000, "process-b");
  private KubeScheduler a;
  private KubeScheduler b;

  @AfterEach
  void tearDown() {
    if (a != null) a.close();
    if (b != null) b.close();
    ledger.close();
    api.close();
  }

  @Test
  void onlyTheLeaderBindsAndTheOtherReplicaTakesOverWithinTheLeaseDuration() {
    Workloads.nodes(admin, 10, 32);
    a = replica(ca, "replica-a");
    b = replica(cb, "replica-b");
    await().atMost(Duration.ofSeconds(10)).until(() -> a.isLeader() || b.isLeader());
    assertThat(a.isLeader() && b.isLeader()).isFalse();
    KubeScheduler leader = a.isLeader() ? a : b;
    KubeScheduler follower = leader == a ? b : a;

    Workloads.create(admin, Workloads.gangsAndSingles(admin, "jobs", "one-", 5, 4, 30));
    await().atMost(Duration.ofSeconds(20)).until(() -> ledger.boundCount() == 50);
    // every call came from the replica holding the Lease at that moment (normally all from one)
    assertThat(boundBy.values())
        .contains(leader.identity())
        .noneMatch(v -> v.contains("not leader"));

    // the leader's process dies: nothing it sends reaches the API server, so it cannot release the
    // Lease
    api.faults().cutOff(leader == a ? "process-a" : "process-b");
    leader.close();
    (leader == a ? ca : cb).close();
    long crashedAt = System.nanoTime();
    Workloads.create(admin, Workloads.gangsAndSingles(admin, "jobs", "two-", 5, 4, 30));
    LeaseSettings lease = Fixtures.settings("x").lease();
    await()
        .atMost(lease.leaseDuration().plus(lease.retryPeriod().multipliedBy(4)))
        .until(follower::isLeader);
    Duration takeover = Duration.ofNanos(System.nanoTime() - crashedAt);
    await().atMost(Duration.ofSeconds(20)).until(() -> ledger.boundCount() == 100);

    assertThat(takeover)
        .isLessThanOrEqualTo(lease.leaseDuration().plus(lease.retryPeriod().multipliedBy(4)))
        // not released: the follower waited for the Lease to expire (last renewed <= one retry ago)
        .isGreaterThanOrEqualTo(lease.leaseDuration().minus(lease.retryPeriod()));
    assertThat(boundBy.entrySet())
        .filteredOn(e -> e.getKey().startsWith("jobs/two-"))
        .extracting(Map.Entry::getValue)
        .containsOnly(follower.identity());
    assertThat(boundBy.values()).noneMatch(v -> v.contains(",") || v.contains("not leader"));
    assertThat(ledger.rebound()).isZero();
  }

  private KubeScheduler replica(KubernetesClient c, String id) {
    RecordingBinder binder = new RecordingBinder(new NodeNamePatchBinder(c), id, boundBy);
    KubeScheduler s = new KubeScheduler(c, binder, Fixtures.settings(id));
    binder.leaderCheck(s::isLeader);
    return s.start();
  }
}
