package io.rug.kube.informer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import io.rug.kube.support.NodeNamePatchBinder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GpuAndNamespacesIT {
  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private KubeScheduler scheduler;

  @AfterEach
  void tearDown() {
    if (scheduler != null) scheduler.close();
    api.close();
  }

  @Test
  void placesWholeAndSharedGpusRecordsTheirIndicesAndLeavesUnselectedNamespacesAlone() {
    admin.resource(Fixtures.node("gpu-0", 64, 256, 4)).create();
    admin.resource(Fixtures.node("gpu-1", 64, 256, 4)).create();
    admin.resource(Fixtures.node("cpu-0", 64, 256, 0)).create();
    admin
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("batch")
                .addToLabels("rug.io/batch", "true")
                .endMetadata()
                .build())
        .create();
    admin
        .resource(new NamespaceBuilder().withNewMetadata().withName("other").endMetadata().build())
        .create();
    admin.resource(gpuPod("batch", "train", 2, Map.of())).create();
    admin.resource(gpuPod("batch", "half-a", 0, Map.of("rug.io/gpu-milli", "500"))).create();
    admin.resource(gpuPod("batch", "half-b", 0, Map.of("rug.io/gpu-milli", "500"))).create();
    admin.resource(gpuPod("batch", "wants-h100", 1, Map.of("rug.io/gpu-models", "H100"))).create();
    admin.resource(Fixtures.pod("other", "not-ours", "1", "1Gi", null, null)).create();

    KubernetesClient c = api.newClient();
    var settings =
        Fixtures.settings("s").withNamespaces(NamespaceSelector.parse("rug.io/batch=true"));
    scheduler = new KubeScheduler(c, new NodeNamePatchBinder(c), settings).start();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> node("train") != null && node("half-a") != null && node("half-b") != null);
    assertThat(node("train")).startsWith("gpu-");
    assertThat(indices("train").split(",")).hasSize(2);
    assertThat(indices("half-a").split(",")).hasSize(1);
    assertThat(indices("half-b").split(",")).hasSize(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> condition("batch", "wants-h100") != null);
    assertThat(condition("batch", "wants-h100")).contains("H100");
    assertThat(node("wants-h100")).isNull();
    Pod other = admin.pods().inNamespace("other").withName("not-ours").get();
    assertThat(other.getSpec().getNodeName()).isNull();
    assertThat(condition("other", "not-ours")).isNull();
  }

  private Pod pod(String name) {
    return admin.pods().inNamespace("batch").withName(name).get();
  }

  private String node(String name) {
    return pod(name).getSpec().getNodeName();
  }

  private String indices(String name) {
    return pod(name).getMetadata().getAnnotations().get("rug.io/gpu-indices");
  }

  private String condition(String ns, String name) {
    Pod p = admin.pods().inNamespace(ns).withName(name).get();
    if (p.getStatus() == null || p.getStatus().getConditions() == null) return null;
    return p.getStatus().getConditions().stream()
        .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
        .map(c -> c.getMessage())
        .findFirst()
        .orElse(null);
  }

  private static Pod gpuPod(String ns, String name, int gpus, Map<String, String> ann) {
    Pod p = Fixtures.pod(ns, name, "4", "8Gi", null, null);
    PodBuilder b = new PodBuilder(p).editMetadata().addToAnnotations(ann).endMetadata();
    if (gpus > 0) {
      b.editSpec()
          .editFirstContainer()
          .editResources()
          .addToLimits("nvidia.com/gpu", new Quantity(String.valueOf(gpus)))
          .endResources()
          .endContainer()
          .endSpec();
    }
    return b.build();
  }
}
