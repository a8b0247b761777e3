package io.rug.stack.validate;

import java.util.List;
import java.util.Map;

/**
 * Required fields of core Kubernetes types, from the upstream OpenAPI definitions (fabric8's model
 * does not carry them). Keyed by fabric8 class simple name.
 */
final class RequiredFields {
  private RequiredFields() {}

  private static final Map<String, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry("Container", List.of("name")),
          Map.entry("ContainerPort", List.of("containerPort")),
          Map.entry("EnvVar", List.of("name")),
          Map.entry("Volume", List.of("name")),
          Map.entry("VolumeMount", List.of("name", "mountPath")),
          Map.entry("PodSpec", List.of("containers")),
          Map.entry("DeploymentSpec", List.of("selector", "template")),
          Map.entry("DaemonSetSpec", List.of("selector", "template")),
          Map.entry("StatefulSetSpec", List.of("selector", "template")),
          Map.entry("ReplicaSetSpec", List.of("selector")),
          Map.entry("JobSpec", List.of("template")),
          Map.entry("CronJobSpec", List.of("schedule", "jobTemplate")),
          Map.entry("PolicyRule", List.of("verbs")),
          Map.entry("RoleBinding", List.of("roleRef")),
          Map.entry("ClusterRoleBinding", List.of("roleRef")),
          Map.entry("RoleRef", List.of("apiGroup", "kind", "name")),
          Map.entry("Subject", List.of("kind", "name")),
          Map.entry("ServicePort", List.of("port")),
          Map.entry("LimitRangeSpec", List.of("limits")),
          Map.entry("LimitRangeItem", List.of("type")),
          Map.entry("Validation", List.of("expression")),
          Map.entry("Variable", List.of("name", "expression")),
          Map.entry("MatchCondition", List.of("name", "expression")),
          Map.entry("CustomResourceDefinitionSpec", List.of("group", "names", "scope", "versions")),
          Map.entry("CustomResourceDefinitionNames", List.of("kind", "plural")),
          Map.entry("CustomResourceDefinitionVersion", List.of("name", "served", "storage")),
          Map.entry("NodeSelectorRequirement", List.of("key", "operator")),
          Map.entry("LabelSelectorRequirement", List.of("key", "operator")),
          Map.entry("ScopedResourceSelectorRequirement", List.of("scopeName", "operator")),
          Map.entry("Taint", List.of("key", "effect")),
          Map.entry("PriorityClass", List.of("value")),
          Map.entry("HTTPGetAction", List.of("port")),
          Map.entry("TCPSocketAction", List.of("port")),
          Map.entry("KeyToPath", List.of("key", "path")),
          Map.entry("ObjectFieldSelector", List.of("fieldPath")),
          Map.entry("ConfigMapKeySelector", List.of("key")),
          Map.entry("SecretKeySelector", List.of("key")),
          Map.entry("HostPathVolumeSource", List.of("path")),
          Map.entry("PersistentVolumeClaimVolumeSource", List.of("claimName")),
          Map.entry("IPBlock", List.of("cidr")));

  static List<String> of(Class<?> model) {
    return REQUIRED.getOrDefault(model.getSimpleName(), List.of());
  }
}
