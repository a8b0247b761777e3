package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.bind.Binder;
import java.util.Map;

/** Notes which replica made each successful binding call. */
public final class RecordingBinder implements Binder {
  private final Binder delegate;
  private final String identity;
  private final Map<String, String> boundBy;

  public RecordingBinder(Binder delegate, String identity, Map<String, String> boundBy) {
    this.delegate = delegate;
    this.identity = identity;
    this.boundBy = boundBy;
  }

  @Override
  public void bind(Pod pod, String node, Map<String, String> annotations) {
    delegate.bind(pod, node, annotations);
    boundBy.merge(
        pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(),
        identity,
        (a, b) -> a + "," + b);
  }
}
