package io.rug.kube.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.Manifests;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import io.rug.kube.support.Workloads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompatibilityIT {
  private static final Path MANIFESTS = Path.of("..", "manifests", "scheduler");

  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private KubeScheduler scheduler;

  @BeforeEach
  void setUp() throws Exception {
    assertThat(Manifests.create(admin, MANIFESTS.resolve("crds.yaml"))).isEqualTo(3);
    Workloads.nodes(admin, 6, 16);
    KubernetesClient c = api.newClient();
    scheduler = new KubeScheduler(c, new NodeNamePatchBinder(c), Fixtures.settings("s")).start();
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    api.close();
  }

  @Test
  void acceptsVolcanoAndSchedulerPluginsObjectsAsTheirDocsWriteThem() {
    Manifests.create(admin, resource("volcano.yaml"));
    Manifests.create(admin, resource("scheduler-plugins.yaml"));
    await().atMost(Duration.ofSeconds(20)).until(() -> Workloads.allBound(admin));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "Running".equals(phase(Kinds.VOLCANO_POD_GROUP, "default", "test")));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "Running".equals(phase(Kinds.PLUGINS_POD_GROUP, "web", "nginx")));
    assertThat(status(Kinds.PLUGINS_POD_GROUP, "web", "nginx").get("scheduled")).isEqualTo(3);
    assertThat(reasons("default")).contains("Scheduled");
  }

  @Test
  void shipsAQueueHierarchyAndAnMpiGangJobThatSchedule() throws Exception {
    Manifests.create(admin, MANIFESTS.resolve("queues.yaml"));
    Manifests.create(admin, MANIFESTS.resolve("mpi-gang-job.yaml"));
    await().atMost(Duration.ofSeconds(20)).until(() -> Workloads.allBound(admin));
    assertThat(Workloads.brokenGangs(admin)).isEmpty();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "Running".equals(phase(Kinds.VOLCANO_POD_GROUP, "astro-lab", "lammps-melt")));
  }

  @Test
  void badObjectsGetAnEventAndAStatusMessageAndTheRestStillSchedules() {
    Manifests.create(admin, resource("bad-objects.yaml"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                admin.pods().inNamespace("bad").withName("fine").get().getSpec().getNodeName()
                    != null);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                reasons("bad")
                    .containsAll(List.of("InvalidPodGroup", "UnknownQueue", "InvalidPod")));
    assertThat(reasons("default")).contains("InvalidQueue");
    assertThat(condition("in-zero-min").getReason()).isEqualTo("PodGroupNotReady");
    assertThat(condition("bad-estimate").getMessage()).contains("soon");
    assertThat(condition("bad-quantity").getMessage()).contains("one");
    assertThat(status(Kinds.VOLCANO_POD_GROUP, "bad", "zero-min").toString()).contains("minMember");
    assertThat(status(Kinds.VOLCANO_POD_GROUP, "bad", "lost-queue").toString())
        .contains("no-such-queue");
    assertThat(scheduler.healthy()).isTrue();
  }

  private PodCondition condition(String pod) {
    await().atMost(Duration.ofSeconds(10)).until(() -> podScheduled(pod) != null);
    return podScheduled(pod);
  }

  private PodCondition podScheduled(String pod) {
    Pod p = admin.pods().inNamespace("bad").withName(pod).get();
    if (p.getStatus() == null || p.getStatus().getConditions() == null) return null;
    return p.getStatus().getConditions().stream()
        .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
        .findFirst()
        .orElse(null);
  }

  private List<String> reasons(String ns) {
    return admin.v1().events().inNamespace(ns).list().getItems().stream()
        .map(Event::getReason)
        .toList();
  }

  private Map<?, ?> status(ResourceDefinitionContext ctx, String ns, String name) {
    var g = admin.genericKubernetesResources(ctx).inNamespace(ns).withName(name).get();
    Object s = g.getAdditionalProperties().get("status");
    return s instanceof Map<?, ?> m ? m : Map.of();
  }

  private String phase(ResourceDefinitionContext ctx, String ns, String name) {
    return String.valueOf(status(ctx, ns, name).get("phase"));
  }

  private static java.io.InputStream resource(String name) {
    return CompatibilityIT.class.getResourceAsStream("/fixtures/" + name);
  }
}
