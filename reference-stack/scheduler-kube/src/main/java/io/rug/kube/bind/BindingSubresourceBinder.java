package io.rug.kube.bind;

import io.fabric8.kubernetes.api.model.Binding;
import io.fabric8.kubernetes.api.model.BindingBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The production binder: {@code POST /api/v1/namespaces/{ns}/pods/{name}/binding}, as
 * kube-scheduler does. The Binding carries the pod's UID as a precondition (a recreated pod of the
 * same name is not bound by mistake) and annotations the API server copies onto the pod.
 */
public final class BindingSubresourceBinder implements Binder {
  private final KubernetesClient client;

  public BindingSubresourceBinder(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void bind(Pod pod, String node, Map<String, String> annotations) {
    var meta = pod.getMetadata();
    Binding binding =
        new BindingBuilder()
            .withNewMetadata()
            .withNamespace(meta.getNamespace())
            .withName(meta.getName())
            .withUid(meta.getUid())
            .withAnnotations(annotations)
            .endMetadata()
            .withNewTarget()
            .withApiVersion("v1")
            .withKind("Node")
            .withName(node)
            .endTarget()
            .build();
    String base = client.getMasterUrl().toString().replaceAll("/+$", "");
    String url =
        base
            + "/api/v1/namespaces/"
            + enc(meta.getNamespace())
            + "/pods/"
            + enc(meta.getName())
            + "/binding";
    client.raw(url, "POST", binding);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
