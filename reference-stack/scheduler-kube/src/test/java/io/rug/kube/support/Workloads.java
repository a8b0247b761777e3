package io.rug.kube.support;

import static io.rug.kube.support.Fixtures.createGroup;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creates batches of nodes and pods, and checks gangs over what the API server holds. */
public final class Workloads {
  private Workloads() {}

  public static void nodes(KubernetesClient c, int count, int cpu) {
    for (int i = 0; i < count; i++) c.resource(Fixtures.node("node-" + i, cpu, 64, 0)).create();
  }

  /** {@code gangs} Volcano gangs of {@code size} 1-CPU pods plus {@code singles} lone pods. */
  public static List<Pod> gangsAndSingles(
      KubernetesClient c, String ns, String prefix, int gangs, int size, int singles) {
    List<Pod> pods = new ArrayList<>();
    for (int g = 0; g < gangs; g++) {
      String group = prefix + "g" + g;
      createGroup(c, Fixtures.volcanoGroup(ns, group, size, "default"));
      for (int m = 0; m < size; m++)
        pods.add(Fixtures.pod(ns, group + "-" + m, "1", "1Gi", null, group));
    }
    for (int s = 0; s < singles; s++)
      pods.add(Fixtures.pod(ns, prefix + "s" + s, "1", "1Gi", null, null));
    return pods;
  }

  public static void create(KubernetesClient c, List<Pod> pods) {
    pods.parallelStream().forEach(p -> c.resource(p).create());
  }

  public static boolean allBound(KubernetesClient c) {
    return c.pods().inAnyNamespace().list().getItems().stream()
        .allMatch(p -> p.getSpec().getNodeName() != null);
  }

  /** Gang key → bound member count / member count, for gangs not wholly bound or unbound. */
  public static Map<String, String> brokenGangs(KubernetesClient c) {
    Map<String, List<Pod>> byGroup =
        c.pods().inAnyNamespace().list().getItems().stream()
            .filter(
                p ->
                    p.getMetadata().getAnnotations() != null
                        && p.getMetadata()
                            .getAnnotations()
                            .containsKey("scheduling.k8s.io/group-name"))
            .collect(
                Collectors.groupingBy(
                    p ->
                        p.getMetadata().getNamespace()
                            + "/"
                            + p.getMetadata()
                                .getAnnotations()
                                .get("scheduling.k8s.io/group-name")));
    return byGroup.entrySet().stream()
        .filter(
            e -> {
              long bound =
                  e.getValue().stream().filter(p -> p.getSpec().getNodeName() != null).count();
              return bound != 0 && bound != e.getValue().size();
            })
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue().stream().filter(p -> p.getSpec().getNodeName() != null).count()
                        + "/"
                        + e.getValue().size()));
  }
}
