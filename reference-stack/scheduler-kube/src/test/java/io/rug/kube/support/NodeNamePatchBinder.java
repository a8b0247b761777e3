package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rug.kube.bind.Binder;
import java.util.HashMap;
import java.util.Map;

/**
 * The test {@link Binder}: the mock API server lacks the pods/binding subresource, so this sets
 * {@code spec.nodeName} with an update locked to the pod's resourceVersion, and answers 409 for a
 * pod already on a node or replaced, as the real subresource does. The only test-only path.
 */
public final class NodeNamePatchBinder implements Binder {
  private final KubernetesClient client;

  public NodeNamePatchBinder(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void bind(Pod pod, String node, Map<String, String> annotations) {
    String ns = pod.getMetadata().getNamespace();
    String name = pod.getMetadata().getName();
    Pod current = client.pods().inNamespace(ns).withName(name).get();
    if (current == null) throw new KubernetesClientException("pod not found", 404, null);
    if (pod.getMetadata().getUid() != null
        && !pod.getMetadata().getUid().equals(current.getMetadata().getUid())) {
      throw conflict("UID precondition failed for " + ns + "/" + name);
    }
    String on = current.getSpec().getNodeName();
    if (on != null && !on.isBlank()) {
      throw conflict("pod " + name + " is already assigned to node \"" + on + "\"");
    }
    current.getSpec().setNodeName(node);
    Map<String, String> ann = new HashMap<>();
    if (current.getMetadata().getAnnotations() != null)
      ann.putAll(current.getMetadata().getAnnotations());
    ann.putAll(annotations);
    current.getMetadata().setAnnotations(ann);
    client
        .pods()
        .resource(current)
        .lockResourceVersion(current.getMetadata().getResourceVersion())
        .update();
  }

  private static KubernetesClientException conflict(String message) {
    return new KubernetesClientException(
        new StatusBuilder().withCode(409).withReason("Conflict").withMessage(message).build());
  }
}
