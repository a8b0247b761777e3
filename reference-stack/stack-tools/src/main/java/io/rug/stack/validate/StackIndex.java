package io.rug.stack.validate;

import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.SourceDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the checks need to know across all documents validated together. */
final class StackIndex {
  final Map<String, SourceDoc> namespaces = new HashMap<>();
  final Set<String> tenants = new HashSet<>();
  private final Map<String, List<SourceDoc>> byKindAndNamespace = new HashMap<>();
  private final Set<String> tenantSubjects = new HashSet<>();
  final boolean rdmaPolicyInPlace;

  StackIndex(List<SourceDoc> docs) {
    Set<String> rdmaPolicies = new HashSet<>();
    boolean rdmaBound = false;
    for (SourceDoc d : docs) {
      byKindAndNamespace
          .computeIfAbsent(d.kind() + "/" + d.namespace(), k -> new ArrayList<>())
          .add(d);
      if (d.kind().equals("Namespace")) {
        namespaces.put(d.name(), d);
        if ("true".equals(d.labels().get(StackLabels.TENANT))) {
          tenants.add(d.name());
        }
      }
      if (d.kind().equals("ValidatingAdmissionPolicy") && mentionsIpcLock(d)) {
        rdmaPolicies.add(d.name());
      }
    }
    for (SourceDoc d : docs) {
      if (d.kind().equals("ValidatingAdmissionPolicyBinding") && bindsRdmaPolicy(d, rdmaPolicies)) {
        rdmaBound = true;
      }
      if (d.kind().equals("RoleBinding") && tenants.contains(d.namespace())) {
        for (Object s : Data.list(d.data().get("subjects"))) {
          tenantSubjects.add(subjectKey(Data.map(s), d.namespace()));
        }
      }
    }
    rdmaPolicyInPlace = rdmaBound;
  }

  List<SourceDoc> find(String kind, String namespace) {
    return byKindAndNamespace.getOrDefault(kind + "/" + namespace, List.of());
  }

  boolean isTenant(String namespace) {
    return tenants.contains(namespace);
  }

  /** The namespace carries the RDMA label and the policy that makes the exception safe exists. */
  boolean rdmaAllowed(String namespace) {
    SourceDoc ns = namespaces.get(namespace);
    return ns != null && "true".equals(ns.labels().get(StackLabels.RDMA)) && rdmaPolicyInPlace;
  }

  /** A subject of a ClusterRoleBinding that is a tenant: a tenant's service account or member. */
  boolean isTenantSubject(Map<String, Object> subject) {
    String kind = Data.string(subject.get("kind"));
    if (kind.equals("ServiceAccount")) {
      return isTenant(Data.string(subject.get("namespace")));
    }
    return tenantSubjects.contains(subjectKey(subject, ""));
  }

  private static String subjectKey(Map<String, Object> s, String bindingNamespace) {
    String kind = Data.string(s.get("kind"));
    if (kind.equals("ServiceAccount")) {
      String ns = Data.string(s.get("namespace"));
      return "ServiceAccount:" + (ns.isEmpty() ? bindingNamespace : ns) + ":" + s.get("name");
    }
    return kind + ":" + s.get("name");
  }

  private static boolean mentionsIpcLock(SourceDoc vap) {
    return Data.list(Data.path(vap.data(), "spec").get("validations")).stream()
            .anyMatch(v -> Data.string(Data.map(v).get("expression")).contains("IPC_LOCK"))
        || Data.list(Data.path(vap.data(), "spec").get("variables")).stream()
            .anyMatch(v -> Data.string(Data.map(v).get("expression")).contains("IPC_LOCK"));
  }

  private static boolean bindsRdmaPolicy(SourceDoc binding, Set<String> rdmaPolicies) {
    Map<String, Object> spec = Data.path(binding.data(), "spec");
    Map<String, Object> selector =
        Data.path(spec, "matchResources", "namespaceSelector", "matchLabels");
    return rdmaPolicies.contains(Data.string(spec.get("policyName")))
        && Data.list(spec.get("validationActions")).contains("Deny")
        && "true".equals(selector.get(StackLabels.RDMA));
  }
}
