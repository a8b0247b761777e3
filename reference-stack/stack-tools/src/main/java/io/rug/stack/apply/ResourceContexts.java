package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.SourceDoc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each kind lives in the API (group, version, plural, scope): from fabric8's registered model
 * classes for core kinds, from the CRDs being applied for custom kinds; otherwise null, and the
 * client asks the API server (discovery).
 */
final class ResourceContexts {
  private final KubernetesSerialization serialization;
  private final Map<String, ResourceDefinitionContext> fromCrds = new HashMap<>();

  ResourceContexts(KubernetesSerialization serialization, List<SourceDoc> docs) {
    this.serialization = serialization;
    for (SourceDoc d : docs) {
      if (!d.kind().equals("CustomResourceDefinition")) {
        continue;
      }
      Map<String, Object> spec = Data.map(d.data().get("spec"));
      Map<String, Object> names = Data.map(spec.get("names"));
      for (Object v : Data.list(spec.get("versions"))) {
        String group = Data.string(spec.get("group"));
        String version = Data.string(Data.map(v).get("name"));
        fromCrds.put(
            group + "/" + version + "|" + names.get("kind"),
            new ResourceDefinitionContext.Builder()
                .withGroup(group)
                .withVersion(version)
                .withKind(Data.string(names.get("kind")))
                .withPlural(Data.string(names.get("plural")))
                .withNamespaced("Namespaced".equals(spec.get("scope")))
                .build());
      }
    }
  }

  ResourceDefinitionContext find(String apiVersion, String kind) {
    ResourceDefinitionContext crd = fromCrds.get(apiVersion + "|" + kind);
    if (crd != null) {
      return crd;
    }
    Class<? extends KubernetesResource> type =
        serialization.getRegisteredKubernetesResource(apiVersion, kind);
    return type == null ? null : ResourceDefinitionContext.fromResourceType(type);
  }
}
