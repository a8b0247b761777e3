package io.rug.stack.validate;

import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.SourceDoc;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A namespace labelled {@code rug.io/tenant: "true"} needs, among the documents validated together,
 * a ResourceQuota, a LimitRange, a default-deny NetworkPolicy and a Pod Security enforce label; the
 * RDMA label needs its admission policy.
 */
final class TenantRules {
  private final StackIndex index;

  TenantRules(StackIndex index) {
    this.index = index;
  }

  void check(SourceDoc doc, Findings findings) {
    if (!doc.kind().equals("Namespace") || !doc.apiVersion().equals("v1")) {
      return;
    }
    String ns = doc.name();
    boolean rdma = "true".equals(doc.labels().get(StackLabels.RDMA));
    if (rdma && !index.rdmaPolicyInPlace) {
      findings.report(
          doc,
          "metadata.labels." + StackLabels.RDMA,
          Rules.RDMA_EXCEPTION,
          "namespace "
              + ns
              + " has the RDMA label but no ValidatingAdmissionPolicy limiting added"
              + " capabilities to IPC_LOCK is bound (with Deny) to namespaces with that label"
              + " (expected "
              + StackLabels.RDMA_POLICY
              + ")");
    }
    if ("true".equals(doc.labels().get(StackLabels.GPU_QUOTA))
        && index.find("ResourceQuota", ns).stream().noneMatch(TenantRules::holdsGpus)) {
      findings.report(
          doc,
          "metadata.labels." + StackLabels.GPU_QUOTA,
          Rules.TENANT_GPU_QUOTA,
          "namespace "
              + ns
              + " is labelled "
              + StackLabels.GPU_QUOTA
              + " but no ResourceQuota"
              + " in it limits requests.nvidia.com/gpu");
    }
    if (!index.isTenant(ns)) {
      return;
    }
    String where = "tenant namespace " + ns;
    if (index.find("ResourceQuota", ns).isEmpty()) {
      findings.report(doc, "metadata.name", Rules.TENANT_QUOTA, where + " has no ResourceQuota");
    }
    if (index.find("LimitRange", ns).isEmpty()) {
      findings.report(doc, "metadata.name", Rules.TENANT_LIMIT_RANGE, where + " has no LimitRange");
    }
    if (index.find("NetworkPolicy", ns).stream().noneMatch(TenantRules::deniesAllIngress)) {
      findings.report(
          doc,
          "metadata.name",
          Rules.TENANT_DEFAULT_DENY,
          where
              + " has no default-deny NetworkPolicy (podSelector: {}, policyTypes with Ingress and"
              + " no ingress rules)");
    }
    String enforce = Data.string(doc.labels().get(StackLabels.PSA_ENFORCE));
    String path = "metadata.labels";
    if (enforce.isEmpty()) {
      findings.report(
          doc,
          path,
          Rules.TENANT_PSA,
          where + " lacks the label " + StackLabels.PSA_ENFORCE + " (restricted or baseline)");
    } else if (!Set.of("restricted", "baseline").contains(enforce)
        && !(enforce.equals("privileged") && rdma && index.rdmaPolicyInPlace)) {
      findings.report(
          doc,
          path + "." + StackLabels.PSA_ENFORCE,
          Rules.TENANT_PSA,
          where
              + " enforces Pod Security level \""
              + enforce
              + "\"; tenants need restricted or"
              + " baseline (privileged only under the RDMA exception)");
    }
  }

  private static boolean holdsGpus(SourceDoc quota) {
    return Data.path(quota.data(), "spec", "hard").containsKey("requests.nvidia.com/gpu");
  }

  private static boolean deniesAllIngress(SourceDoc policy) {
    Map<String, Object> spec = Data.map(policy.data().get("spec"));
    boolean allPods = Data.map(spec.get("podSelector")).isEmpty();
    List<Object> types = Data.list(spec.get("policyTypes"));
    boolean ingress = types.isEmpty() || types.contains("Ingress");
    return allPods && ingress && Data.list(spec.get("ingress")).isEmpty();
  }
}
