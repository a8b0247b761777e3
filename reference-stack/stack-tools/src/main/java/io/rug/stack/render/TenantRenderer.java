package io.rug.stack.render;

import io.rug.stack.validate.StackLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a complete tenant in the shape of the reference stack's astro-lab example: namespace,
 * quota, limit range, network policies and role bindings to the cluster role templates.
 */
public final class TenantRenderer {

  public List<Map<String, Object>> render(TenantSpec t) {
    List<Map<String, Object>> docs = new ArrayList<>();
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put(StackLabels.TENANT, "true");
    labels.put("rug.io/group", t.name());
    if (t.gpus() > 0) {
      labels.put(StackLabels.GPU_QUOTA, "true");
    }
    labels.put(StackLabels.PSA_ENFORCE, "restricted");
    labels.put("pod-security.kubernetes.io/warn", "restricted");
    labels.put("pod-security.kubernetes.io/audit", "restricted");
    docs.add(object("v1", "Namespace", t.name(), null, Map.of("labels", labels)));

    Map<String, Object> hard = new LinkedHashMap<>();
    hard.put("requests.cpu", String.valueOf(t.cpu()));
    hard.put("requests.memory", t.memory());
    hard.put("limits.memory", t.memory());
    hard.put("requests.nvidia.com/gpu", String.valueOf(t.gpus()));
    hard.put("persistentvolumeclaims", "20");
    hard.put("services.loadbalancers", "0");
    hard.put("services.nodeports", "0");
    docs.add(
        withSpec(
            object("v1", "ResourceQuota", t.name() + "-quota", t.name()), Map.of("hard", hard)));

    Map<String, Object> container = new LinkedHashMap<>();
    container.put("type", "Container");
    container.put("defaultRequest", Map.of("cpu", "500m", "memory", "1Gi"));
    container.put("default", Map.of("cpu", "1", "memory", "2Gi"));
    container.put(
        "max", Map.of("cpu", String.valueOf(Math.min(t.cpu(), 64)), "memory", t.memory()));
    docs.add(
        withSpec(
            object("v1", "LimitRange", t.name() + "-limits", t.name()),
            Map.of("limits", List.of(container))));

    docs.add(
        networkPolicy(
            t.name(),
            "default-deny",
            Map.of("podSelector", Map.of(), "policyTypes", List.of("Ingress", "Egress"))));
    Map<String, Object> same = new LinkedHashMap<>();
    same.put("podSelector", Map.of());
    same.put("policyTypes", List.of("Ingress", "Egress"));
    same.put("ingress", List.of(Map.of("from", List.of(Map.of("podSelector", Map.of())))));
    same.put(
        "egress",
        List.of(
            Map.of("to", List.of(Map.of("podSelector", Map.of()))),
            Map.of(
                "to",
                List.of(
                    Map.of(
                        "namespaceSelector",
                        Map.of(
                            "matchLabels", Map.of("kubernetes.io/metadata.name", "kube-system")))),
                "ports",
                List.of(
                    Map.of("protocol", "UDP", "port", 53L),
                    Map.of("protocol", "TCP", "port", 53L)))));
    docs.add(networkPolicy(t.name(), "allow-same-namespace-and-dns", same));

    docs.add(binding(t.name(), t.name() + "-pi", "research-pi", List.of(t.pi())));
    if (!t.members().isEmpty()) {
      docs.add(binding(t.name(), t.name() + "-researchers", "research-researcher", t.members()));
    }
    if (!t.students().isEmpty()) {
      docs.add(binding(t.name(), t.name() + "-students", "research-student", t.students()));
    }
    return docs;
  }

  private static Map<String, Object> networkPolicy(
      String ns, String name, Map<String, Object> spec) {
    return withSpec(object("networking.k8s.io/v1", "NetworkPolicy", name, ns), spec);
  }

  private static Map<String, Object> binding(
      String ns, String name, String role, List<String> users) {
    Map<String, Object> b = object("rbac.authorization.k8s.io/v1", "RoleBinding", name, ns);
    b.put(
        "subjects",
        users.stream()
            .map(
                u ->
                    (Object)
                        Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "User", "name", u))
            .toList());
    b.put(
        "roleRef",
        Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole", "name", role));
    return b;
  }

  private static Map<String, Object> object(
      String apiVersion, String kind, String name, String ns) {
    return object(apiVersion, kind, name, ns, Map.of());
  }

  private static Map<String, Object> object(
      String apiVersion, String kind, String name, String ns, Map<String, Object> extraMetadata) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    if (ns != null) {
      metadata.put("namespace", ns);
    }
    metadata.putAll(extraMetadata);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", apiVersion);
    o.put("kind", kind);
    o.put("metadata", metadata);
    return o;
  }

  private static Map<String, Object> withSpec(Map<String, Object> o, Map<String, Object> spec) {
    o.put("spec", spec);
    return o;
  }
}
