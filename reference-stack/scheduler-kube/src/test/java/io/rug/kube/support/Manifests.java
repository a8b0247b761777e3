package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.model.Kinds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates every object of a multi-document YAML file in the API server (like kubectl create). */
public final class Manifests {
  private Manifests() {}

  public static int create(KubernetesClient c, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return create(c, in);
    }
  }

  public static int create(KubernetesClient c, InputStream in) {
    int n = 0;
    for (HasMetadata o : c.load(in).items()) {
      if (o instanceof GenericKubernetesResource g) {
        var ctx =
            switch (g.getApiVersion() + "/" + g.getKind()) {
              case "scheduling.volcano.sh/v1beta1/PodGroup" -> Kinds.VOLCANO_POD_GROUP;
              case "scheduling.volcano.sh/v1beta1/Queue" -> Kinds.VOLCANO_QUEUE;
              case "scheduling.x-k8s.io/v1alpha1/PodGroup" -> Kinds.PLUGINS_POD_GROUP;
              default -> throw new IllegalArgumentException("unexpected kind " + g.getKind());
            };
        var op = c.genericKubernetesResources(ctx);
        if (ctx.isNamespaceScoped())
          op.inNamespace(g.getMetadata().getNamespace()).resource(g).create();
        else op.resource(g).create();
      } else {
        c.resource(o).create();
      }
      n++;
    }
    return n;
  }
}
