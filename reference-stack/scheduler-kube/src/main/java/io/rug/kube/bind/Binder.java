package io.rug.kube.bind;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;

/**
 * Assigns a pod to a node through the API. One call, no retries (see {@link SafeBinder}). Must fail
 * with HTTP 409 when the pod is already bound, as the API server's binding subresource does.
 */
public interface Binder {
  /**
   * @param annotations copied onto the pod (e.g. the GPU indices it was given)
   * @throws KubernetesClientException with the HTTP code (0 for I/O errors and timeouts)
   */
  void bind(Pod pod, String node, Map<String, String> annotations);
}
