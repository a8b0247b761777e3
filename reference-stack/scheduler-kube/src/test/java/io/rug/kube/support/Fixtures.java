package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.leader.LeaseSettings;
import io.rug.kube.loop.SchedulerSettings;
import io.rug.kube.model.Annotations;
import io.rug.kube.model.Kinds;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for the objects the tests create in the mock API server. */
public final class Fixtures {
  public static final String SCHEDULER = "rug-scheduler";

  private Fixtures() {}

  /** Settings with short leases so failover tests run in seconds. */
  public static SchedulerSettings settings(String identity) {
    LeaseSettings lease =
        new LeaseSettings(
            "kube-system",
            "rug-scheduler",
            identity,
            Duration.ofMillis(3_000),
            Duration.ofMillis(2_000),
            Duration.ofMillis(500));
    return SchedulerSettings.defaults(SCHEDULER, lease);
  }

  public static Node node(String name, int cpu, int memGi, int gpus) {
    Map<String, Quantity> alloc = new HashMap<>();
    alloc.put("cpu", new Quantity(String.valueOf(cpu)));
    alloc.put("memory", new Quantity(memGi + "Gi"));
    alloc.put("pods", new Quantity("110"));
    Map<String, String> labels = new HashMap<>();
    labels.put("kubernetes.io/hostname", name);
    if (gpus > 0) {
      alloc.put(Annotations.GPU_RESOURCE, new Quantity(String.valueOf(gpus)));
      labels.put(Annotations.GPU_PRODUCT_LABEL, "NVIDIA-A100-SXM4-80GB");
    }
    return new NodeBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .endSpec()
        .withNewStatus()
        .withAllocatable(alloc)
        .withCapacity(alloc)
        .endStatus()
        .build();
  }

  /** A pending pod for our scheduler; {@code group} joins a Volcano PodGroup when non-null. */
  public static Pod pod(
      String ns, String name, String cpu, String mem, String queue, String group) {
    Map<String, String> ann = new LinkedHashMap<>();
    if (queue != null) ann.put(Annotations.VOLCANO_QUEUE, queue);
    if (group != null) ann.put(Annotations.VOLCANO_GROUP, group);
    ann.put(Annotations.RUNTIME_ESTIMATE, "2h");
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace(ns)
        .withName(name)
        .withAnnotations(ann)
        .endMetadata()
        .withNewSpec()
        .withSchedulerName(SCHEDULER)
        .addNewContainer()
        .withName("main")
        .withImage("busybox")
        .withNewResources()
        .addToRequests("cpu", new Quantity(cpu))
        .addToRequests("memory", new Quantity(mem))
        .endResources()
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase("Pending")
        .endStatus()
        .build();
  }

  public static GenericKubernetesResource volcanoGroup(
      String ns, String name, int min, String queue) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("scheduling.volcano.sh/v1beta1")
        .withKind("PodGroup")
        .withNewMetadata()
        .withNamespace(ns)
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of("minMember", min, "queue", queue))
        .build();
  }

  public static GenericKubernetesResource queue(String name, int weight, String cpuCap) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("weight", weight);
    spec.put("reclaimable", false);
    if (cpuCap != null) spec.put("capability", Map.of("cpu", cpuCap));
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("scheduling.volcano.sh/v1beta1")
        .withKind("Queue")
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }

  public static void createGroup(KubernetesClient c, GenericKubernetesResource g) {
    c.genericKubernetesResources(Kinds.VOLCANO_POD_GROUP)
        .inNamespace(g.getMetadata().getNamespace())
        .resource(g)
        .create();
  }

  public static void createQueue(KubernetesClient c, GenericKubernetesResource q) {
    c.genericKubernetesResources(Kinds.VOLCANO_QUEUE).resource(q).create();
  }
}
