package io.rug.kube.model;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** The custom resource kinds the scheduler accepts, read as generic resources. */
public final class Kinds {
  private Kinds() {}

  /** Volcano {@code scheduling.volcano.sh/v1beta1} PodGroup (namespaced). */
  public static final ResourceDefinitionContext VOLCANO_POD_GROUP =
      ctx("scheduling.volcano.sh", "v1beta1", "podgroups", "PodGroup", true);

  /** Volcano {@code scheduling.volcano.sh/v1beta1} Queue (cluster scoped). */
  public static final ResourceDefinitionContext VOLCANO_QUEUE =
      ctx("scheduling.volcano.sh", "v1beta1", "queues", "Queue", false);

  /** scheduler-plugins {@code scheduling.x-k8s.io/v1alpha1} PodGroup (namespaced). */
  public static final ResourceDefinitionContext PLUGINS_POD_GROUP =
      ctx("scheduling.x-k8s.io", "v1alpha1", "podgroups", "PodGroup", true);

  private static ResourceDefinitionContext ctx(
      String group, String version, String plural, String kind, boolean namespaced) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withPlural(plural)
        .withKind(kind)
        .withNamespaced(namespaced)
        .build();
  }
}
